#include "BimiRecord.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// bimi-version = "v" *WSP "=" *WSP "BIMI1"
bool isVersionField(const QString& field) {
    static const QRegularExpression version(u"^v[ \\t]*=[ \\t]*BIMI1$"_s);
    return version.match(field).hasMatch();
}

QString firstField(const QString& text) {
    return text.section(u';', 0, 0).trimmed();
}

// A single https URI with a host name; "" when it is, else what is wrong.
QString checkUri(const QString& tag, const QString& value) {
    if (value.contains(u',')) // commas within a URI MUST be encoded: a comma means several URIs
        return u"%1= must hold a single URI, not a list ('%2')"_s.arg(tag, value);
    static const QRegularExpression space(u"\\s"_s);
    if (value.contains(space))
        return u"%1= URI '%2' contains white space"_s.arg(tag, value);
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid())
        return u"%1= value '%2' is not a valid URI"_s.arg(tag, value);
    if (url.scheme() != u"https"_s)
        return u"%1= URI '%2' must use https:"_s.arg(tag, value);
    const QString host = url.host();
    if (host.isEmpty() || !host.contains(u'.') || host.endsWith(u'.') || host.startsWith(u'['))
        return u"%1= URI '%2' must name a fully qualified host"_s.arg(tag, value);
    if (!url.userInfo().isEmpty())
        return u"%1= URI '%2' must not carry user information"_s.arg(tag, value);
    return {};
}
} // namespace

QString BimiRecord::recordName(const QString& domain, const QString& selector) {
    return selector + u"._bimi."_s + domain;
}

QStringList BimiRecord::candidates(const QStringList& txtRecords) {
    QStringList out;
    for (const QString& t : txtRecords)
        if (isVersionField(firstField(t)))
            out << t;
    return out;
}

BimiRecord BimiRecord::parse(const QString& text) {
    BimiRecord r;
    r.text = text;
    r.avatarPreference = u"brand"_s;
    QStringList fields = text.split(u';');
    for (QString& f : fields)
        f = f.trimmed();
    if (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast(); // the optional trailing bimi-sep
    if (fields.isEmpty() || !isVersionField(fields.first())) {
        r.errors << u"the record must start with v=BIMI1 (exactly, case-sensitive)"_s;
        return r;
    }
    // tag-name of RFC 6376 §3.2: ALPHA *ALNUMPUNC
    static const QRegularExpression tagName(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
    static const QRegularExpression prefix(u"^[A-Za-z0-9-]{1,63}$"_s);
    QStringList seen{u"v"_s};
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString& f = fields.at(i);
        if (f.isEmpty()) {
            r.errors << u"empty field between two semicolons"_s;
            continue;
        }
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0) {
            r.errors << u"field '%1' is not tag=value"_s.arg(f);
            continue;
        }
        const QString name = f.left(eq).trimmed();
        const QString value = f.mid(eq + 1).trimmed();
        if (!tagName.match(name).hasMatch()) {
            r.errors << u"field '%1' has an invalid tag name"_s.arg(f);
            continue;
        }
        if (seen.contains(name)) {
            r.errors << u"the tag %1= appears more than once"_s.arg(name);
            continue;
        }
        seen << name;
        if (name == u"v"_s) {
            r.errors << u"v= must appear only once, first"_s;
        } else if (name == u"l"_s) {
            r.hasLocation = true;
            if (!value.isEmpty()) {
                if (const QString e = checkUri(u"l"_s, value); !e.isEmpty()) {
                    r.errors << e;
                } else {
                    // §5.3.2: only SVG (and SVGZ); another image suffix is a permanent error.
                    static const QRegularExpression otherImage(
                        u"\\.(png|jpe?g|gif|webp|bmp|ico|tiff?|avif|heic)$"_s,
                        QRegularExpression::CaseInsensitiveOption);
                    if (otherImage.match(QUrl(value).path()).hasMatch())
                        r.errors << u"l= URI '%1' names a raster image; only SVG Tiny PS is allowed"_s.arg(
                            value);
                    r.location = value;
                }
            }
        } else if (name == u"a"_s) {
            if (!value.isEmpty()) {
                if (const QString e = checkUri(u"a"_s, value); !e.isEmpty())
                    r.errors << e;
                else
                    r.evidence = value;
            }
        } else if (name == u"lps"_s) {
            r.hasLps = true;
            if (!value.isEmpty()) {
                for (const QString& p : value.split(u',')) {
                    const QString t = p.trimmed();
                    if (!prefix.match(t).hasMatch())
                        r.errors << u"lps= prefix '%1' must be 1 to 63 letters, digits or '-'"_s.arg(t);
                    else
                        r.localPartPrefixes << t;
                }
            }
        } else if (name == u"avp"_s) {
            if (value == u"personal"_s || value == u"brand"_s)
                r.avatarPreference = value;
            else
                r.warnings << u"avp=%1 is neither 'personal' nor 'brand': receivers ignore it (some "
                              "treat the whole record as failing)"_s.arg(value);
        }
        // Unknown tags MUST be ignored (§5.3).
    }
    if (!r.hasLocation)
        r.errors << u"the l= tag is missing (it is required; l= with an empty value declines BIMI)"_s;
    else if (r.errors.isEmpty() && r.location.isEmpty() && !r.evidence.isEmpty())
        r.errors << u"l= is empty but a= is not: without a logo location Indicator Discovery fails "
                    "(§8.3) and no logo is shown"_s;
    return r;
}
