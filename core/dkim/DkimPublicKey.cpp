#include "DkimPublicKey.h"

#include "DkimKeyAnalyzer.h"
#include "DkimKeyRecordParser.h"
#include "DkimSelectorInspector.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DkimPublicKey", text);
}
} // namespace

DkimPublicKey DkimPublicKey::fromAnswer(const DkimSignature& s, const DnsAnswer& answer) {
    DkimPublicKey k;
    k.keyName = DkimSelectorInspector::keyName(s.selector, s.domain);
    k.outcome = answer.outcome;
    auto refuse = [&](Problem problem, const QString& result, const QString& reason) {
        k.problem = problem;
        k.result = result;
        k.reason = reason;
        k.key.reset();
        return std::move(k);
    };
    if (dnsOutcomeIsFailure(answer.outcome))
        return refuse(Problem::DnsError, QStringLiteral("temperror"),
                      tr("the key at %1 could not be fetched: %2")
                          .arg(k.keyName, dnsOutcomeDescription(answer.outcome)));
    QStringList texts;
    for (const DnsRecord& r : answer.records)
        if (r.type == DnsRecordType::TXT)
            texts << r.text();
    if (texts.isEmpty())
        return refuse(
            Problem::Missing, QStringLiteral("permerror"),
            tr("no key published at %1 (%2)").arg(k.keyName, dnsOutcomeDescription(answer.outcome)));
    // With several records, the first usable one is taken (§3.6.2.2 lets verifiers choose).
    k.record = DkimKeyRecordParser::parse(texts.first());
    for (const QString& t : std::as_const(texts)) {
        const DkimKeyRecord candidate = DkimKeyRecordParser::parse(t);
        if (candidate.isValid() && !candidate.isRevoked()) {
            k.record = candidate;
            break;
        }
    }
    const DkimKeyRecord& record = k.record;
    if (record.isRevoked())
        return refuse(Problem::Revoked, QStringLiteral("permerror"),
                      tr("the key at %1 is revoked (empty p=)").arg(k.keyName));
    if (!record.isValid())
        return refuse(Problem::InvalidRecord, QStringLiteral("permerror"),
                      tr("the key record at %1 is unusable: %2")
                          .arg(k.keyName, record.errors.join(QStringLiteral("; "))));
    if (record.keyType != s.keyAlgorithm)
        return refuse(Problem::TypeMismatch, QStringLiteral("permerror"),
                      tr("the signature uses %1 but the key is k=%2").arg(s.algorithm, record.keyType));
    if (!record.allowsHash(s.hashAlgorithm))
        return refuse(
            Problem::HashNotAllowed, QStringLiteral("permerror"),
            tr("the key's h=%1 does not allow %2").arg(record.hashAlgorithms.join(u':'), s.hashAlgorithm));
    if (s.kind == DkimSignatureKind::Dkim && record.isStrictSubdomain() &&
        s.identity.section(QLatin1Char('@'), -1).toLower() != s.domain)
        return refuse(Problem::StrictSubdomain, QStringLiteral("permerror"),
                      tr("the key has t=s but i=%1 is a subdomain of d=%2").arg(s.identity, s.domain));
    QByteArray spki;
    auto key = DkimKeyAnalyzer::publicKey(record.keyType, record.publicKey, &spki);
    if (!key) {
        k.info.error = key.error();
        return refuse(Problem::UnreadableKey, QStringLiteral("permerror"),
                      tr("the public key at %1 cannot be read: %2").arg(k.keyName, key.error()));
    }
    k.info = DkimKeyAnalyzer::describe(key->get(), spki);
    k.key = std::move(*key);
    return k;
}

bool DkimPublicKey::verify(EVP_PKEY* key, const DkimSignature& s, const QByteArray& data) {
    if (!key)
        return false;
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    QByteArray message = data;
    const EVP_MD* md = nullptr;
    if (s.keyAlgorithm == QLatin1String("ed25519")) {
        // RFC 8463 §3: Ed25519 (pure) over the SHA-256 hash of the canonicalized header data.
        message = OpenSsl::sha256(data);
    } else {
        md = s.hashAlgorithm == QLatin1String("sha1") ? EVP_sha1() : EVP_sha256();
    }
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1) {
        ERR_clear_error();
        return false;
    }
    const int rc =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(s.signature.constData()),
                         size_t(s.signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()));
    ERR_clear_error();
    return rc == 1;
}
