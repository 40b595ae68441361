// mailsight: the desktop auditor. All logic lives in ui/ and core/.
//   mailsight [DOMAIN]           audit DOMAIN with the resolver chosen in Settings
//   mailsight --demo [DOMAIN]    open the offline demo and audit DOMAIN (or the demo's default)
//   mailsight FILE.zone...       stage zone files (as File → Open zone file; the desktop file's %F)
#include "AppSettings.h"
#include "MainWindow.h"
#include "i18n/AppLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstring>
#include <memory>

namespace {
void describe(QCommandLineParser& parser, const QCommandLineOption& demo) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Audits a domain's email authentication (SPF, DKIM, DMARC)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("domain"),
        QCoreApplication::translate("main", "The domain to audit, or zone files to stage."),
        QStringLiteral("[DOMAIN | FILE...]"));
}

void setIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("mailsight"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSIGHT_VERSION));
}
} // namespace

int main(int argc, char* argv[]) {
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the offline demo on the bundled zones."));
    // --help and --version answer without a display.
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version") ||
            !std::strcmp(a, "-v")) {
            QCoreApplication app(argc, argv);
            setIdentity();
            QCommandLineParser parser;
            describe(parser, demo);
            parser.process(app); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    // mailsight_ui is a static library: its resources are linked only when referenced.
    Q_INIT_RESOURCE(mailsight);
    setIdentity();
    // The language is chosen before any widget exists (Settings → Language, else the system's).
    AppLanguage::install(&app, AppLanguage::resolve(AppSettings().language()));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailsight"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailsight.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mailsight.Mailsight"));
    QCommandLineParser parser;
    describe(parser, demo);
    parser.process(app);
    QString domain;
    QStringList zoneFiles;
    for (const QString& arg : parser.positionalArguments()) {
        if (QFileInfo(arg).isFile())
            zoneFiles << QFileInfo(arg).absoluteFilePath();
        else if (domain.isEmpty())
            domain = arg;
    }

    MainWindow window;
    window.show();
    if (!zoneFiles.isEmpty())
        window.setStagedZoneFiles(zoneFiles);
    if (parser.isSet(demo))
        window.startDemo(domain);
    else if (!domain.isEmpty())
        window.auditDomain(domain);
    return QApplication::exec();
}
