// mailsight: the desktop auditor. All logic lives in ui/ and core/.
//   mailsight [DOMAIN]           audit DOMAIN with the resolver chosen in Settings
//   mailsight --demo [DOMAIN]    open the offline demo and audit DOMAIN (or the demo's default)
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mailsight"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailsight"));
    QApplication::setOrganizationName(QStringLiteral("Mailsight"));
    QApplication::setApplicationVersion(QStringLiteral(MAILSIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Audits a domain's email authentication (SPF, DKIM, DMARC)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the offline demo on the bundled zones."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 QApplication::translate("main", "The domain to audit."),
                                 QStringLiteral("[DOMAIN]"));
    parser.process(app);
    const QString domain = parser.positionalArguments().value(0);

    MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.startDemo(domain);
    else if (!domain.isEmpty())
        window.auditDomain(domain);
    return QApplication::exec();
}
