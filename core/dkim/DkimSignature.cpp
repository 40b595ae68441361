#include "DkimSignature.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
std::optional<QByteArray> base64(const QString& value) {
    const QString compact = DkimTagList::compact(value);
    const auto decoded =
        QByteArray::fromBase64Encoding(compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<qint64> number(const QString& value) {
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

bool isDomainName(const QString& d) {
    static const QRegularExpression re(QStringLiteral(
        R"(^([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*[A-Za-z0-9_]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$)"));
    return re.match(d).hasMatch();
}
} // namespace

DkimSignature DkimSignature::parse(const QString& value) {
    DkimSignature s;
    s.raw = value;
    s.tags = DkimTagList::parse(value);
    s.errors = s.tags.errors;
    const auto required = {"v", "a", "b", "bh", "d", "h", "s"};
    for (const char* t : required)
        if (!s.tags.contains(QLatin1String(t)))
            s.errors << QStringLiteral("the required tag %1= is missing").arg(QLatin1String(t));

    s.version = s.tags.value(QStringLiteral("v"));
    if (s.tags.contains(QStringLiteral("v")) && s.version != QLatin1String("1"))
        s.errors << QStringLiteral("v=%1: the only version is 1").arg(s.version.left(20));

    s.algorithm = DkimTagList::compact(s.tags.value(QStringLiteral("a"))).toLower();
    if (s.algorithm == QLatin1String("rsa-sha256")) {
        s.keyAlgorithm = QStringLiteral("rsa");
        s.hashAlgorithm = QStringLiteral("sha256");
    } else if (s.algorithm == QLatin1String("rsa-sha1")) {
        s.keyAlgorithm = QStringLiteral("rsa");
        s.hashAlgorithm = QStringLiteral("sha1");
    } else if (s.algorithm == QLatin1String("ed25519-sha256")) {
        s.keyAlgorithm = QStringLiteral("ed25519");
        s.hashAlgorithm = QStringLiteral("sha256");
    } else if (!s.algorithm.isEmpty()) {
        s.errors << QStringLiteral("a=%1 is not a known signing algorithm").arg(s.algorithm.left(30));
    }

    if (s.tags.contains(QStringLiteral("b"))) {
        const auto b = base64(s.tags.value(QStringLiteral("b")));
        if (!b || b->isEmpty())
            s.errors << QStringLiteral("b= (the signature) is empty or not base64");
        else
            s.signature = *b;
    }
    if (s.tags.contains(QStringLiteral("bh"))) {
        const auto bh = base64(s.tags.value(QStringLiteral("bh")));
        if (!bh || bh->isEmpty())
            s.errors << QStringLiteral("bh= (the body hash) is empty or not base64");
        else
            s.bodyHash = *bh;
    }

    s.canonicalization = DkimTagList::compact(s.tags.value(QStringLiteral("c"))).toLower();
    if (s.canonicalization.isEmpty())
        s.canonicalization = QStringLiteral("simple/simple");
    const QStringList parts = s.canonicalization.split(QLatin1Char('/'));
    auto mode = [&](const QString& m) {
        if (m == QLatin1String("relaxed"))
            return DkimCanonicalization::Relaxed;
        if (m != QLatin1String("simple"))
            s.errors << QStringLiteral("c=%1: canonicalization is simple or relaxed").arg(s.canonicalization);
        return DkimCanonicalization::Simple;
    };
    if (parts.size() > 2) {
        s.errors << QStringLiteral("c=%1 is not header/body").arg(s.canonicalization);
    } else {
        s.headerCanonicalization = mode(parts.at(0));
        s.bodyCanonicalization = parts.size() > 1 ? mode(parts.at(1)) : DkimCanonicalization::Simple;
    }

    s.domain = DkimTagList::compact(s.tags.value(QStringLiteral("d"))).toLower();
    if (s.tags.contains(QStringLiteral("d")) && !isDomainName(s.domain))
        s.errors << QStringLiteral("d=%1 is not a domain name").arg(s.domain.left(60));
    s.selector = DkimTagList::compact(s.tags.value(QStringLiteral("s")));
    if (s.tags.contains(QStringLiteral("s")) && !isDomainName(s.selector))
        s.errors << QStringLiteral("s=%1 is not a valid selector").arg(s.selector.left(60));

    // i= is dkim-quoted-printable (RFC 6376 §2.11, §3.5): "jlong=40example.com" and
    // "jlong@example=2Ecom" are both jlong@example.com. Every check reads the decoded identity.
    s.identityAsWritten = DkimTagList::compact(s.tags.value(QStringLiteral("i")));
    if (!s.tags.contains(QStringLiteral("i"))) {
        s.identity = QLatin1Char('@') + s.domain;
    } else if (QString why;
               const auto decoded = DkimTagList::decodeQuotedPrintable(s.identityAsWritten, &why)) {
        s.identity = *decoded;
        // RFC 6376 §3.5, §6.1.1: i= is [local-part] "@" domain, and its domain is d= or a subdomain.
        const qsizetype at = s.identity.lastIndexOf(QLatin1Char('@'));
        const QString iDomain = at < 0 ? QString() : s.identity.mid(at + 1).toLower();
        const QString shown =
            s.identity == s.identityAsWritten
                ? s.identity.left(60)
                : QStringLiteral("%1 (decoded %2)").arg(s.identityAsWritten.left(60), s.identity.left(60));
        if (at < 0)
            s.errors << QStringLiteral("i=%1 has no '@' (it is [local-part]@domain)").arg(shown);
        else if (iDomain != s.domain && !iDomain.endsWith(QLatin1Char('.') + s.domain))
            s.errors << QStringLiteral("i=%1 is not within d=%2").arg(shown, s.domain);
    } else {
        s.identity = s.identityAsWritten;
        s.errors << QStringLiteral("i=%1: %2").arg(s.identityAsWritten.left(60), why);
    }

    for (const QString& h : s.tags.value(QStringLiteral("h")).split(QLatin1Char(':'))) {
        const QString name = DkimTagList::compact(h);
        if (!name.isEmpty())
            s.signedHeaders << name;
    }
    bool signsFrom = false;
    for (const QString& h : s.signedHeaders)
        signsFrom = signsFrom || h.compare(QLatin1String("from"), Qt::CaseInsensitive) == 0;
    if (s.tags.contains(QStringLiteral("h")) && !signsFrom)
        s.errors << QStringLiteral("h= does not list From, which must be signed");

    auto readNumber = [&](const char* tag, std::optional<qint64>& into) {
        if (!s.tags.contains(QLatin1String(tag)))
            return;
        into = number(s.tags.value(QLatin1String(tag)));
        if (!into)
            s.errors << QStringLiteral("%1= is not a number").arg(QLatin1String(tag));
    };
    readNumber("l", s.bodyLength);
    readNumber("t", s.timestamp);
    readNumber("x", s.expiry);
    if (s.timestamp && s.expiry && *s.expiry < *s.timestamp)
        s.errors << QStringLiteral("x= is before t=");
    s.queryMethods = DkimTagList::compact(s.tags.value(QStringLiteral("q")));
    if (!s.queryMethods.isEmpty() &&
        !s.queryMethods.split(QLatin1Char(':')).contains(QStringLiteral("dns/txt")))
        s.errors << QStringLiteral("q=%1: only dns/txt is defined").arg(s.queryMethods);
    return s;
}

QJsonObject DkimSignature::toJson() const {
    QJsonObject o{{QStringLiteral("domain"), domain},
                  {QStringLiteral("selector"), selector},
                  {QStringLiteral("algorithm"), algorithm},
                  {QStringLiteral("canonicalization"), canonicalization},
                  {QStringLiteral("identity"), identity},
                  {QStringLiteral("signedHeaders"), QJsonArray::fromStringList(signedHeaders)}};
    if (!identityAsWritten.isEmpty() && identityAsWritten != identity)
        o.insert(QStringLiteral("identityAsWritten"), identityAsWritten);
    if (bodyLength)
        o.insert(QStringLiteral("bodyLength"), *bodyLength);
    if (timestamp)
        o.insert(QStringLiteral("timestamp"), *timestamp);
    if (expiry)
        o.insert(QStringLiteral("expiry"), *expiry);
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}
