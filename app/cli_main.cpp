// mailsight-cli: the headless auditor. All logic lives in core/cli.
#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailsight"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSIGHT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli;
    return cli.run(QCoreApplication::arguments(), out, err);
}
