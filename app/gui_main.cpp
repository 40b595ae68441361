// mailsight: the desktop auditor. All logic lives in ui/ and core/.
//   mailsight [DOMAIN]           audit DOMAIN with the resolver chosen in Settings
//   mailsight --demo [DOMAIN]    open the offline demo and audit DOMAIN (or the demo's default)
//   mailsight FILE.zone...       stage zone files (as File → Open zone file; the desktop file's %F)
//   mailsight --demo [DOMAIN] --screenshots DIR [--theme T]
//                                once the audit is done, saves every tab as DIR/<tab>.png and quits
//                                (docs/screenshots/take-screenshots.sh; settings in a temporary file)
#include "AppSettings.h"
#include "MainWindow.h"
#include "i18n/AppLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstring>
#include <functional>
#include <memory>

namespace {
const QCommandLineOption screenshotsOption(
    QStringLiteral("screenshots"),
    QCoreApplication::translate("main", "Save every tab as DIR/<tab>.png once the audit is done, then quit."),
    QStringLiteral("DIR"));
const QCommandLineOption screenshotTabOption(
    QStringLiteral("screenshot-tab"),
    QCoreApplication::translate("main",
                                "With --screenshots: only this tab (a file name such as spf; repeatable)."),
    QStringLiteral("NAME"));
const QCommandLineOption themeOption(
    QStringLiteral("theme"),
    QCoreApplication::translate("main",
                                "Colours: system, light, dark or high-contrast (saved as in Settings)."),
    QStringLiteral("THEME"));

void describe(QCommandLineParser& parser, const QCommandLineOption& demo) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Audits a domain's email authentication (SPF, DKIM, DMARC)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demo);
    parser.addOption(screenshotsOption);
    parser.addOption(screenshotTabOption);
    parser.addOption(themeOption);
    parser.addPositionalArgument(
        QStringLiteral("domain"),
        QCoreApplication::translate("main", "The domain to audit, or zone files to stage."),
        QStringLiteral("[DOMAIN | FILE...]"));
}

// "SPF" → "spf", "Query log" → "query-log": file names for the tabs' screenshots.
QString fileNameFor(QString title) {
    title.remove(QLatin1Char('&'));
    QString out;
    for (const QChar c : title.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return out;
}

// Waits for the audit to end, then shows each tab in turn and grabs the window: deterministic,
// unlike driving the window with xdotool. A tab holding tabs of its own (the Reports views, the
// SPF pictures) is grabbed once per inner page too, as "<tab>-<page>.png": every chart is shot.
void takeScreenshots(MainWindow* window, const QString& dir, const QStringList& only) {
    auto* poll = new QTimer(window);
    poll->setInterval(200);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, dir, only] {
        if (window->isAuditRunning())
            return;
        poll->stop();
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("auditTabs"));
        QDir().mkpath(dir);
        // One step per picture: show what it needs, then name it.
        auto steps = std::make_shared<QList<std::function<QString()>>>();
        for (int i = 0; i < tabs->count(); ++i) {
            const QString name = fileNameFor(tabs->tabText(i));
            if (!only.isEmpty() && !only.contains(name))
                continue;
            steps->append([tabs, i, name] {
                tabs->setCurrentIndex(i);
                return name;
            });
            for (QTabWidget* inner : tabs->widget(i)->findChildren<QTabWidget*>()) {
                for (int j = 1; j < inner->count(); ++j) { // page 0 is the tab's own picture
                    const QString innerName = name + QLatin1Char('-') + fileNameFor(inner->tabText(j));
                    steps->append([tabs, i, inner, j, innerName] {
                        tabs->setCurrentIndex(i);
                        inner->setCurrentIndex(j);
                        return innerName;
                    });
                }
            }
        }
        // Each picture gets time to lay out and paint (charts replot, tables resize) before its grab.
        auto index = std::make_shared<qsizetype>(0);
        auto pending = std::make_shared<QString>();
        auto* step = new QTimer(window);
        step->setInterval(700);
        QObject::connect(step, &QTimer::timeout, window, [window, step, steps, index, pending, dir] {
            if (!pending->isEmpty()) {
                const QString path = dir + QLatin1Char('/') + *pending + QStringLiteral(".png");
                if (!window->grab().save(path))
                    qWarning("could not write %s", qPrintable(path));
                else
                    qInfo("%s", qPrintable(path));
            }
            if (*index >= steps->size()) {
                step->stop();
                window->close();
                return;
            }
            *pending = steps->at((*index)++)();
        });
        step->start();
    });
    // The demo audit starts when the window is shown; give it a moment before polling.
    QTimer::singleShot(500, poll, qOverload<>(&QTimer::start));
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

    std::shared_ptr<AppSettings> settings;
    QTemporaryDir scratch;
    const QString screenshots = parser.value(screenshotsOption);
    if (!screenshots.isEmpty()) // the same pictures whatever the user's settings are
        settings = std::make_shared<AppSettings>(scratch.filePath(QStringLiteral("settings.ini")));
    else
        settings = std::make_shared<AppSettings>();
    if (parser.isSet(themeOption)) {
        const auto theme = AppSettings::themeFromKey(parser.value(themeOption));
        if (!theme) {
            qWarning("--theme: use system, light, dark or high-contrast");
            return 2;
        }
        settings->setTheme(*theme); // as if chosen in Settings; MainWindow applies it
    }

    MainWindow window(settings);
    if (!screenshots.isEmpty())
        window.resize(1280, 800);
    window.show();
    if (!screenshots.isEmpty())
        takeScreenshots(&window, screenshots, parser.values(screenshotTabOption));
    if (!zoneFiles.isEmpty())
        window.setStagedZoneFiles(zoneFiles);
    if (parser.isSet(demo))
        window.startDemo(domain);
    else if (!domain.isEmpty())
        window.auditDomain(domain);
    return QApplication::exec();
}
