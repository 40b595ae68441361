#include "ArcHeaderParser.h"

#include <QMap>
#include <QRegularExpression>

namespace {
// Removes (comments), nested ones too, from a short piece of header text.
QString withoutComments(const QString& text) {
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}
} // namespace

ArcAuthenticationResults ArcHeaderParser::parseAuthenticationResults(const QString& value) {
    ArcAuthenticationResults aar;
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    const QString head = withoutComments(semicolon < 0 ? value : value.left(semicolon)).trimmed();
    const QString payload = semicolon < 0 ? QString() : value.mid(semicolon + 1).trimmed();
    static const QRegularExpression instanceRe(QStringLiteral(R"(^i\s*=\s*([0-9]{1,9})$)"));
    const QRegularExpressionMatch m = instanceRe.match(head);
    if (!m.hasMatch()) {
        aar.error = QStringLiteral("the field does not start with the instance \"i=N;\"");
    } else {
        const int n = m.captured(1).toInt();
        if (n >= 1 && n <= 50)
            aar.instance = n;
        else
            aar.error = QStringLiteral("i=%1 is not an instance number from 1 to 50").arg(m.captured(1));
    }
    aar.results = AuthenticationResultsHeader::parseAuthenticationResults(payload);
    aar.results.header = QStringLiteral("ARC-Authentication-Results");
    aar.results.raw = value;
    if (aar.error.isEmpty() && aar.results.authServId.isEmpty())
        aar.error = QStringLiteral("no authserv-id after the instance");
    return aar;
}

DkimSignature ArcHeaderParser::parseMessageSignature(const QString& value) {
    return DkimSignature::parse(value, DkimSignatureKind::ArcMessage);
}

DkimSignature ArcHeaderParser::parseSeal(const QString& value) {
    return DkimSignature::parse(value, DkimSignatureKind::ArcSeal);
}

bool ArcHeaderParser::isArcField(const MailHeader& h) {
    return h.isNamed("ARC-Seal") || h.isNamed("ARC-Message-Signature") ||
           h.isNamed("ARC-Authentication-Results");
}

ArcHeaderParser::Collected ArcHeaderParser::collect(const MailMessage& message) {
    Collected out;
    QMap<int, ArcSet> byInstance;
    for (int i = 0; i < message.headers.size(); ++i) {
        const MailHeader& h = message.headers.at(i);
        if (!isArcField(h))
            continue;
        ++out.fieldCount;
        const QString value = QString::fromLatin1(h.value());
        if (h.isNamed("ARC-Authentication-Results")) {
            ArcAuthenticationResults aar = parseAuthenticationResults(QString::fromUtf8(h.value()));
            if (aar.instance == 0) {
                out.unnumbered << i;
                continue;
            }
            ArcSet& set = byInstance[aar.instance];
            set.instance = aar.instance;
            // The first field of a kind is kept; the count tells about duplicates (§5.2 step 3).
            if (set.aarCount++ == 0) {
                set.aar = aar;
                set.aarIndex = i;
            }
        } else if (h.isNamed("ARC-Message-Signature")) {
            DkimSignature ams = parseMessageSignature(value);
            if (ams.instance == 0) {
                out.unnumbered << i;
                continue;
            }
            ArcSet& set = byInstance[ams.instance];
            set.instance = ams.instance;
            if (set.amsCount++ == 0) {
                set.ams = ams;
                set.amsIndex = i;
            }
        } else {
            ++out.sealFieldCount;
            DkimSignature seal = parseSeal(value);
            if (seal.instance == 0) {
                out.unnumbered << i;
                continue;
            }
            ArcSet& set = byInstance[seal.instance];
            set.instance = seal.instance;
            if (set.sealCount++ == 0) {
                set.seal = seal;
                set.sealIndex = i;
            }
        }
    }
    out.sets = byInstance.values();
    return out;
}
