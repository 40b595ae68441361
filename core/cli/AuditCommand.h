#pragma once
// "audit DOMAIN...": every check over one or many domains, graded, compared with the history,
// stored, and written as text, JSON, CSV, SARIF, JUnit, HTML or (through mailsight-report) PDF.
// Exit 1 when a finding is at or above --fail-on.

#include "CliCommand.h"

class AuditCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override { return QStringLiteral("audit DOMAIN... [--domains-file F]"); }
    QString summary() const override {
        return QStringLiteral(
            "audit SPF, DKIM and DMARC of domains: grade, findings, changes since last quarter");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
