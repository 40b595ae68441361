// Keyboard and assistive-technology access to the whole window, and the themes: after a demo
// audit, Tab alone reaches every control of every tab in reading order; every control, view and
// chart has an accessible name (or a label that is its buddy, or text of its own); Ctrl+1…N and
// Ctrl+PgDown/PgUp switch tabs; Dark and High contrast apply their palette, keep meaningful colours
// at 4.5:1, and severity is never colour alone (a word, and an icon or a symbol).
#include "AppSettings.h"
#include "AppTheme.h"
#include "MainWindow.h"
#include "OutcomeStyle.h"
#include "SettingsDialog.h"
#include "SeverityStyle.h"
#include "SqlThreadCheck.h"

#include "QCustomPlotHeader.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabKeyReachesEveryControl();
    void everyControlHasAName();
    void shortcutsSwitchTabs();
    void themeAppliesPalette_data();
    void themeAppliesPalette();
    void systemThemeRestoresTheDesktop();
    void severityIsNotColourAlone();
    void settingsDialogSavesTheme();
    void splittersTabAndDomainsRemembered();

private:
    std::shared_ptr<AppSettings> settings() {
        return std::make_shared<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    }
    // A window after a demo audit of a domain with findings in every area.
    std::unique_ptr<MainWindow> auditedWindow(std::shared_ptr<AppSettings> s = {});
    static QTabWidget* tabs(MainWindow& window) {
        return window.findChild<QTabWidget*>(QStringLiteral("auditTabs"));
    }
    static QList<QWidget*> keyboardControls(QWidget* root);
    static QString describe(QWidget* w);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccessibility::initTestCase() {
    // The Reports tab opens the default history database: a test one, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccessibility::cleanup() {
    AppTheme::apply(AppSettings::Theme::System);
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestAccessibility::auditedWindow(std::shared_ptr<AppSettings> s) {
    auto window = std::make_unique<MainWindow>(s ? std::move(s) : settings());
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    window->startDemo(QStringLiteral("overlimit.test"));
    if (!QTest::qWaitFor([&] { return !window->isAuditRunning(); }, 30000))
        qWarning("the demo audit did not finish");
    QTest::qWait(200); // queued log rows and table resizes
    return window;
}

// What a keyboard user must be able to reach: visible, enabled, takes focus by Tab, and is not
// the inner part of a compound control (a combo box's or spin box's line edit).
QList<QWidget*> TestAccessibility::keyboardControls(QWidget* root) {
    QList<QWidget*> out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root->window()) || !w->isVisible() || !w->isEnabled())
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        QWidget* parent = w->parentWidget();
        if (parent && (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)))
            continue;
        out << w;
    }
    return out;
}

QString TestAccessibility::describe(QWidget* w) {
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->accessibleName());
}

void TestAccessibility::tabKeyReachesEveryControl() {
    auto window = auditedWindow();
    QTabWidget* pages = tabs(*window);
    QVERIFY(pages && pages->count() >= 6);
    auto* domain = window->findChild<QLineEdit*>(QStringLiteral("domainEdit"));
    for (int t = 0; t < pages->count(); ++t) {
        pages->setCurrentIndex(t);
        QWidget* page = pages->widget(t);
        QTest::qWait(50);
        const QList<QWidget*> expected = keyboardControls(page);
        QVERIFY2(!expected.isEmpty(), qPrintable(pages->tabText(t)));

        domain->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), domain);
        QList<QWidget*> visited;
        for (int press = 0; press < 300; ++press) {
            QWidget* before = QApplication::focusWidget();
            QVERIFY(before);
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            if (now == domain)
                break; // round trip done
            if (now && !visited.contains(now))
                visited << now;
        }
        QVERIFY2(QApplication::focusWidget() == domain,
                 qPrintable(QStringLiteral("%1: Tab does not come back to the domain field; stuck in %2")
                                .arg(pages->tabText(t), describe(QApplication::focusWidget()))));
        for (QWidget* w : expected)
            QVERIFY2(
                visited.contains(w),
                qPrintable(QStringLiteral("%1: Tab never reaches %2").arg(pages->tabText(t), describe(w))));

        // Reading order: within one column, Tab never jumps back up.
        QList<QWidget*> onPage;
        for (QWidget* w : visited)
            if (page->isAncestorOf(w))
                onPage << w;
        for (int i = 1; i < onPage.size(); ++i) {
            const QRect a(onPage[i - 1]->mapTo(page, QPoint(0, 0)), onPage[i - 1]->size());
            const QRect b(onPage[i]->mapTo(page, QPoint(0, 0)), onPage[i]->size());
            const bool sameColumn = a.left() < b.right() && b.left() < a.right();
            QVERIFY2(!(sameColumn && b.bottom() < a.top()),
                     qPrintable(QStringLiteral("%1: Tab goes up from %2 to %3")
                                    .arg(pages->tabText(t), describe(onPage[i - 1]), describe(onPage[i]))));
        }
    }
}

void TestAccessibility::everyControlHasAName() {
    auto window = auditedWindow();
    QTabWidget* pages = tabs(*window);
    QVERIFY(!pages->accessibleName().isEmpty());
    QSet<QWidget*> buddies;
    for (QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() && !label->text().isEmpty())
            buddies << label->buddy();
    QStringList missing;
    auto check = [&](QWidget* w) {
        if (!w->accessibleName().isEmpty() || buddies.contains(w))
            return;
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty())
            return;
        if (qobject_cast<QTabBar*>(w))
            return; // named by its tabs' titles
        missing << describe(w);
    };
    for (int t = 0; t < pages->count(); ++t) {
        pages->setCurrentIndex(t);
        QTest::qWait(20);
        QVERIFY2(!pages->widget(t)->accessibleName().isEmpty(), qPrintable(pages->tabText(t)));
        for (QWidget* w : keyboardControls(window.get()))
            check(w);
        // Views and charts, focusable or not.
        for (QAbstractItemView* view : pages->widget(t)->findChildren<QAbstractItemView*>())
            if (view->isVisible() && !qobject_cast<QComboBox*>(view->parentWidget()) &&
                !qobject_cast<QHeaderView*>(view))
                check(view);
        for (QCustomPlot* chart : pages->widget(t)->findChildren<QCustomPlot*>())
            if (chart->isVisible())
                check(chart);
    }
    // The dialogs of the window: File → Batch audit.
    auto* batchAction = window->findChild<QAction*>(QStringLiteral("batchAuditAction"));
    QVERIFY(batchAction);
    {
        batchAction->trigger();
        QDialog* batch = nullptr;
        QTRY_VERIFY((batch = window->findChild<QDialog*>()) && batch->isVisible());
        for (QLabel* label : batch->findChildren<QLabel*>())
            if (label->buddy() && !label->text().isEmpty())
                buddies << label->buddy();
        for (QWidget* w : keyboardControls(batch))
            check(w);
        batch->close();
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + missing.join(u'\n')));
}

void TestAccessibility::shortcutsSwitchTabs() {
    auto window = auditedWindow();
    QTabWidget* pages = tabs(*window);
    for (int i = 0; i < std::min(pages->count(), 9); ++i) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), i);
    }
    pages->setCurrentIndex(0);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 1);
    QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), pages->count() - 1); // wraps around
}

void TestAccessibility::themeAppliesPalette_data() {
    QTest::addColumn<AppSettings::Theme>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << AppSettings::Theme::Light << false;
    QTest::newRow("dark") << AppSettings::Theme::Dark << true;
    QTest::newRow("high contrast") << AppSettings::Theme::HighContrast << true;
}

void TestAccessibility::themeAppliesPalette() {
    QFETCH(AppSettings::Theme, theme);
    QFETCH(bool, dark);
    auto s = settings();
    s->setTheme(theme);
    MainWindow window(s);
    window.show();
    QCOMPARE(AppTheme::current(), theme);
    QCOMPARE(QApplication::palette().color(QPalette::Base), AppTheme::palette(theme).color(QPalette::Base));
    QTRY_COMPARE(window.palette().color(QPalette::Window), AppTheme::palette(theme).color(QPalette::Window));
    QCOMPARE(AppTheme::isDark(QApplication::palette()), dark);
    // High contrast adds a style sheet (white field frames), which wraps Fusion.
    QCOMPARE(!qApp->styleSheet().isEmpty(), theme == AppSettings::Theme::HighContrast);
    if (qApp->styleSheet().isEmpty())
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    if (theme == AppSettings::Theme::HighContrast)
        QVERIFY(AppTheme::contrast(QApplication::palette().color(QPalette::Text),
                                   QApplication::palette().color(QPalette::Base)) >= 7.0);

    // Every colour that carries meaning reaches 4.5:1 on the theme's background.
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        QVERIFY2(AppTheme::contrast(SeverityStyle::colour(severity), base) >= 4.5,
                 qPrintable(SeverityStyle::word(severity)));
    QVERIFY(AppTheme::contrast(SeverityStyle::okColour(), base) >= 4.5);
    for (DnsOutcome outcome :
         {DnsOutcome::Answer, DnsOutcome::NoData, DnsOutcome::Timeout, DnsOutcome::Cancelled})
        QVERIFY2(AppTheme::contrast(OutcomeStyle::colour(outcome), base) >= 4.5,
                 qPrintable(
                     QStringLiteral("%1: %2 on %3, %4:1")
                         .arg(OutcomeStyle::word(outcome), OutcomeStyle::colour(outcome).name(), base.name())
                         .arg(AppTheme::contrast(OutcomeStyle::colour(outcome), base))));

    // Charts follow the palette.
    for (QCustomPlot* chart : window.findChildren<QCustomPlot*>()) {
        QCOMPARE(chart->xAxis->tickLabelColor(), QApplication::palette().color(QPalette::Text));
        QCOMPARE(chart->legend->textColor(), QApplication::palette().color(QPalette::Text));
    }
}

void TestAccessibility::systemThemeRestoresTheDesktop() {
    AppTheme::apply(AppSettings::Theme::System);
    const QPalette desktop = QApplication::palette();
    const QString style = QApplication::style()->name();
    AppTheme::apply(AppSettings::Theme::HighContrast);
    QVERIFY(!qApp->styleSheet().isEmpty()); // white field frames
    AppTheme::apply(AppSettings::Theme::Dark);
    QVERIFY(qApp->styleSheet().isEmpty());
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             AppTheme::palette(AppSettings::Theme::Dark).color(QPalette::Base));
    AppTheme::apply(AppSettings::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), desktop.color(QPalette::Base));
    QCOMPARE(QApplication::palette().color(QPalette::Text), desktop.color(QPalette::Text));
    QCOMPARE(QApplication::style()->name(), style);
    // readable() keeps a colour that already contrasts, and keeps the hue of one it changes.
    QCOMPARE(AppTheme::readable(QColor(Qt::black), QColor(Qt::white)), QColor(Qt::black));
    const QColor red = AppTheme::readable(QColor(0xd3, 0x2f, 0x2f), QColor(Qt::black));
    QVERIFY(AppTheme::contrast(red, QColor(Qt::black)) >= 4.5);
    QVERIFY(qAbs(red.hslHue() - QColor(0xd3, 0x2f, 0x2f).hslHue()) <= 2);
}

// Wherever a view colours an item, the item also carries a word, and an icon or a symbol.
void TestAccessibility::severityIsNotColourAlone() {
    auto s = settings();
    s->setTheme(AppSettings::Theme::HighContrast);
    auto window = auditedWindow(s);
    int coloured = 0;
    QStringList bad;
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (!model || qobject_cast<QComboBox*>(view->parentWidget()))
            continue;
        QList<QModelIndex> pending{QModelIndex()};
        int seen = 0;
        while (!pending.isEmpty() && seen < 2000) {
            const QModelIndex parent = pending.takeFirst();
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex i = model->index(r, c, parent);
                    ++seen;
                    if (c == 0 && model->hasChildren(i))
                        pending << i;
                    const QVariant fg = i.data(Qt::ForegroundRole);
                    if (!fg.isValid())
                        continue;
                    const QColor colour =
                        fg.canConvert<QBrush>() ? fg.value<QBrush>().color() : fg.value<QColor>();
                    // Grey for "not evaluated" is the palette's own disabled text, not a meaning.
                    if (colour == QApplication::palette().color(QPalette::Disabled, QPalette::Text))
                        continue;
                    ++coloured;
                    const QString text = i.data(Qt::DisplayRole).toString();
                    const QVariant decoration = i.data(Qt::DecorationRole);
                    const bool icon = decoration.isValid() && !decoration.value<QIcon>().isNull();
                    // "✖ Error", "⚠ Warning", "ℹ Info" (ℹ counts as a letter in Unicode).
                    const bool symbol =
                        !text.isEmpty() && (text.at(0).unicode() >= 0x2000 || !text.at(0).isLetterOrNumber());
                    if (text.isEmpty() || !(icon || symbol))
                        bad << QStringLiteral("%1 row %2 col %3 '%4'")
                                   .arg(view->objectName())
                                   .arg(r)
                                   .arg(c)
                                   .arg(text);
                    if (AppTheme::contrast(colour, QApplication::palette().color(QPalette::Base)) < 4.5 &&
                        !i.data(Qt::BackgroundRole).isValid())
                        bad << QStringLiteral("%1 row %2 col %3: contrast %4")
                                   .arg(view->objectName())
                                   .arg(r)
                                   .arg(c)
                                   .arg(AppTheme::contrast(colour,
                                                           QApplication::palette().color(QPalette::Base)));
                }
            }
        }
    }
    QVERIFY2(coloured > 5, "the demo audit coloured hardly anything: the test looks at nothing");
    bad.removeDuplicates();
    QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 20).join(u'\n')));
}

void TestAccessibility::settingsDialogSavesTheme() {
    auto s = settings();
    SettingsDialog dialog(*s);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("theme"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toInt(), int(AppSettings::Theme::System));
    combo->setCurrentIndex(combo->findData(int(AppSettings::Theme::Dark)));
    dialog.accept();
    QCOMPARE(s->theme(), AppSettings::Theme::Dark);
    QCOMPARE(AppSettings::themeFromKey(QStringLiteral("high-contrast")), AppSettings::Theme::HighContrast);
    QVERIFY(!AppSettings::themeFromKey(QStringLiteral("purple")));
}

void TestAccessibility::splittersTabAndDomainsRemembered() {
    auto s = settings();
    QList<int> sizes;
    {
        MainWindow window(s);
        window.resize(1200, 800);
        window.show();
        QTabWidget* pages = tabs(window);
        pages->setCurrentIndex(2);
        auto* splitter = pages->widget(2)->findChild<QSplitter*>();
        QVERIFY(splitter);
        QTest::qWait(50);
        const QList<int> now = splitter->sizes();
        QVERIFY(now.size() >= 2);
        sizes = {now[0] + now[1] - 150, 150};
        sizes.append(now.mid(2));
        splitter->setSizes(sizes);
        sizes = splitter->sizes();
        window.close();
    }
    MainWindow again(s);
    again.resize(1200, 800);
    again.show();
    QTabWidget* pages = tabs(again);
    QCOMPARE(pages->currentIndex(), 2);
    QTest::qWait(50);
    QCOMPARE(pages->widget(2)->findChild<QSplitter*>()->sizes(), sizes);

    // File → Recent domains audits one of the last domains again.
    s->addRecentDomain(QStringLiteral("monitor.test"));
    s->addRecentDomain(QStringLiteral("example.com"));
    again.startDemo(QStringLiteral("example.com"));
    QTRY_VERIFY(!again.isAuditRunning());
    auto* recent = again.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QVERIFY(recent->actions().at(1)->text().contains(QStringLiteral("monitor.test")));
    recent->actions().at(1)->trigger();
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("domainEdit"))->text(),
             QStringLiteral("monitor.test"));
    QTRY_VERIFY(!again.isAuditRunning());
}

MAILSIGHT_SQL_CHECKED_MAIN(TestAccessibility)
#include "test_accessibility.moc"
