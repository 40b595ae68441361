#include "AuditTabWidget.h"

#include "AppSettings.h"
#include "AuditTab.h"

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTextEdit>

AuditTabWidget::AuditTabWidget(QWidget* parent)
    : QTabWidget(parent) {
    setObjectName(QStringLiteral("auditTabs"));
    setAccessibleName(tr("Checks"));
    setDocumentMode(true);
}

void AuditTabWidget::addAuditTab(AuditTab* tab) {
    addTab(tab, tab->tabTitle());
    tab->setAccessibleName(tab->tabTitle());
    // Tab moves between controls, never through a table's cells (arrow keys do that) or into a
    // text field as a character: otherwise a keyboard user is stuck in the first table.
    for (QAbstractItemView* view : tab->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    for (QPlainTextEdit* edit : tab->findChildren<QPlainTextEdit*>())
        edit->setTabChangesFocus(true);
    for (QTextEdit* edit : tab->findChildren<QTextEdit*>())
        edit->setTabChangesFocus(true);
    m_auditTabs.append(tab);
}

// Ctrl+1…9 go to a tab, Ctrl+PgDown/PgUp to the next/previous (Ctrl+Tab works inside the tabs too).
// Counted at the time of the key press, so tabs added later are reachable as well.
void AuditTabWidget::installShortcuts(QWidget* window) {
    for (int i = 0; i < 9; ++i) {
        auto* go = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), window);
        connect(go, &QShortcut::activated, this, [this, i] {
            if (i < count())
                setCurrentIndex(i);
        });
    }
    auto step = [this](int by) {
        const int n = count();
        if (n > 0)
            setCurrentIndex((currentIndex() + by + n) % n);
    };
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), window);
    connect(next, &QShortcut::activated, this, [step] { step(1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), window);
    connect(previous, &QShortcut::activated, this, [step] { step(-1); });
}

// Splitters are found by position inside their tab, so tabs need no code of their own for it.
QList<std::pair<QString, QSplitter*>> AuditTabWidget::splitters() const {
    QList<std::pair<QString, QSplitter*>> out;
    for (int t = 0; t < count(); ++t) {
        QWidget* page = widget(t);
        const QList<QSplitter*> found = page->findChildren<QSplitter*>();
        for (int i = 0; i < found.size(); ++i) {
            const QString name = found.at(i)->objectName();
            out.append({page->objectName() + QLatin1Char('/') + (name.isEmpty() ? QString::number(i) : name),
                        found.at(i)});
        }
    }
    return out;
}

void AuditTabWidget::restoreLayout(const AppSettings& settings) {
    for (const auto& [key, splitter] : splitters()) {
        if (const QByteArray state = settings.splitterState(key); !state.isEmpty())
            splitter->restoreState(state);
    }
    const QString current = settings.currentTab();
    for (int t = 0; t < count(); ++t) {
        if (!current.isEmpty() && widget(t)->objectName() == current)
            setCurrentIndex(t);
    }
}

void AuditTabWidget::saveLayout(AppSettings& settings) const {
    for (const auto& [key, splitter] : splitters())
        settings.setSplitterState(key, splitter->saveState());
    if (QWidget* page = currentWidget())
        settings.setCurrentTab(page->objectName());
}
