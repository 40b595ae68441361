#include "DkimVerifier.h"

#include "DkimCanonicalizer.h"
#include "DkimPublicKey.h"
#include "DkimSelectorInspector.h"
#include "OpenSslHandles.h"
#include "dmarc/DmarcDiscovery.h"
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
    if (s.expiry && *s.expiry < now.toSecsSinceEpoch())
        v.expired = true;

    // The key.
    v.keyOutcome = keyAnswer.outcome;
    evidence << v.keyName;
    // The key record, read as every DKIM-style verifier reads it (shared with ARC); the DKIM
    // findings and words for each way it can be unusable.
    const DkimPublicKey key = DkimPublicKey::fromAnswer(s, keyAnswer);
    const DkimKeyRecord& record = key.record;
    v.keyRecord = record.raw;
    if (!record.raw.isEmpty())
        evidence << QStringLiteral("TXT \"%1\"").arg(record.raw);
    switch (key.problem) {
    case DkimPublicKey::Problem::DnsError:
        v.findings << FindingCatalogue::make(u"DKIM-DNS-ERROR",
                                             tr("The key at %1 could not be read (%2).")
                                                 .arg(v.keyName, dnsOutcomeDescription(keyAnswer.outcome)),
                                             evidence);
        return finish(QStringLiteral("temperror"),
                      tr("the key could not be fetched: %1").arg(dnsOutcomeDescription(keyAnswer.outcome)));
    case DkimPublicKey::Problem::Missing:
        v.findings << FindingCatalogue::make(
            u"DKIM-SIG-KEY-MISSING",
            tr("No key record at %1 (%2).").arg(v.keyName, dnsOutcomeDescription(keyAnswer.outcome)),
            evidence);
        return finish(QStringLiteral("permerror"), tr("no key published at %1").arg(v.keyName));
    case DkimPublicKey::Problem::Revoked:
        v.findings << FindingCatalogue::make(
            u"DKIM-KEY-REVOKED", tr("The signature names %1, whose key is revoked.").arg(v.keyName), evidence,
            Severity::Error);
        return finish(QStringLiteral("permerror"), tr("the key at %1 is revoked (empty p=)").arg(v.keyName));
    case DkimPublicKey::Problem::InvalidRecord:
        v.findings << FindingCatalogue::make(u"DKIM-KEY-INVALID", record.errors.join(QStringLiteral("; ")),
                                             evidence);
        return finish(QStringLiteral("permerror"),
                      tr("the key record is unusable: %1").arg(record.errors.join(QStringLiteral("; "))));
    case DkimPublicKey::Problem::TypeMismatch:
        return finish(QStringLiteral("permerror"),
                      tr("the signature uses %1 but the key is k=%2").arg(s.algorithm, record.keyType));
    case DkimPublicKey::Problem::HashNotAllowed:
        return finish(
            QStringLiteral("permerror"),
            tr("the key's h=%1 does not allow %2").arg(record.hashAlgorithms.join(u':'), s.hashAlgorithm));
    case DkimPublicKey::Problem::StrictSubdomain:
        return finish(QStringLiteral("permerror"),
                      tr("the key has t=s but i=%1 is a subdomain of d=%2").arg(s.identity, s.domain));
    case DkimPublicKey::Problem::UnreadableKey:
        v.key.error = key.info.error;
        v.findings << FindingCatalogue::make(u"DKIM-KEY-INVALID", key.info.error, evidence);
        return finish(QStringLiteral("permerror"),
                      tr("the public key cannot be read: %1").arg(key.info.error));
    case DkimPublicKey::Problem::None:
        break;
    }
    v.key = key.info;

    // Body hash first, so that a changed body is told apart from a bad header signature.
    v.computedBodyHash = QString::fromLatin1(bodyHash(message, s));
    const QByteArray expected = s.bodyHash.toBase64();
    v.bodyHashMatches = v.computedBodyHash.toLatin1() == expected;
    const QByteArray input =
        DkimCanonicalizer::headerHashInput(message, s.signedHeaders, field.raw, s.headerCanonicalization);
    v.signatureMatches = DkimPublicKey::verify(key.key.get(), s, input);

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

    // The signature verifies. What verifiers must still refuse is RFC 8601's "policy" result (§2.7.1:
    // signed, but not acceptable), with every reason: a key under 1024 bits and rsa-sha1 (RFC 8301
    // §3.1, §3.2), an expiry in the past (RFC 6376 §3.5 x=).
    QStringList refused;
    if (v.key.keyType == QLatin1String("rsa") && v.key.bits < 1024) {
        v.findings << FindingCatalogue::make(u"DKIM-KEY-INSECURE", tr("%1-bit key.").arg(v.key.bits),
                                             evidence);
        refused << tr("the key is %1 bits; RFC 8301 forbids accepting keys under 1024 bits").arg(v.key.bits);
    }
    if (s.hashAlgorithm == QLatin1String("sha1"))
        refused << tr("it uses rsa-sha1, which verifiers must not accept (RFC 8301)");
    if (v.expired) {
        v.findings << FindingCatalogue::make(
            u"DKIM-SIG-EXPIRED",
            tr("x=%1 (%2) is in the past.")
                .arg(*s.expiry)
                .arg(QDateTime::fromSecsSinceEpoch(*s.expiry, Qt::UTC).toString(Qt::ISODate)),
            evidence);
        refused << tr("it expired at %1 (x=)")
                       .arg(QDateTime::fromSecsSinceEpoch(*s.expiry, Qt::UTC).toString(Qt::ISODate));
    }
    if (!refused.isEmpty())
        return finish(
            QStringLiteral("policy"),
            tr("the signature verifies but is refused: %1").arg(refused.join(QStringLiteral("; "))));
    QString reason = tr("the signature verifies with the %1 key at %2").arg(v.key.keyType, v.keyName);
    if (record.isTesting())
        reason += tr(" (the key is in testing mode, t=y)");
    return finish(QStringLiteral("pass"), reason);
}

DkimVerification DkimVerifier::assemble(const MailMessage& message,
                                        QList<DkimSignatureVerification> signatures,
                                        const DkimDmarcContext& dmarc, const DmarcAlignment* alignment) {
    DkimVerification out;
    out.label = message.label;
    out.fromDomain = message.fromDomain();
    out.convertedLineEndings = message.convertedLineEndings;
    out.signatures = std::move(signatures);
    out.dmarc = dmarc;
    for (const MailHeader& h : message.headers) {
        if (h.isNamed("Authentication-Results"))
            out.authenticationResults
                << AuthenticationResultsHeader::parseAuthenticationResults(QString::fromUtf8(h.value()));
        else if (h.isNamed("Received-SPF"))
            out.authenticationResults
                << AuthenticationResultsHeader::parseReceivedSpf(QString::fromUtf8(h.value()));
        else if (h.isNamed("DomainKey-Signature")) {
            // RFC 4870 (historic): the same tag=value syntax; nobody evaluates it any more.
            const DkimTagList tags = DkimTagList::parse(QString::fromLatin1(h.value()));
            out.domainKeySignatures << DomainKeySignatureInfo{
                DkimTagList::compact(tags.value(QStringLiteral("d"))).toLower(),
                DkimTagList::compact(tags.value(QStringLiteral("s"))),
                DkimTagList::compact(tags.value(QStringLiteral("a"))).toLower(),
                QString::fromLatin1(h.value())};
        }
    }
    const DmarcAlignment offline(nullptr);
    const DmarcAlignment& aligner = alignment ? *alignment : offline;
    bool aligned9989 = false, unknown9989 = false;
    for (DkimSignatureVerification& s : out.signatures) {
        s.alignment = aligner.align(out.fromDomain, s.signature.domain, dmarc.adkim9989, dmarc.adkim7489);
        for (Finding& f : s.findings)
            f.domain = s.signature.domain.isEmpty() ? out.fromDomain : s.signature.domain;
        out.findings << s.findings;
        if (s.result != QLatin1String("pass"))
            continue;
        aligned9989 = aligned9989 || s.alignment.rfc9989.aligned == true;
        unknown9989 = unknown9989 || !s.alignment.rfc9989.aligned;
        out.dmarcAligned7489 = out.dmarcAligned7489 || s.alignment.rfc7489.aligned == true;
    }
    out.dmarcAligned9989 = aligned9989   ? std::optional<bool>(true)
                           : unknown9989 ? std::nullopt
                                         : std::optional<bool>(false);
    out.dmarcAligned = out.dmarcAligned9989 == true && out.dmarcAligned7489;

    if (!out.domainKeySignatures.isEmpty()) {
        QStringList evidence;
        for (const DomainKeySignatureInfo& d : std::as_const(out.domainKeySignatures))
            evidence << QStringLiteral("DomainKey-Signature: %1").arg(d.raw.left(200));
        const DomainKeySignatureInfo& d = out.domainKeySignatures.first();
        const QString carries = tr("a DomainKey-Signature (RFC 4870, historic) by d=%1 with selector s=%2%3")
                                    .arg(d.domain.isEmpty() ? tr("(none)") : d.domain,
                                         d.selector.isEmpty() ? tr("(none)") : d.selector,
                                         d.algorithm.isEmpty() ? QString() : tr(", a=%1").arg(d.algorithm));
        out.findings << FindingCatalogue::make(
            u"DKIM-DOMAINKEYS-SIGNATURE",
            out.signatures.isEmpty()
                ? tr("The message carries %1 and no DKIM-Signature. DomainKeys is not evaluated (by "
                     "Mailsight or by receivers): for DKIM and DMARC the message is unsigned.")
                      .arg(carries)
                : tr("The message carries %1 besides its DKIM signatures; it is not evaluated.").arg(carries),
            evidence, out.signatures.isEmpty() ? std::nullopt : std::optional(Severity::Info));
        out.findings.last().domain = d.domain.isEmpty() ? out.fromDomain : d.domain;
    }
    if (out.signatures.isEmpty()) {
        if (out.domainKeySignatures.isEmpty())
            out.findings << FindingCatalogue::make(u"DKIM-SIG-NONE", {}, QStringList{message.label});
    } else if (out.dmarcAligned9989 != true && !out.dmarcAligned7489) {
        QStringList domains;
        for (const DkimSignatureVerification& s : out.signatures)
            domains << QStringLiteral("d=%1: %2").arg(s.signature.domain, s.result);
        out.findings << FindingCatalogue::make(
            u"DKIM-SIG-NOT-ALIGNED",
            tr("From is %1; signatures: %2.").arg(out.fromDomain, domains.join(QStringLiteral(", "))),
            domains);
        out.findings.last().domain = out.fromDomain;
    } else if (out.dmarcAligned9989 != out.dmarcAligned7489 && !dmarc.recordDomain9989.isEmpty() &&
               !dmarc.recordDomain7489.isEmpty()) {
        // Only where both readings apply a record: without one, DMARC (and its alignment) does not
        // apply to the message at all (RFC 9989 §4.10.2, RFC 7489 §6.6.3).
        QStringList evidence;
        for (const DkimSignatureVerification& s : out.signatures)
            if (s.result == QLatin1String("pass"))
                evidence << QStringLiteral("d=%1: RFC 9989 %2; RFC 7489 %3")
                                .arg(s.signature.domain, s.alignment.rfc9989.explanation,
                                     s.alignment.rfc7489.explanation);
        auto word = [](std::optional<bool> aligned) {
            return !aligned   ? tr("cannot tell (a DNS query failed)")
                   : *aligned ? tr("an aligned signature passes")
                              : tr("no passing signature is aligned");
        };
        out.findings << FindingCatalogue::make(
            u"DKIM-ALIGNMENT-READINGS-DIFFER",
            tr("From is %1. RFC 9989 receivers (organizational domain by the DNS tree walk, adkim=%2): %3. "
               "RFC 7489 receivers (Public Suffix List, adkim=%4): %5.")
                .arg(out.fromDomain, dmarcAlignmentModeName(dmarc.adkim9989).left(1),
                     word(out.dmarcAligned9989), dmarcAlignmentModeName(dmarc.adkim7489).left(1),
                     word(out.dmarcAligned7489)),
            evidence);
        out.findings.last().domain = out.fromDomain;
    }
    return out;
}

DkimDmarcContext DkimVerifier::dmarcContext(const DmarcDiscoveryResult& discovery) {
    DkimDmarcContext c;
    c.recordDomain9989 = discovery.rfc9989.recordDomain;
    c.recordDomain7489 = discovery.rfc7489.recordDomain;
    if (discovery.rfc9989.record)
        c.adkim9989 = dmarcAlignmentModeFrom(discovery.rfc9989.record->adkim);
    if (discovery.rfc7489.record)
        c.adkim7489 = dmarcAlignmentModeFrom(discovery.rfc7489.record->adkim);
    c.dnsError = discovery.rfc9989.dnsError || discovery.rfc7489.dnsError;
    return c;
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
    // Meanwhile the From domain's DMARC record under both readings (its adkim), whose tree walk is
    // also the From domain's RFC 9989 organizational domain.
    DmarcAlignment alignment(&session);
    DkimDmarcContext dmarc;
    if (const QString from = message.fromDomain(); !from.isEmpty() && !indexes.isEmpty()) {
        // DmarcDiscovery shares the session: a non-owning pointer to the caller's.
        const DmarcDiscoveryResult discovery =
            DmarcDiscovery(std::shared_ptr<DnsSession>(std::shared_ptr<DnsSession>(), &session))
                .discover(from);
        dmarc = dmarcContext(discovery);
        alignment.remember(from, DmarcAlignment::organizationalDomainFromWalk(from, discovery.walk));
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
    return assemble(message, results, dmarc, &alignment);
}
