#pragma once
// "blocklists DOMAIN": the domain's MX addresses, the addresses its SPF record authorises (single
// addresses and ranges up to /28), the busiest DMARC-passing sources of the imported reports (with
// --history DB) and the domain and MX names, looked up on DNS blocklists (the built-in set or
// --blocklists FILE), rate-limited per list, with the queries as evidence.

#include "CliCommand.h"

struct AuditCheckOptions;

class BlocklistsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("blocklists"); }
    QString synopsis() const override {
        return QStringLiteral("blocklists DOMAIN [--blocklists FILE] [--blocklist-rate N]");
    }
    QString summary() const override {
        return QStringLiteral(
            "MX and SPF addresses, report sources and the domain on DNS blocklists (DNSBL)");
    }
    QStringList usage() const override;
    QString description() const override;
    QList<CliOption> options() const override;
    int run(CliContext& context, const CliArgs& args) override;

    // --blocklists FILE and --blocklist-rate N into the check options (shared with `audit`);
    // 0 when fine, otherwise the exit code after the error was printed.
    static int readOptions(CliContext& context, const CliArgs& args, AuditCheckOptions& options);
    // --blocklist-rate N alone (`audit` reads the file through AuditTrustOptions).
    static int readRate(CliContext& context, const CliArgs& args, AuditCheckOptions& options);
    static QList<CliOption> sharedOptions();
};
