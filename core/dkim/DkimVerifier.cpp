#include "DkimVerifier.h"

#include "DkimCanonicalizer.h"
#include "DkimKeyAnalyzer.h"
#include "DkimKeyRecordParser.h"
#include "DkimPublicKey.h"
#include "DkimSelectorInspector.h"
#include "OpenSslHandles.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DkimVerifier", text);
}
} // namespace

QByteArray DkimVerifier::bodyHash(const MailMessage& message, const DkimSignature& signature) {
    return DkimCanonicalizer::bodyHash(message.body, signature.bodyCanonicalization, signature.hashAlgorithm,
                                       signature.bodyLength);
}

DkimSignatureVerification DkimVerifier::verifySignature(const MailMessage& message, int headerIndex,
                                                        const DnsAnswer& keyAnswer, const QDateTime& now) {
    DkimSignatureVerification v;
    v.headerIndex = headerIndex;
    const MailHeader& field = message.headers.at(headerIndex);
    v.signature = DkimSignature::parse(QString::fromLatin1(field.value()));
    const DkimSignature& s = v.signature;
    v.keyName = DkimSelectorInspector::keyName(s.selector, s.domain);
    QStringList evidence{QStringLiteral("DKIM-Signature: ") + QString::fromLatin1(field.value()).left(300)};

    auto finish = [&](const QString& result, const QString& reason) {
        v.result = result;
        v.reason = reason;
        return v;
    };

    if (!s.isValid()) {
        v.findings << FindingCatalogue::make(u"DKIM-SIG-INVALID", s.errors.join(QStringLiteral("; ")),
                                             evidence);
        return finish(QStringLiteral("permerror"),
                      tr("malformed signature: %1").arg(s.errors.join(QStringLiteral("; "))));
    }

    // Over-signing is reported whatever the outcome (§5.4.2, §8.15).
    QHash<QString, int> listed;
    for (const QString& h : s.signedHeaders)
        ++listed[h.toLower()];
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        if (it.value() > message.indexesOf(it.key().toLatin1()).size())
            v.overSignedHeaders << it.key();
    v.overSignedHeaders.sort();
    if (!v.overSignedHeaders.contains(QStringLiteral("from")))
        v.findings << FindingCatalogue::make(u"DKIM-SIG-NOT-OVERSIGNED", {}, evidence);
    if (s.bodyLength)
        v.findings << FindingCatalogue::make(
            u"DKIM-SIG-BODY-LENGTH",
            tr("l=%1 of a canonical body of %2 bytes.")
                .arg(*s.bodyLength)
                .arg(DkimCanonicalizer::body(message.body, s.bodyCanonicalization).size()),
            evidence);
    if (s.hashAlgorithm == QLatin1String("sha1"))
        v.findings << FindingCatalogue::make(
            u"DKIM-SHA1", tr("The signature uses a=rsa-sha1, which RFC 8301 forbids."), evidence);
    v.alignment = DkimAlignment::align(s.domain, message.fromDomain());
    if (s.expiry && *s.expiry < now.toSecsSinceEpoch())
        v.expired = true;

    // The key.
    v.keyOutcome = keyAnswer.outcome;
    evidence << v.keyName;
    if (dnsOutcomeIsFailure(keyAnswer.outcome)) {
        v.findings << FindingCatalogue::make(u"DKIM-DNS-ERROR",
                                             tr("The key at %1 could not be read (%2).")
                                                 .arg(v.keyName, dnsOutcomeDescription(keyAnswer.outcome)),
                                             evidence);
        return finish(QStringLiteral("temperror"),
                      tr("the key could not be fetched: %1").arg(dnsOutcomeDescription(keyAnswer.outcome)));
    }
    QStringList texts;
    for (const DnsRecord& r : keyAnswer.records)
        if (r.type == DnsRecordType::TXT)
            texts << r.text();
    if (texts.isEmpty()) {
        v.findings << FindingCatalogue::make(
            u"DKIM-SIG-KEY-MISSING",
            tr("No key record at %1 (%2).").arg(v.keyName, dnsOutcomeDescription(keyAnswer.outcome)),
            evidence);
        return finish(QStringLiteral("permerror"), tr("no key published at %1").arg(v.keyName));
    }
    // With several records, the first usable one is taken (§3.6.2.2 lets verifiers choose).
    DkimKeyRecord record = DkimKeyRecordParser::parse(texts.first());
    for (const QString& t : texts) {
        const DkimKeyRecord candidate = DkimKeyRecordParser::parse(t);
        if (candidate.isValid() && !candidate.isRevoked()) {
            record = candidate;
            break;
        }
    }
    v.keyRecord = record.raw;
    evidence << QStringLiteral("TXT \"%1\"").arg(record.raw);
    if (record.isRevoked()) {
        v.findings << FindingCatalogue::make(
            u"DKIM-KEY-REVOKED", tr("The signature names %1, whose key is revoked.").arg(v.keyName), evidence,
            Severity::Error);
        return finish(QStringLiteral("permerror"), tr("the key at %1 is revoked (empty p=)").arg(v.keyName));
    }
    if (!record.isValid()) {
        v.findings << FindingCatalogue::make(u"DKIM-KEY-INVALID", record.errors.join(QStringLiteral("; ")),
                                             evidence);
        return finish(QStringLiteral("permerror"),
                      tr("the key record is unusable: %1").arg(record.errors.join(QStringLiteral("; "))));
    }
    if (record.keyType != s.keyAlgorithm)
        return finish(QStringLiteral("permerror"),
                      tr("the signature uses %1 but the key is k=%2").arg(s.algorithm, record.keyType));
    if (!record.allowsHash(s.hashAlgorithm))
        return finish(
            QStringLiteral("permerror"),
            tr("the key's h=%1 does not allow %2").arg(record.hashAlgorithms.join(u':'), s.hashAlgorithm));
    if (record.isStrictSubdomain() && s.identity.section(QLatin1Char('@'), -1).toLower() != s.domain)
        return finish(QStringLiteral("permerror"),
                      tr("the key has t=s but i=%1 is a subdomain of d=%2").arg(s.identity, s.domain));
    QByteArray spki;
    auto key = DkimKeyAnalyzer::publicKey(record.keyType, record.publicKey, &spki);
    if (!key) {
        v.key.error = key.error();
        v.findings << FindingCatalogue::make(u"DKIM-KEY-INVALID", key.error(), evidence);
        return finish(QStringLiteral("permerror"), tr("the public key cannot be read: %1").arg(key.error()));
    }
    v.key = DkimKeyAnalyzer::describe(key->get(), spki);
    if (v.key.keyType == QLatin1String("rsa") && v.key.bits < 1024) {
        v.findings << FindingCatalogue::make(u"DKIM-KEY-INSECURE", tr("%1-bit key.").arg(v.key.bits),
                                             evidence);
        return finish(
            QStringLiteral("permerror"),
            tr("the key is %1 bits; RFC 8301 forbids accepting keys under 1024 bits").arg(v.key.bits));
    }

    // Body hash first, so that a changed body is told apart from a bad header signature.
    v.computedBodyHash = QString::fromLatin1(bodyHash(message, s));
    const QByteArray expected = s.bodyHash.toBase64();
    v.bodyHashMatches = v.computedBodyHash.toLatin1() == expected;
    const QByteArray input =
        DkimCanonicalizer::headerHashInput(message, s.signedHeaders, field.raw, s.headerCanonicalization);
    v.signatureMatches = DkimPublicKey::verify(key->get(), s, input);

    if (s.bodyLength && *s.bodyLength > DkimCanonicalizer::body(message.body, s.bodyCanonicalization).size())
        return finish(QStringLiteral("fail"),
                      tr("l=%1 is longer than the body: the body was cut").arg(*s.bodyLength));
    if (!*v.bodyHashMatches) {
        v.findings << FindingCatalogue::make(u"DKIM-SIG-BODY-HASH",
                                             tr("bh=%1 was signed; the body now hashes to %2.")
                                                 .arg(QString::fromLatin1(expected), v.computedBodyHash),
                                             evidence);
        return finish(QStringLiteral("fail"),
                      tr("the body hash did not match: the body changed after signing"));
    }
    if (!*v.signatureMatches) {
        v.findings << FindingCatalogue::make(u"DKIM-SIG-BAD-SIGNATURE", {}, evidence);
        return finish(
            QStringLiteral("fail"),
            tr("the body hash matches but the signature does not verify with the published key (a signed "
               "header changed, or the key does not match the signer's)"));
    }
    if (v.expired) {
        v.findings << FindingCatalogue::make(
            u"DKIM-SIG-EXPIRED",
            tr("x=%1 (%2) is in the past.")
                .arg(*s.expiry)
                .arg(QDateTime::fromSecsSinceEpoch(*s.expiry, Qt::UTC).toString(Qt::ISODate)),
            evidence);
        return finish(QStringLiteral("fail"),
                      tr("the signature verifies but expired at %1")
                          .arg(QDateTime::fromSecsSinceEpoch(*s.expiry, Qt::UTC).toString(Qt::ISODate)));
    }
    if (s.hashAlgorithm == QLatin1String("sha1"))
        return finish(
            QStringLiteral("fail"),
            tr("the signature verifies but uses rsa-sha1, which verifiers must not accept (RFC 8301)"));
    QString reason = tr("the signature verifies with the %1 key at %2").arg(v.key.keyType, v.keyName);
    if (record.isTesting())
        reason += tr(" (the key is in testing mode, t=y)");
    return finish(QStringLiteral("pass"), reason);
}

DkimVerification DkimVerifier::assemble(const MailMessage& message,
                                        QList<DkimSignatureVerification> signatures) {
    DkimVerification out;
    out.label = message.label;
    out.fromDomain = message.fromDomain();
    out.convertedLineEndings = message.convertedLineEndings;
    out.signatures = std::move(signatures);
    for (const MailHeader& h : message.headers) {
        if (h.isNamed("Authentication-Results"))
            out.authenticationResults
                << AuthenticationResultsHeader::parseAuthenticationResults(QString::fromUtf8(h.value()));
        else if (h.isNamed("Received-SPF"))
            out.authenticationResults
                << AuthenticationResultsHeader::parseReceivedSpf(QString::fromUtf8(h.value()));
    }
    for (DkimSignatureVerification& s : out.signatures)
        for (Finding& f : s.findings)
            f.domain = s.signature.domain.isEmpty() ? out.fromDomain : s.signature.domain;
    for (const DkimSignatureVerification& s : out.signatures) {
        out.findings << s.findings;
        if (s.result == QLatin1String("pass") && s.alignment != DkimAlignmentMode::None)
            out.dmarcAligned = true;
    }
    if (out.signatures.isEmpty()) {
        out.findings << FindingCatalogue::make(u"DKIM-SIG-NONE", {}, QStringList{message.label});
    } else if (!out.dmarcAligned) {
        QStringList domains;
        for (const DkimSignatureVerification& s : out.signatures)
            domains << QStringLiteral("d=%1: %2").arg(s.signature.domain, s.result);
        out.findings << FindingCatalogue::make(
            u"DKIM-SIG-NOT-ALIGNED",
            tr("From is %1; signatures: %2.").arg(out.fromDomain, domains.join(QStringLiteral(", "))),
            domains);
        out.findings.last().domain = out.fromDomain;
    }
    return out;
}

DkimVerification DkimVerifier::verify(const MailMessage& message, DnsSession& session, const QDateTime& now) {
    const QList<int> indexes = message.indexesOf("DKIM-Signature");
    // Every key asked at once; answers waited on afterwards.
    QList<QFuture<DnsAnswer>> futures;
    for (int i : indexes) {
        const DkimSignature s = DkimSignature::parse(QString::fromLatin1(message.headers.at(i).value()));
        if (s.isValid())
            futures << session.lookup(DkimSelectorInspector::keyName(s.selector, s.domain),
                                      DnsRecordType::TXT);
        else
            futures << QFuture<DnsAnswer>();
    }
    QList<DkimSignatureVerification> results;
    for (qsizetype k = 0; k < indexes.size(); ++k) {
        DnsAnswer answer;
        if (futures[k].isValid())
            answer = futures[k].result();
        else
            answer.outcome = DnsOutcome::InvalidName;
        results << verifySignature(message, indexes.at(k), answer, now);
    }
    return assemble(message, results);
}
