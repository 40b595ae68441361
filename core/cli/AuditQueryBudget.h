#pragma once
// How many DNS questions an audit may ask, and how fast: --dkim-discovery (all: the built-in
// list of common selectors, about 95 guesses a domain; known: only selectors named with
// --dkim-selector or in the expectations, or seen in imported DMARC reports; none), --max-qps
// (the whole run) and --max-qps-per-server (each resolver address, each authoritative server the
// per-server check asks). For long lists, estimate() and advice() tell the user before the run.

#include "CliArgs.h"
#include "CliOption.h"

#include <QStringList>

#include <expected>
#include <memory>

class DnsRateLimiter;
struct AuditCheckOptions;

class AuditQueryBudget {
public:
    enum class Discovery { All, Known, None };

    static QList<CliOption> options();
    static std::expected<AuditQueryBudget, QString> parse(const CliArgs& args);

    Discovery discovery = Discovery::All;
    QStringList selectors; // --dkim-selector
    double maxQps = 0;
    double maxQpsPerServer = 0;
    bool transport = true; // not --no-transport
    bool perServer = true; // not --no-ns

    // Sets the DKIM part of the check options (selectors, discovery).
    void apply(AuditCheckOptions& options) const;
    // The limiter for the resolver stack and the per-server check; null without a cap.
    std::shared_ptr<DnsRateLimiter> makeLimiter() const;
    // Questions a run of `domains` domains asks, roughly: the mail records and the MX hosts'
    // addresses (kBasePerDomain), the transport check's (kTransportPerDomain), the per-server
    // check's (kPerServerPerDomain: every name of the zone again at its server, the named
    // selectors too), every DKIM candidate, and guessedPerDomain of them guessed. Measured on the
    // benchmark's domains (bench/audit, docs/batch-audits.md); the blocklists' are not counted.
    qint64 estimate(qsizetype domains, int* guessedPerDomain = nullptr) const;
    // The stderr lines for a long list: the estimate, the time the caps imply, and how to ask less.
    QStringList advice(qsizetype domains) const;
    static constexpr int kBasePerDomain = 10;
    static constexpr int kTransportPerDomain = 6;
    static constexpr int kPerServerPerDomain = 13;
    static constexpr int kAdviceAbove = 50; // domains
};
