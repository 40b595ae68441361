#pragma once
// Finds DKIM selectors: DNS cannot list them, so a built-in list of common selectors (mail
// providers' and ESPs' conventions and dated patterns) is asked in parallel, together with the
// selectors the user names and those read from messages. A list can never prove that no other
// selector exists; notice() says so in words.

#include "DkimSelectorResult.h"

#include <QDate>

class DnsSession;

class DkimSelectorDiscovery {
public:
    // The built-in list, dated patterns computed from today (this year and the two before).
    static QStringList commonSelectors(QDate today = QDate::currentDate());
    // Candidates in order, without duplicates: named ones first (they keep their source), then the
    // common list when discover is set.
    static QList<DkimSelectorCandidate> candidates(const QList<DkimSelectorCandidate>& named, bool discover,
                                                   QDate today = QDate::currentDate());
    // Fires every lookup at once through the session, then waits for each answer. Blocks: call it
    // on DnsSession::checkPool() or the CLI main thread.
    static QList<DkimSelectorResult> probe(DnsSession& session, const QString& domain,
                                           const QList<DkimSelectorCandidate>& candidates);
    // The honest limit of discovery, for the report.
    static QString notice(int tried);
};
