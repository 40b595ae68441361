#include "DkimTagExplainer.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DkimTagExplainer", text);
}
} // namespace

QString DkimTagExplainer::explain(const QString& tag, const QString& value) {
    if (tag == QLatin1String("v"))
        return value == QLatin1String("DKIM1")
                   ? tr("Version: this is a DKIM key record (DKIM1). It must be the first tag.")
                   : tr("Version %1 is unknown: verifiers ignore the record (only DKIM1 exists).").arg(value);
    if (tag == QLatin1String("k")) {
        if (value == QLatin1String("rsa"))
            return tr("Key type RSA (the default): signatures use rsa-sha256.");
        if (value == QLatin1String("ed25519"))
            return tr(
                "Key type Ed25519 (RFC 8463): signatures use ed25519-sha256; the key is 32 raw bytes. Not "
                "every receiver verifies it yet.");
        return tr("Key type %1 is unknown: verifiers ignore the record.").arg(value);
    }
    if (tag == QLatin1String("h"))
        return tr("Hash algorithms allowed with this key: %1. Without h=, every hash is allowed; sha1 must "
                  "no "
                  "longer be used (RFC 8301).")
            .arg(value);
    if (tag == QLatin1String("p"))
        return value.isEmpty()
                   ? tr("Public key: empty, so the key is revoked and every signature naming this "
                        "selector fails.")
                   : tr("Public key, base64 (%1 characters). Verifiers check signatures with it.")
                         .arg(value.size());
    if (tag == QLatin1String("n"))
        return tr("Notes for people; ignored by verifiers.");
    if (tag == QLatin1String("s"))
        return tr("Service types the key may be used for: %1 (email or * for mail).").arg(value);
    if (tag == QLatin1String("t")) {
        QStringList parts;
        for (const QString& f : value.split(QLatin1Char(':'))) {
            const QString flag = f.trimmed();
            if (flag == QLatin1String("y"))
                parts << tr("y: testing mode, receivers may treat signed mail as unsigned");
            else if (flag == QLatin1String("s"))
                parts << tr("s: the signing identity i= may not be a subdomain of d=");
            else if (!flag.isEmpty())
                parts << tr("%1: unknown flag, ignored").arg(flag);
        }
        return tr("Flags: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    if (tag == QLatin1String("g"))
        return tr("Granularity %1 from DomainKeys (RFC 4870): ignored by DKIM verifiers, may be enforced by "
                  "very "
                  "old ones.")
            .arg(value);
    return tr("Unknown tag: ignored by verifiers.");
}
