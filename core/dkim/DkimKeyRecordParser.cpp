#include "DkimKeyRecordParser.h"

namespace {
QStringList colonList(const QString& value) {
    QStringList out;
    for (const QString& part : value.split(QLatin1Char(':'))) {
        const QString t = DkimTagList::compact(part);
        if (!t.isEmpty())
            out << t;
    }
    return out;
}
} // namespace

bool DkimKeyRecordParser::isKnownKeyType(const QString& k) {
    return k == QLatin1String("rsa") || k == QLatin1String("ed25519");
}

DkimKeyRecord DkimKeyRecordParser::parse(const QString& text) {
    DkimKeyRecord r;
    r.raw = text;
    r.tags = DkimTagList::parse(text);
    r.errors = r.tags.errors;

    for (qsizetype i = 0; i < r.tags.tags.size(); ++i) {
        const DkimTag& t = r.tags.tags.at(i);
        if (t.name == QLatin1String("v")) {
            r.version = t.value;
            // RFC 6376 §3.6.1: if v= is present it must be the first tag and exactly "DKIM1".
            if (i != 0)
                r.errors << QStringLiteral("v= must be the first tag of the record");
            if (t.value != QLatin1String("DKIM1"))
                r.errors << QStringLiteral("v=%1: the only version is DKIM1").arg(t.value.left(40));
        } else if (t.name == QLatin1String("h")) {
            r.hashAlgorithms = colonList(t.value);
        } else if (t.name == QLatin1String("k")) {
            r.keyType = t.value;
            r.keyTypeGiven = true;
        } else if (t.name == QLatin1String("n")) {
            r.notes = t.value;
        } else if (t.name == QLatin1String("p")) {
            r.hasPublicKey = true;
            r.publicKey = DkimTagList::compact(t.value);
        } else if (t.name == QLatin1String("s")) {
            r.serviceTypes = colonList(t.value);
        } else if (t.name == QLatin1String("t")) {
            r.flags = colonList(t.value);
        } else if (t.name == QLatin1String("g")) {
            r.hasGranularity = true;
            r.granularity = t.value;
        }
        // Unknown tags are ignored (RFC 6376 §3.6.1), as a verifier does.
    }
    if (!r.hasPublicKey)
        r.errors << QStringLiteral("the p= tag (the public key) is missing");
    if (!isKnownKeyType(r.keyType))
        r.errors << QStringLiteral("k=%1 is not a known key type (rsa or ed25519)").arg(r.keyType.left(40));
    if (!r.hashAlgorithms.isEmpty() && !r.allowsHash(QStringLiteral("sha256")) &&
        !r.allowsHash(QStringLiteral("sha1")))
        r.errors << QStringLiteral("h=%1 names no hash a verifier knows (sha256)")
                        .arg(r.hashAlgorithms.join(u':'));
    if (!r.allowsEmail())
        r.errors << QStringLiteral("s=%1: the key is not for email (s=email or s=*)")
                        .arg(r.serviceTypes.join(u':'));
    return r;
}
