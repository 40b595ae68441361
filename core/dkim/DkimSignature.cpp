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

// RFC 8617 §4.2.1 (i=, 1..50) and §4.1.3 (cv=, and no h= or bh= in a seal).
void readArcTags(DkimSignature& s) {
    const QString i = DkimTagList::compact(s.tags.value(QStringLiteral("i")));
    bool ok = false;
    const int n = i.toInt(&ok);
    if (s.tags.contains(QStringLiteral("i"))) {
        if (ok && n >= 1 && n <= 50)
            s.instance = n;
        else
            s.errors << QStringLiteral("i=%1 is not an instance number from 1 to 50").arg(i.left(20));
    }
    if (s.kind != DkimSignatureKind::ArcSeal)
        return;
    s.chainValidation = DkimTagList::compact(s.tags.value(QStringLiteral("cv"))).toLower();
    if (s.tags.contains(QStringLiteral("cv")) && s.chainValidation != QLatin1String("none") &&
        s.chainValidation != QLatin1String("pass") && s.chainValidation != QLatin1String("fail"))
        s.errors << QStringLiteral("cv=%1 is not none, pass or fail").arg(s.chainValidation.left(20));
    for (const char* t : {"h", "bh"})
        if (s.tags.contains(QLatin1String(t)))
            s.errors << QStringLiteral("an ARC-Seal has no %1= tag").arg(QLatin1String(t));
}

bool isDomainName(const QString& d) {
    static const QRegularExpression re(QStringLiteral(
        R"(^([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*[A-Za-z0-9_]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$)"));
    return re.match(d).hasMatch();
}
} // namespace

DkimSignature DkimSignature::parse(const QString& value, DkimSignatureKind kind) {
    DkimSignature s;
    s.raw = value;
    s.kind = kind;
    s.tags = DkimTagList::parse(value);
    s.errors = s.tags.errors;
    const bool dkim = kind == DkimSignatureKind::Dkim;
    const bool seal = kind == DkimSignatureKind::ArcSeal;
    // RFC 6376 §3.5; RFC 8617 §4.1.2 (AMS: i= instead of v=) and §4.1.3 (AS: cv=, no h= or bh=).
    const QList<const char*> required = dkim   ? QList<const char*>{"v", "a", "b", "bh", "d", "h", "s"}
                                        : seal ? QList<const char*>{"i", "a", "b", "cv", "d", "s"}
                                               : QList<const char*>{"i", "a", "b", "bh", "d", "h", "s"};
    for (const char* t : required)
        if (!s.tags.contains(QLatin1String(t)))
            s.errors << QStringLiteral("the required tag %1= is missing").arg(QLatin1String(t));

    s.version = s.tags.value(QStringLiteral("v"));
    // ARC defines no v=; one that is there anyway is ignored (RFC 8617 §4.1.2).
    if (dkim && s.tags.contains(QStringLiteral("v")) && s.version != QLatin1String("1"))
        s.errors << QStringLiteral("v=%1: the only version is 1").arg(s.version.left(20));
    if (!dkim)
        readArcTags(s);

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
    // ARC signers canonicalize relaxed; an AMS without c= is read so, as ARC verifiers (and the
    // ARC test suite) do.
    if (!dkim && s.canonicalization.isEmpty() && s.tags.contains(QStringLiteral("c")))
        s.errors << QStringLiteral("c= is empty");
    if (s.canonicalization.isEmpty())
        s.canonicalization = dkim ? QStringLiteral("simple/simple") : QStringLiteral("relaxed/relaxed");
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

    if (seal) {
        // The seal is always hashed with relaxed header canonicalization (RFC 8617 §5.1.1).
        s.canonicalization = QStringLiteral("relaxed");
        s.headerCanonicalization = DkimCanonicalization::Relaxed;
    }

    s.domain = DkimTagList::compact(s.tags.value(QStringLiteral("d"))).toLower();
    if (s.tags.contains(QStringLiteral("d")) && !isDomainName(s.domain))
        s.errors << QStringLiteral("d=%1 is not a domain name").arg(s.domain.left(60));
    s.selector = DkimTagList::compact(s.tags.value(QStringLiteral("s")));
    if (s.tags.contains(QStringLiteral("s")) && !isDomainName(s.selector))
        s.errors << QStringLiteral("s=%1 is not a valid selector").arg(s.selector.left(60));

    // i= is dkim-quoted-printable (RFC 6376 §2.11, §3.5): "jlong=40example.com" and
    // "jlong@example=2Ecom" are both jlong@example.com. Every check reads the decoded identity.
    // In ARC, i= is the instance (read above), not an identity.
    s.identityAsWritten = dkim ? DkimTagList::compact(s.tags.value(QStringLiteral("i"))) : QString();
    if (!dkim || !s.tags.contains(QStringLiteral("i"))) {
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
    if (dkim && s.tags.contains(QStringLiteral("h")) && !signsFrom)
        s.errors << QStringLiteral("h= does not list From, which must be signed");
    if (kind == DkimSignatureKind::ArcMessage)
        for (const QString& h : std::as_const(s.signedHeaders))
            if (h.compare(QLatin1String("arc-seal"), Qt::CaseInsensitive) == 0) {
                s.errors << QStringLiteral("h= lists ARC-Seal, which an ARC-Message-Signature must not sign");
                break;
            }

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
    if (kind != DkimSignatureKind::Dkim) {
        o.remove(QStringLiteral("identity"));
        o.insert(QStringLiteral("instance"), instance);
    }
    if (kind == DkimSignatureKind::ArcSeal) {
        o.remove(QStringLiteral("signedHeaders"));
        o.insert(QStringLiteral("cv"), chainValidation);
    }
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}
