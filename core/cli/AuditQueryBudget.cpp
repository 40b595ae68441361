#include "AuditQueryBudget.h"

#include "audit/AuditCheckOptions.h"
#include "dkim/DkimSelectorDiscovery.h"
#include "dns/DnsRateLimiter.h"

QList<CliOption> AuditQueryBudget::options() {
    return {
        {QStringLiteral("dkim-discovery"), true, false, QStringLiteral("all|known|none"),
         QStringLiteral("DKIM selectors asked: all (the built-in list of common selectors, about 95 "
                        "guesses a domain; the default), known (only those named with --dkim-selector or "
                        "in --expect, or seen in imported DMARC reports) or none")},
        {QStringLiteral("dkim-selector"), true, true, QStringLiteral("S"),
         QStringLiteral("a DKIM selector to ask for every domain (repeatable)")},
        {QStringLiteral("max-qps"), true, false, QStringLiteral("N"),
         QStringLiteral("send at most N DNS questions a second in the whole run")},
        {QStringLiteral("max-qps-per-server"), true, false, QStringLiteral("N"),
         QStringLiteral("send at most N DNS questions a second to any one server (each resolver "
                        "address, each authoritative server the per-server check asks)")},
    };
}

std::expected<AuditQueryBudget, QString> AuditQueryBudget::parse(const CliArgs& args) {
    AuditQueryBudget b;
    const QString discovery = args.value(QStringLiteral("dkim-discovery"), QStringLiteral("all"));
    if (discovery == QLatin1String("all"))
        b.discovery = Discovery::All;
    else if (discovery == QLatin1String("known"))
        b.discovery = Discovery::Known;
    else if (discovery == QLatin1String("none"))
        b.discovery = Discovery::None;
    else
        return std::unexpected(QStringLiteral("--dkim-discovery takes all, known or none"));
    for (const QString& s : args.all(QStringLiteral("dkim-selector"))) {
        const QString selector = s.trimmed().toLower();
        if (selector.isEmpty() || selector.contains(QLatin1Char(' ')) ||
            selector.startsWith(QLatin1Char('.')) || selector.endsWith(QLatin1Char('.')))
            return std::unexpected(QStringLiteral("--dkim-selector '%1' is not a selector").arg(s));
        if (!b.selectors.contains(selector))
            b.selectors << selector;
    }
    if (b.discovery == Discovery::None && !b.selectors.isEmpty())
        return std::unexpected(
            QStringLiteral("--dkim-discovery none asks no selector: not with --dkim-selector"));
    b.transport = !args.has(QStringLiteral("no-transport"));
    b.perServer = !args.has(QStringLiteral("no-ns"));
    for (const auto& [option, target] : {std::pair{QStringLiteral("max-qps"), &b.maxQps},
                                         std::pair{QStringLiteral("max-qps-per-server"), &b.maxQpsPerServer}})
        if (args.has(option)) {
            bool ok = false;
            *target = args.value(option).toDouble(&ok);
            if (!ok || !(*target > 0) || *target > 1e6)
                return std::unexpected(
                    QStringLiteral("--%1 needs a positive number of questions a second").arg(option));
        }
    return b;
}

void AuditQueryBudget::apply(AuditCheckOptions& options) const {
    options.dkimDiscover = discovery == Discovery::All;
    if (discovery == Discovery::None) {
        options.dkimSelectors.clear();
        return;
    }
    for (const QString& s : selectors)
        if (!options.dkimSelectors.contains(s))
            options.dkimSelectors << s;
}

std::shared_ptr<DnsRateLimiter> AuditQueryBudget::makeLimiter() const {
    if (maxQps <= 0 && maxQpsPerServer <= 0)
        return {};
    return std::make_shared<DnsRateLimiter>(maxQps, maxQpsPerServer);
}

qint64 AuditQueryBudget::estimate(qsizetype domains, int* guessedPerDomain) const {
    const int guessed =
        discovery == Discovery::All ? int(DkimSelectorDiscovery::commonSelectors().size()) : 0;
    if (guessedPerDomain)
        *guessedPerDomain = guessed;
    const int named = discovery == Discovery::None ? 0 : int(selectors.size());
    const int checks = kBasePerDomain + (transport ? kTransportPerDomain : 0) +
                       (perServer ? kPerServerPerDomain + named : 0);
    return qint64(domains) * (checks + guessed + named);
}

QStringList AuditQueryBudget::advice(qsizetype domains) const {
    int guessed = 0;
    const qint64 total = estimate(domains, &guessed);
    QStringList lines;
    QString line =
        QStringLiteral("%1 domains: this audit will ask about %2 DNS questions").arg(domains).arg(total);
    if (guessed > 0)
        line += QStringLiteral(", %1 of them guessed DKIM selectors (%2 a domain)")
                    .arg(qint64(guessed) * domains)
                    .arg(guessed);
    if (maxQps > 0)
        line += QStringLiteral("; at --max-qps %1 that takes at least %2 s")
                    .arg(maxQps)
                    .arg(double(total) / maxQps, 0, 'f', 0);
    lines << line;
    if (discovery == Discovery::All || perServer || transport)
        lines << QStringLiteral(
            "to ask less: --dkim-discovery known (only selectors named with --dkim-selector, in "
            "--expect or seen in imported DMARC reports) or none; --no-blocklists, --no-ns and "
            "--no-transport leave whole checks out");
    if (maxQps <= 0 && maxQpsPerServer <= 0)
        lines << QStringLiteral("to ask more slowly: --max-qps N (the whole run) or --max-qps-per-server N");
    return lines;
}
