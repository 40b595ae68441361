#pragma once
// "seed check --config FILE [--send] [--wait S]": sends the tagged test message through the
// user's submission server (with --send) and finds where each seed mailbox put it (issue #18,
// docs/seed.md). Here --config names the seed configuration, not an arguments file. Exit 0 when
// every seed has it outside spam, 1 when one put it in spam or never received it, 3 when a seed or
// the submission server could not be reached or refused the login.

#include "CliCommand.h"

#include <functional>
#include <memory>

class ConnectionLog;
class SeedMailboxProbe;
struct NetOptions;

class SeedCommand : public CliCommand {
public:
    // How a look into one seed is made: ImapSeedProbe in mailsight-cli, a fake in tests.
    using ProbeFactory = std::function<std::unique_ptr<SeedMailboxProbe>(const NetOptions&, ConnectionLog*)>;
    explicit SeedCommand(ProbeFactory probes);

    QString name() const override { return QStringLiteral("seed"); }
    QString synopsis() const override {
        return QStringLiteral("seed check --config FILE [--send] [--wait SECONDS] [--token T]");
    }
    QString summary() const override {
        return QStringLiteral(
            "send a tagged test message to seed mailboxes and find where each put it (inbox, "
            "spam, missing), with the receivers' verdicts beside Mailsight's");
    }
    QString description() const override;
    QList<CliArgument> arguments() const override;
    QList<CliOption> options() const override;
    int run(CliContext& context, const CliArgs& args) override;

private:
    ProbeFactory m_probes;
};
