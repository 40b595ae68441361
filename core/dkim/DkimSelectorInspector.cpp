#include "DkimSelectorInspector.h"

#include "DkimKeyAnalyzer.h"
#include "DkimKeyRecordParser.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DkimSelectorInspector", text);
}
} // namespace

QString DkimSelectorInspector::keyName(const QString& selector, const QString& domain) {
    return selector + QStringLiteral("._domainkey.") + domain;
}

bool DkimSelectorInspector::looksLikeDkim(const QString& text) {
    static const QRegularExpression dkimTag(
        QStringLiteral(R"((^|;)\s*(v\s*=\s*DKIM1|p\s*=|k\s*=\s*(rsa|ed25519)))"));
    return dkimTag.match(text).hasMatch();
}

DkimSelectorResult DkimSelectorInspector::inspect(const DkimSelectorCandidate& candidate,
                                                  const QString& domain, const DnsAnswer& answer) {
    DkimSelectorResult r;
    r.selector = candidate.selector;
    r.source = candidate.source;
    r.origin = candidate.origin;
    r.name = keyName(candidate.selector, domain);
    r.outcome = answer.outcome;
    for (const DnsRecord& c : answer.cnames)
        r.cnameChain << c.target;
    if (!r.cnameChain.isEmpty())
        r.flags << QStringLiteral("cname");
    const bool named = candidate.source != DkimSelectorSource::Common;

    QStringList evidence{r.name};
    for (const DnsRecord& c : answer.cnames)
        evidence << c.toZoneLine();

    if (dnsOutcomeIsFailure(answer.outcome)) {
        r.dnsError = answer.error.isEmpty() ? dnsOutcomeDescription(answer.outcome) : answer.error;
        r.flags << QStringLiteral("dns-error");
        r.findings << FindingCatalogue::make(
            u"DKIM-DNS-ERROR",
            tr("The query for %1 TXT failed (%2). Whether a key is published there is unknown.")
                .arg(r.name, dnsOutcomeDescription(answer.outcome)),
            evidence);
        return r;
    }

    QStringList dkimTexts;
    for (const DnsRecord& rec : answer.records) {
        if (rec.type != DnsRecordType::TXT)
            continue;
        r.texts << rec.text();
        r.strings << rec.strings;
        if (looksLikeDkim(rec.text()))
            dkimTexts << rec.text();
    }

    if (r.texts.isEmpty() || (dkimTexts.isEmpty() && !named)) {
        // Nothing, or only text that is not a DKIM key at a guessed selector (a wildcard TXT).
        if (!r.cnameChain.isEmpty()) {
            r.dangling = true;
            r.flags << QStringLiteral("dangling");
            r.findings << FindingCatalogue::make(u"DKIM-CNAME-DANGLING",
                                                 tr("%1 is a CNAME to %2, where %3.")
                                                     .arg(r.name, r.cname(),
                                                          answer.outcome == DnsOutcome::NxDomain
                                                              ? tr("the name does not exist (NXDOMAIN)")
                                                              : tr("no DKIM key record is published")),
                                                 evidence);
        } else if (named) {
            r.findings << FindingCatalogue::make(
                u"DKIM-SELECTOR-MISSING",
                tr("No key at %1 (%2).").arg(r.name, dnsOutcomeDescription(answer.outcome)), evidence);
        }
        return r;
    }

    r.found = true;
    const QString text = dkimTexts.isEmpty() ? r.texts.first() : dkimTexts.first();
    evidence << QStringLiteral("%1 TXT \"%2\"").arg(answer.finalName(), text);
    if (r.texts.size() > 1) {
        r.flags << QStringLiteral("multiple");
        QStringList all = evidence;
        for (const QString& t : r.texts)
            all << QStringLiteral("TXT \"%1\"").arg(t);
        r.findings << FindingCatalogue::make(
            u"DKIM-MULTIPLE-RECORDS",
            tr("%1 holds %2 TXT records; a verifier may use any of them.").arg(r.name).arg(r.texts.size()),
            all);
    }
    r.record = DkimKeyRecordParser::parse(text);
    r.key = DkimKeyAnalyzer::analyze(r.record);
    r.findings << DkimKeyAnalyzer::findings(r.record, r.key, evidence);

    if (r.record.isRevoked())
        r.flags << QStringLiteral("revoked");
    else if (!r.record.isValid() || !r.key.error.isEmpty())
        r.flags << QStringLiteral("invalid");
    if (r.record.isTesting())
        r.flags << QStringLiteral("testing");
    if (r.record.isStrictSubdomain())
        r.flags << QStringLiteral("strict");
    if (r.record.hashAlgorithms.contains(QStringLiteral("sha1")))
        r.flags << QStringLiteral("sha1");
    if (r.record.hasGranularity)
        r.flags << QStringLiteral("g=");
    return r;
}
