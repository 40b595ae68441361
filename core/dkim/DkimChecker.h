#pragma once
// The DKIM check of a domain: probes the candidate selectors in parallel through the session,
// keeps the interesting ones, and adds the domain-level findings (no selector found, only Ed25519
// keys, DNS failures summed up). Blocks: run it on DnsSession::checkPool() or in the CLI.

#include "DkimResult.h"

class DnsSession;

struct DkimCheckRequest {
    QString domain;                         // A-labels
    QList<DkimSelectorCandidate> selectors; // named by the user or read from messages
    bool discover = true;                   // also try the built-in common list
};

class DkimChecker {
public:
    static DkimResult check(DnsSession& session, const DkimCheckRequest& request);
    // The domain-level part, on results already probed (tests feed it directly).
    static DkimResult assemble(const QString& domain, const QList<DkimSelectorResult>& probed,
                               bool discovered);
};
