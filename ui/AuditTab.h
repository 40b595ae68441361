#pragma once
// A tab of the main window that shows one check (SPF, DMARC, DKIM, ...). A tab exists only when
// its feature does: MainWindow::createTabs() adds one line per tab.
//
// Contract: startAudit() must not block. The tab starts its check off the UI thread (on
// DnsSession::checkPool()) and delivers the result value back through the event loop; a result
// whose generation is not the latest is dropped. When done (or failed, or cancelled) it emits
// finished(generation) exactly once per startAudit().

#include <QWidget>

#include <initializer_list>
#include <memory>

class DnsSession;

class AuditTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString tabTitle() const = 0;
    virtual void startAudit(const QString& domain, std::shared_ptr<DnsSession> session,
                            quint64 generation) = 0;
    virtual void clearResults() = 0;

protected:
    // Tab visits the controls in this order (reading order). Qt's default is the order in which
    // the widgets were created, which member initialiser lists rarely make the visual one.
    static void setTabOrderChain(std::initializer_list<QWidget*> widgets) {
        QWidget* previous = nullptr;
        for (QWidget* w : widgets) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }

Q_SIGNALS:
    void finished(quint64 generation);
    // A line for the status bar while the check runs.
    void statusMessage(const QString& message);
};
