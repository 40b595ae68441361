#pragma once
// "metrics": the Prometheus metrics of the last stored audit of each domain in the history, printed
// once, or served over HTTP for a scrape with --listen ADDR:PORT (GET /metrics) until SIGTERM or
// SIGINT. `audit --metrics FILE` writes the same metrics for the audits it has just run.

#include "CliCommand.h"

class MetricsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString synopsis() const override {
        return QStringLiteral("metrics [--listen ADDR:PORT] [--history DB]");
    }
    QString summary() const override {
        return QStringLiteral("Prometheus metrics of the last stored audits, printed or served over HTTP");
    }
    QString description() const override;
    QList<CliOption> options() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
