#include "DkimChecker.h"

#include "DkimSelectorDiscovery.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DkimChecker", text);
}
} // namespace

DkimResult DkimChecker::check(DnsSession& session, const DkimCheckRequest& request) {
    const auto candidates = DkimSelectorDiscovery::candidates(request.selectors, request.discover);
    const auto probed = DkimSelectorDiscovery::probe(session, request.domain, candidates);
    return assemble(request.domain, probed, request.discover);
}

DkimResult DkimChecker::assemble(const QString& domain, const QList<DkimSelectorResult>& probed,
                                 bool discovered) {
    DkimResult result;
    result.domain = domain;
    result.discovered = discovered;
    int commonFailures = 0;
    int usableKeys = 0;
    int ed25519Keys = 0;
    QStringList failedNames;
    for (const DkimSelectorResult& s : probed) {
        result.tried << s.selector;
        const bool failed = dnsOutcomeIsFailure(s.outcome);
        if (failed && s.source == DkimSelectorSource::Common) {
            // One summary instead of a finding per guessed selector.
            ++commonFailures;
            failedNames << s.name;
            continue;
        }
        if (s.found || s.dangling || s.source != DkimSelectorSource::Common || failed) {
            result.selectors << s;
            result.findings << s.findings;
        }
        if (s.found && !s.record.isRevoked() && s.key.isReadable()) {
            ++usableKeys;
            if (s.key.keyType == QLatin1String("ed25519"))
                ++ed25519Keys;
        }
    }
    if (commonFailures > 0)
        result.findings << FindingCatalogue::make(u"DKIM-DNS-ERROR",
                                                  tr("%1 of %2 queries for common selectors failed; a key "
                                                     "published at one of them could not be seen.")
                                                      .arg(commonFailures)
                                                      .arg(probed.size()),
                                                  failedNames.mid(0, 10));
    if (result.foundCount() == 0) {
        bool anyFailure = commonFailures > 0;
        for (const DkimSelectorResult& s : result.selectors)
            anyFailure = anyFailure || dnsOutcomeIsFailure(s.outcome);
        if (!anyFailure)
            result.findings << FindingCatalogue::make(
                u"DKIM-NO-SELECTOR-FOUND",
                tr("No key at any of the %1 selectors tried for %2. %3")
                    .arg(probed.size())
                    .arg(domain, DkimSelectorDiscovery::notice(int(probed.size()))),
                QStringList{result.tried.mid(0, 20).join(QStringLiteral(", ")) +
                            (result.tried.size() > 20 ? QStringLiteral(", …") : QString())});
    }
    if (usableKeys > 0 && usableKeys == ed25519Keys)
        result.findings << FindingCatalogue::make(u"DKIM-ED25519-ONLY", {}, QStringList{domain});
    result.notice = DkimSelectorDiscovery::notice(int(probed.size()));
    return result;
}
