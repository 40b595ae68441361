#pragma once
// The Monitor as the main window sees it: the controller (configured from the settings), its
// dialog, and the notifications of a regression — a tray icon with a desktop notification where
// the desktop has a tray, the window's status bar and taskbar alert always.

#include "ResolverPlan.h"
#include "net/NetOptions.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AppSettings;
class MonitorController;
class MonitorDialog;
class QSystemTrayIcon;
class QWidget;

class MonitorHub : public QObject {
    Q_OBJECT
public:
    struct Sources {
        std::function<ResolverPlan()> plan;
        std::function<NetOptions()> net;
        std::function<QString()> historyPath;
        std::function<bool()> demo;
    };
    MonitorHub(AppSettings& settings, Sources sources, QWidget* window);

    MonitorController* controller() const { return m_controller; }
    void showDialog();
    QSystemTrayIcon* tray() const { return m_tray; }

Q_SIGNALS:
    void statusMessage(const QString& text);
    void showDomain(const QString& domain);

private:
    void updateTray();
    void notify(const QString& domain, const QStringList& changes);

    AppSettings& m_settings;
    Sources m_sources;
    QWidget* m_window;
    MonitorController* m_controller;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<MonitorDialog> m_dialog;
};
