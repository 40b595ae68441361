#pragma once
// "db migrate --from STORE --to STORE [--skip-reports]": copies a history store into another
// (HistoryCopier), e.g. a user's SQLite file into the team's PostgreSQL database (issue #19).
// Idempotent: running it again copies only what the destination does not hold yet.

#include "CliCommand.h"

class DbCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("db"); }
    QString synopsis() const override {
        return QStringLiteral("db migrate --from sqlite:PATH --to postgresql://USER@HOST:PORT/DB");
    }
    QString summary() const override {
        return QStringLiteral("copy a history store into another (SQLite file -> shared PostgreSQL)");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
