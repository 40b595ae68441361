#include "TlsRptRecord.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

QStringList TlsRptRecord::candidates(const QStringList& txtRecords) {
    QStringList out;
    for (const QString& t : txtRecords)
        if (t.startsWith(u"v=TLSRPTv1"_s))
            out << t;
    return out;
}

TlsRptRecord TlsRptRecord::parse(const QString& text) {
    TlsRptRecord r;
    r.text = text;
    // tlsrpt-record = tlsrpt-version 1*(field-delim tlsrpt-field) [field-delim]
    QStringList fields = text.split(u';');
    for (QString& f : fields)
        f = f.trimmed();
    if (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast();
    if (fields.isEmpty() || fields.first() != u"v=TLSRPTv1"_s) {
        r.errors << u"the record must start with v=TLSRPTv1 (case-sensitive)"_s;
        return r;
    }
    static const QRegularExpression extName(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"_s);
    static const QRegularExpression extValue(u"^[\\x21-\\x3a\\x3c\\x3e-\\x7e]+$"_s);
    static const QRegularExpression mailbox(u"^[^@\\s]+@[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    bool sawRua = false;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString& f = fields.at(i);
        const qsizetype eq = f.indexOf(u'=');
        if (f.isEmpty() || eq <= 0) {
            r.errors << (f.isEmpty() ? u"empty field between two semicolons"_s
                                     : u"field '%1' is not name=value"_s.arg(f));
            continue;
        }
        const QString name = f.left(eq);
        const QString value = f.mid(eq + 1);
        if (name != u"rua"_s) {
            if (!extName.match(name).hasMatch() || !extValue.match(value).hasMatch())
                r.errors << u"field '%1' is not a valid extension"_s.arg(f);
            continue;
        }
        if (sawRua)
            r.errors << u"rua appears more than once"_s;
        sawRua = true;
        // tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
        for (QString uri : value.split(u',')) {
            uri = uri.trimmed();
            if (uri.isEmpty()) {
                r.errors << u"rua holds an empty URI"_s;
                continue;
            }
            const QUrl url(uri, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid()) {
                r.errors << u"rua URI '%1' is not a valid URI"_s.arg(uri);
            } else if (scheme == u"mailto"_s) {
                if (!mailbox.match(url.path()).hasMatch())
                    r.errors << u"rua URI '%1' does not name a mailbox"_s.arg(uri);
                else
                    r.rua << uri;
            } else if (scheme == u"https"_s) {
                if (url.host().isEmpty())
                    r.errors << u"rua URI '%1' has no host"_s.arg(uri);
                else
                    r.rua << uri;
            } else {
                r.errors << u"rua URI '%1' must use mailto: or https:"_s.arg(uri);
            }
        }
    }
    if (!sawRua)
        r.errors << u"the rua field is missing: reports have nowhere to go"_s;
    return r;
}
