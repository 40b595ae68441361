// The main window in German: after a demo audit, no visible text of any tab, menu, dock or the
// Settings dialog is still English. "English" means a source text of translations/mailsight_de.ts
// whose German translation differs (words that are the same in both languages, such as DKIM, OK or
// Domain, are never flagged). Texts with %1 placeholders match as patterns ("Grade %1" flags
// "Grade B"). Also: the language setting resolves as documented, and the PDF comes out in German.
//
// With MAILSIGHT_SCREENSHOT_DIR set, each tab and the Settings dialog are saved there as PNG (run
// under xvfb-run with QT_QPA_PLATFORM=xcb to see real window decorations; see docs/translations.md).
#include "AppSettings.h"
#include "MainWindow.h"
#include "QCustomPlotHeader.h"
#include "SettingsDialog.h"
#include "SqlThreadCheck.h"
#include "dkim/DkimKeyGenDialog.h"
#include "dkim/DkimKeyMatchDialog.h"
#include "findings/FindingCatalogue.h"
#include "i18n/AppLanguage.h"
#include "reports/ReportsTab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QXmlStreamReader>

#include <memory>

namespace {

// English texts that may stay visible in German: values that are data, not interface (DMARC policy
// names shown as values, protocol words), though the .ts also has them as sources.
const QStringList kAllowed{QStringLiteral("quarantine"), QStringLiteral("reject"), QStringLiteral("none"),
                           QStringLiteral("aggregate"), QStringLiteral("failure")};

struct EnglishTexts {
    QSet<QString> exact;                // sources without placeholders, with and without '&'
    QList<QRegularExpression> patterns; // sources with %1..%9, as whole-text patterns
    QHash<QString, QString> german;     // source → translation, for the messages
    QStringList sentences;              // longer sources without placeholders, found inside documents
};

EnglishTexts loadEnglish(const QString& tsPath, QString* error) {
    EnglishTexts out;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            QString translation;
            if (xml.attributes().value(QLatin1String("type")).isEmpty()) {
                // Numerus forms: the first is enough to tell "same as the source".
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                xml.skipCurrentElement();
            }
            const QString trimmed = source.trimmed();
            if (translation == source || trimmed.size() < 2 || kAllowed.contains(trimmed))
                continue;
            out.german.insert(source, translation);
            static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
            if (source.contains(placeholder)) {
                // Only patterns with enough fixed text to mean something.
                QString fixed = source;
                fixed.remove(placeholder);
                if (fixed.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 4)
                    continue;
                // Escape the fixed parts; each placeholder matches anything.
                QStringList parts = source.trimmed().split(placeholder);
                for (QString& part : parts)
                    part = QRegularExpression::escape(part);
                const QString pattern = parts.join(QStringLiteral(".*"));
                out.patterns << QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                                   QRegularExpression::DotMatchesEverythingOption);
            } else {
                out.exact.insert(trimmed);
                if (trimmed.size() >= 30 && trimmed.contains(QLatin1Char(' ')) &&
                    !trimmed.contains(QLatin1Char('<')))
                    out.sentences << trimmed;
                out.exact.insert(QString(trimmed).remove(QLatin1Char('&')));
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString describe(const QObject* o) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

class Walker {
public:
    explicit Walker(const EnglishTexts& english)
        : m_english(english) {}

    // Cells are many and mostly data: they are matched exactly only (patterns cost time).
    void check(const QObject* where, const QString& what, const QString& text, bool patterns = true) {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        const QString plain = QString(t).remove(QLatin1Char('&'));
        bool english = m_english.exact.contains(t) || m_english.exact.contains(plain);
        for (qsizetype i = 0; patterns && !english && i < m_english.patterns.size(); ++i)
            english = m_english.patterns.at(i).match(t).hasMatch();
        if (english)
            m_problems << QStringLiteral("%1 %2: \"%3\"").arg(describe(where), what, t.left(100));
        ++m_checked;
    }

    // Documents (detail panes) hold data too, so only whole English sentences count there.
    void checkContains(const QObject* where, const QString& what, const QString& text) {
        for (const QString& sentence : m_english.sentences)
            if (text.contains(sentence))
                m_problems
                    << QStringLiteral("%1 %2 contains \"%3\"").arg(describe(where), what, sentence.left(100));
        ++m_checked;
    }

    void walkWidget(QWidget* w) {
        check(w, QStringLiteral("toolTip"), w->toolTip());
        check(w, QStringLiteral("accessibleName"), w->accessibleName());
        if (w->isWindow())
            check(w, QStringLiteral("windowTitle"), w->windowTitle());
        if (auto* l = qobject_cast<QLabel*>(w))
            check(w, QStringLiteral("text"), l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            check(w, QStringLiteral("text"), b->text());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            check(w, QStringLiteral("title"), g->title());
        if (auto* d = qobject_cast<QDockWidget*>(w))
            check(w, QStringLiteral("windowTitle"), d->windowTitle());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            check(w, QStringLiteral("placeholderText"), e->placeholderText());
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            check(w, QStringLiteral("placeholderText"), e->placeholderText());
        if (auto* e = qobject_cast<QTextEdit*>(w)) {
            check(w, QStringLiteral("placeholderText"), e->placeholderText());
            checkContains(w, QStringLiteral("document"), e->toPlainText());
        }
        if (auto* e = qobject_cast<QPlainTextEdit*>(w); e && e->isReadOnly())
            checkContains(w, QStringLiteral("document"), e->toPlainText());
        if (auto* p = qobject_cast<QProgressBar*>(w))
            check(w, QStringLiteral("format"), p->format());
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w)) {
            if (auto* spin = qobject_cast<QSpinBox*>(s))
                check(w, QStringLiteral("suffix"), spin->suffix());
            check(w, QStringLiteral("specialValueText"), s->specialValueText());
        }
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                check(w, QStringLiteral("item %1").arg(i), c->itemText(i));
            if (c->lineEdit())
                check(w, QStringLiteral("placeholderText"), c->lineEdit()->placeholderText());
        }
        if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                check(w, QStringLiteral("tab %1").arg(i), bar->tabText(i));
                check(w, QStringLiteral("tab %1 toolTip").arg(i), bar->tabToolTip(i));
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                check(w, QStringLiteral("header %1").arg(c), m->headerData(c, Qt::Horizontal).toString());
                check(w, QStringLiteral("header %1 toolTip").arg(c),
                      m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            walkCells(view, view->model(), QModelIndex());
        if (auto* plot = qobject_cast<QCustomPlot*>(w)) {
            for (QCPAxis* axis : plot->axisRect()->axes())
                check(w, QStringLiteral("axis label"), axis->label());
            for (int i = 0; i < plot->plottableCount(); ++i)
                check(w, QStringLiteral("plottable %1 name").arg(i), plot->plottable(i)->name());
        }
        for (QAction* a : w->actions())
            walkAction(a);
    }

    // The cells of item views (records, findings, trees): their words are interface too.
    void walkCells(const QObject* where, const QAbstractItemModel* m, const QModelIndex& parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            for (int c = 0; c < m->columnCount(parent); ++c) {
                const QModelIndex i = m->index(r, c, parent);
                check(where, QStringLiteral("cell %1,%2").arg(r).arg(c), i.data().toString(), false);
                check(where, QStringLiteral("cell %1,%2 toolTip").arg(r).arg(c),
                      i.data(Qt::ToolTipRole).toString(), false);
            }
            if (m->hasChildren(m->index(r, 0, parent)))
                walkCells(where, m, m->index(r, 0, parent));
        }
    }

    void walkAction(QAction* a) {
        if (a->isSeparator())
            return;
        check(a, QStringLiteral("action text"), a->text());
        check(a, QStringLiteral("action statusTip"), a->statusTip());
        if (QMenu* m = a->menu()) {
            check(m, QStringLiteral("menu title"), m->title());
            checkAccelerators(m, m->actions());
            for (QAction* sub : m->actions())
                walkAction(sub);
        }
    }

    // Within one menu (or the menu bar) each accelerator letter is used once.
    void checkAccelerators(const QObject* where, const QList<QAction*>& actions) {
        static const QRegularExpression accel(QStringLiteral("&([^&\\s])"));
        QHash<QChar, QString> seen;
        for (const QAction* a : actions) {
            const QString text = QString(a->text()).remove(QStringLiteral("&&"));
            const auto m = accel.match(text);
            if (!m.hasMatch())
                continue;
            const QChar key = m.captured(1).at(0).toLower();
            if (seen.contains(key))
                m_problems << QStringLiteral("%1: accelerator '%2' in \"%3\" and \"%4\"")
                                  .arg(describe(where), QString(key), seen.value(key), a->text());
            seen.insert(key, a->text());
        }
    }

    // Every widget a user can reach: pages of tab widgets count as visible (they are one click
    // away); widgets hidden on purpose (an error line with nothing to say) do not.
    void walkTree(QWidget* root) {
        walkWidget(root);
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (reachable(w, root))
                walkWidget(w);
        }
    }

    static bool reachable(const QWidget* w, const QWidget* root) {
        for (const QWidget* a = w; a && a != root; a = a->parentWidget()) {
            if (a->isHidden() && !qobject_cast<const QStackedWidget*>(a->parentWidget()))
                return false;
        }
        return true;
    }

    QStringList problems() const { return m_problems; }
    int checked() const { return m_checked; }

private:
    const EnglishTexts& m_english;
    QStringList m_problems;
    int m_checked = 0;
};

void screenshot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("MAILSIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(200);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    // Under a real X server, the whole screen as a user sees it (`import` from ImageMagick);
    // offscreen, the widget's own rendering.
    if (QGuiApplication::platformName() == QLatin1String("xcb") &&
        QProcess::execute(QStringLiteral("import"),
                          {QStringLiteral("-window"), QStringLiteral("root"), path}) == 0)
        return;
    w->grab().save(path);
}

} // namespace

class TestGermanGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_english = loadEnglish(qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") +
                                    QStringLiteral("/translations/mailsight_de.ts"),
                                &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_english.exact.size() > 100);
        // The Reports tab imports into the history database: a fresh one, not the user's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QVERIFY(AppLanguage::install(qApp, QStringLiteral("de")));
        // The embedded translation is really the German one.
        QCOMPARE(QCoreApplication::translate("MainMenus", "&File"), QStringLiteral("&Datei"));
    }

    void languageSetting() {
        QCOMPARE(AppLanguage::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(AppLanguage::resolve(QStringLiteral("FR")), QStringLiteral("fr"));
        QCOMPARE(AppLanguage::resolve(QStringLiteral("en")), QStringLiteral("en"));
        // Empty or unknown: the system's language if Mailsight has it, else English.
        QVERIFY(AppLanguage::available().contains(AppLanguage::resolve({})));
        QCOMPARE(AppLanguage::resolve(QStringLiteral("xx")), AppLanguage::resolve({}));
        QVERIFY(!AppLanguage::install(qApp, QStringLiteral("xx")));

        AppSettings settings(m_dir.filePath(QStringLiteral("language.ini")));
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(settings.language(), QStringLiteral("de"));
        settings.setLanguage({});
        QCOMPARE(settings.language(), QString());
    }

    void settingsDialogStoresLanguage() {
        AppSettings settings(m_dir.filePath(QStringLiteral("dialog.ini")));
        SettingsDialog dialog(settings);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + int(AppLanguage::available().size()));
        QCOMPARE(combo->currentIndex(), 0); // System
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("restartNote"));
        QVERIFY(note && note->isHidden());
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        QVERIFY(!note->isHidden());
        QCOMPARE(combo->currentText(), QStringLiteral("Français"));
        dialog.accept();
        QCOMPARE(settings.language(), QStringLiteral("fr"));
    }

    void findingsShownTranslated() {
        const Finding f = FindingCatalogue::make(u"SPF-MISSING");
        // The finding itself stays English (JSON, SARIF, CSV); the display is German.
        QCOMPARE(f.title, QStringLiteral("The domain publishes no SPF record"));
        const Finding shown = FindingCatalogue::localized(f);
        QCOMPARE(shown.title, QStringLiteral("Die Domain veröffentlicht keinen SPF-Eintrag"));
        QVERIFY(shown.fix.startsWith(QStringLiteral("Veröffentlichen")));
        QVERIFY(shown.detail.contains(QStringLiteral("Empfänger")));
        QCOMPARE(f.toJson().value(QStringLiteral("title")).toString(), f.title);
    }

    // The walk finds what it should: an English label, button, a pattern with a placeholder, a
    // sentence inside a document; and accelerators used twice.
    void walkerFindsEnglish() {
        QWidget root;
        auto* label = new QLabel(QStringLiteral("Query log"), &root);
        auto* edit = new QLineEdit(&root);
        edit->setPlaceholderText(QStringLiteral("Grade B"));
        auto* button = new QPushButton(QStringLiteral("&Copy records"), &root);
        auto* german = new QLabel(QStringLiteral("Abfrageprotokoll"), &root);
        auto* document = new QTextEdit(&root);
        document->setPlainText(
            QStringLiteral("overlimit.test: Enter a domain and press Audit to read what it publishes."));
        auto* hidden = new QLabel(QStringLiteral("Query log"), &root);
        hidden->hide();
        Q_UNUSED(label);
        Q_UNUSED(edit);
        Q_UNUSED(button);
        Q_UNUSED(german);
        Q_UNUSED(document);
        Walker walker(m_english);
        walker.walkTree(&root);
        QVERIFY2(walker.problems().size() == 4, qPrintable(walker.problems().join(QLatin1Char('\n'))));

        QMenu menu(QStringLiteral("&Datei"));
        menu.addAction(QStringLiteral("&Drucken"));
        menu.addAction(QStringLiteral("&Dokument"));
        menu.addAction(QStringLiteral("Tom && &Jerry"));
        Walker accelerators(m_english);
        accelerators.checkAccelerators(&menu, menu.actions());
        QCOMPARE(accelerators.problems().size(), 1);
    }

    void noEnglishInTheWindow() {
        auto settings = std::make_shared<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.resize(1400, 860);
        window.show();
        window.startDemo(QStringLiteral("overlimit.test"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isAuditRunning(), 120000);
        QTest::qWait(300);

        // Reports too, so that the Reports tab shows its charts, sources and import log.
        auto* reports = window.findChild<ReportsTab*>();
        QVERIFY(reports);
        QSignalSpy imported(reports, &ReportsTab::importFinished);
        const QString data = qEnvironmentVariable("MAILSIGHT_TEST_DATA");
        reports->importPaths({data + QStringLiteral("/reports/dmarc-reports/parsedmarc/aggregate"),
                              data + QStringLiteral("/reports/tls-rpt")});
        QVERIFY(imported.count() == 1 || imported.wait(60000));
        QSignalSpy shown(reports, &ReportsTab::summaryShown);
        reports->setDomain(QStringLiteral("example.com"));
        QVERIFY(shown.count() > 0 || shown.wait(30000));
        QTRY_VERIFY(reports->summary().messages > 0);

        Walker walker(m_english);
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QVERIFY(tabs->count() >= 5);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(100);
            screenshot(&window, QStringLiteral("tab-%1-%2").arg(i).arg(tabs->widget(i)->objectName()));
        }
        walker.walkTree(&window);
        walker.checkAccelerators(window.menuBar(), window.menuBar()->actions());
        for (QAction* a : window.menuBar()->actions())
            walker.walkAction(a);

        SettingsDialog dialog(*settings, &window);
        dialog.show();
        QTest::qWait(100);
        screenshot(&dialog, QStringLiteral("settings"));
        walker.walkTree(&dialog);

        // The DKIM tab's dialogs.
        DkimKeyGenDialog keyGen(QStringLiteral("overlimit.test"), &window);
        keyGen.show();
        QTest::qWait(100);
        screenshot(&keyGen, QStringLiteral("dkim-keygen"));
        walker.walkTree(&keyGen);
        DkimSelectorResult published;
        published.selector = QStringLiteral("s1");
        published.name = QStringLiteral("s1._domainkey.overlimit.test");
        DkimKeyMatchDialog keyMatch(published, &window);
        keyMatch.show();
        QTest::qWait(100);
        screenshot(&keyMatch, QStringLiteral("dkim-keymatch"));
        walker.walkTree(&keyMatch);

        qInfo() << walker.checked() << "texts checked";
        QVERIFY(walker.checked() > 200);
        const QStringList problems = walker.problems();
        for (const QString& p : problems)
            qWarning().noquote() << "English:" << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 English text(s) in the German window; first: %2")
                                .arg(problems.size())
                                .arg(problems.value(0))));
    }

    void pdfInGerman() {
        const QString cli = qEnvironmentVariable("MAILSIGHT_CLI");
        const QString renderer = QFileInfo(cli).dir().filePath(QStringLiteral("mailsight-report"));
        if (!QFile::exists(renderer))
            QSKIP("mailsight-report is not built");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("audit.pdf"));
        QProcess p;
        p.start(cli,
                {QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                 QStringLiteral("overlimit.test"), QStringLiteral("--pdf"), pdf, QStringLiteral("--language"),
                 QStringLiteral("de"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 1, p.readAllStandardError().constData()); // overlimit.test has errors
        // Codes, titles and fixes in machine output stay English.
        const QByteArray json = p.readAllStandardOutput();
        QVERIFY(json.contains("More than 10 DNS lookups: SPF evaluation fails"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* german :
             {"Prüfung der E-Mail-Authenti", "Zusammenfassung für die Leitung", "Mehr als 10 DNS-Lookups",
              "Anhang A", "Befunde", "D wegen 1 Fehler", "Der aufgelöste Eintrag braucht 16"})
            QVERIFY2(out.contains(QString::fromUtf8(german)), german);
        QVERIFY(!out.contains(QStringLiteral("Executive summary")));

        QProcess bad;
        bad.start(cli, {QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                        QStringLiteral("example.com"), QStringLiteral("--language"), QStringLiteral("tlh")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
    }

private:
    QTemporaryDir m_dir;
    EnglishTexts m_english;
};

MAILSIGHT_SQL_CHECKED_MAIN(TestGermanGui)
#include "tst_germangui.moc"
