#include "AppSettings.h"

#include "history/HistoryDatabase.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kResolverMode = QStringLiteral("resolver/mode");
const QString kCustomServers = QStringLiteral("resolver/servers");
const QString kZoneFiles = QStringLiteral("resolver/zoneFiles");
const QString kTimeout = QStringLiteral("resolver/timeoutMs");
const QString kRecent = QStringLiteral("history/recentDomains");
const QString kProbeSmtp = QStringLiteral("transport/probeSmtp");
const QString kConnectTo = QStringLiteral("transport/connectTo");
const QString kCaFile = QStringLiteral("transport/caFile");
const QString kTrustAnchorFile = QStringLiteral("trust/anchorFile");
const QString kBlocklistsFile = QStringLiteral("trust/blocklistsFile");
const QString kAskEveryServer = QStringLiteral("trust/askEveryServer");
const QString kCheckBlocklists = QStringLiteral("trust/checkBlocklists");
const QString kMonitorDomains = QStringLiteral("monitor/domains");
const QString kMonitorInterval = QStringLiteral("monitor/intervalHours");
const QString kMonitorEnabled = QStringLiteral("monitor/enabled");
const QString kHistoryEnabled = QStringLiteral("auditHistory/enabled");
const QString kHistoryPath = QStringLiteral("auditHistory/path");
const QString kHistoryStore = QStringLiteral("auditHistory/store");
const QString kHistoryServer = QStringLiteral("auditHistory/serverUrl");
const QString kHistoryKeyring = QStringLiteral("auditHistory/passwordInKeyring");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kReportsInPdf = QStringLiteral("reports/includeInPdf");
const QString kSeedList = QStringLiteral("seeds/list");
const QString kState = QStringLiteral("window/state");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kSplitters = QStringLiteral("window/splitters/");
const QString kCurrentTab = QStringLiteral("window/currentTab");
const QString kLanguage = QStringLiteral("ui/language");
constexpr int kDefaultTimeoutMs = 2000;
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_portable(true) {}

AppSettings::~AppSettings() = default;

QString AppSettings::resolverModeKey(ResolverMode mode) {
    switch (mode) {
    case ResolverMode::System:
        return QStringLiteral("system");
    case ResolverMode::Custom:
        return QStringLiteral("custom");
    case ResolverMode::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("system");
}

AppSettings::ResolverMode AppSettings::resolverMode() const {
    const QString key = m_settings->value(kResolverMode).toString();
    for (ResolverMode mode : {ResolverMode::System, ResolverMode::Custom, ResolverMode::Offline}) {
        if (key == resolverModeKey(mode))
            return mode;
    }
    return ResolverMode::System;
}

void AppSettings::setResolverMode(ResolverMode mode) {
    m_settings->setValue(kResolverMode, resolverModeKey(mode));
}

QStringList AppSettings::customServers() const {
    return m_settings->value(kCustomServers).toStringList();
}

void AppSettings::setCustomServers(const QStringList& servers) {
    m_settings->setValue(kCustomServers, servers);
}

QStringList AppSettings::monitorDomains() const {
    return m_settings->value(kMonitorDomains).toStringList();
}

void AppSettings::setMonitorDomains(const QStringList& domains) {
    m_settings->setValue(kMonitorDomains, domains);
}

int AppSettings::monitorIntervalHours() const {
    const int hours = m_settings->value(kMonitorInterval, 6).toInt();
    return hours >= 1 && hours <= 24 ? hours : 6;
}

void AppSettings::setMonitorIntervalHours(int hours) {
    m_settings->setValue(kMonitorInterval, hours);
}

bool AppSettings::monitorEnabled() const {
    return m_settings->value(kMonitorEnabled, false).toBool();
}

void AppSettings::setMonitorEnabled(bool enabled) {
    m_settings->setValue(kMonitorEnabled, enabled);
}

QStringList AppSettings::zoneFiles() const {
    return m_settings->value(kZoneFiles).toStringList();
}

void AppSettings::setZoneFiles(const QStringList& paths) {
    m_settings->setValue(kZoneFiles, paths);
}

int AppSettings::timeoutMs() const {
    bool ok = false;
    const int ms = m_settings->value(kTimeout, kDefaultTimeoutMs).toInt(&ok);
    return ok && ms > 0 ? ms : kDefaultTimeoutMs;
}

QString AppSettings::language() const {
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& code) {
    if (code.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, code);
}

void AppSettings::setTimeoutMs(int ms) {
    m_settings->setValue(kTimeout, ms);
}

bool AppSettings::probeSmtpAutomatically() const {
    return m_settings->value(kProbeSmtp, false).toBool();
}

void AppSettings::setProbeSmtpAutomatically(bool probe) {
    m_settings->setValue(kProbeSmtp, probe);
}

QStringList AppSettings::connectToRules() const {
    return m_settings->value(kConnectTo).toStringList();
}

void AppSettings::setConnectToRules(const QStringList& rules) {
    m_settings->setValue(kConnectTo, rules);
}

QString AppSettings::caFile() const {
    return m_settings->value(kCaFile).toString();
}

void AppSettings::setCaFile(const QString& path) {
    m_settings->setValue(kCaFile, path);
}

QString AppSettings::trustAnchorFile() const {
    return m_settings->value(kTrustAnchorFile).toString();
}

void AppSettings::setTrustAnchorFile(const QString& path) {
    m_settings->setValue(kTrustAnchorFile, path);
}

QString AppSettings::blocklistsFile() const {
    return m_settings->value(kBlocklistsFile).toString();
}

void AppSettings::setBlocklistsFile(const QString& path) {
    m_settings->setValue(kBlocklistsFile, path);
}

bool AppSettings::askEveryServer() const {
    return m_settings->value(kAskEveryServer, true).toBool();
}

void AppSettings::setAskEveryServer(bool ask) {
    m_settings->setValue(kAskEveryServer, ask);
}

bool AppSettings::checkBlocklists() const {
    return m_settings->value(kCheckBlocklists, true).toBool();
}

void AppSettings::setCheckBlocklists(bool check) {
    m_settings->setValue(kCheckBlocklists, check);
}

bool AppSettings::includeReportsInPdf() const {
    return m_settings->value(kReportsInPdf, true).toBool();
}

void AppSettings::setIncludeReportsInPdf(bool include) {
    m_settings->setValue(kReportsInPdf, include);
}

QByteArray AppSettings::seedList() const {
    return m_settings->value(kSeedList).toByteArray();
}

void AppSettings::setSeedList(const QByteArray& json) {
    m_settings->setValue(kSeedList, json);
}

QStringList AppSettings::recentDomains() const {
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::addRecentDomain(const QString& domain) {
    QStringList recent = recentDomains();
    recent.removeAll(domain);
    recent.prepend(domain);
    while (recent.size() > maxRecentDomains())
        recent.removeLast();
    m_settings->setValue(kRecent, recent);
}

bool AppSettings::historyEnabled() const {
    return m_settings->value(kHistoryEnabled, true).toBool();
}

void AppSettings::setHistoryEnabled(bool enabled) {
    m_settings->setValue(kHistoryEnabled, enabled);
}

QString AppSettings::historyPath() const {
    const QString chosen = m_settings->value(kHistoryPath).toString().trimmed();
    return chosen.isEmpty() ? defaultHistoryPath() : chosen;
}

void AppSettings::setHistoryPath(const QString& path) {
    if (path.trimmed().isEmpty() || path.trimmed() == defaultHistoryPath())
        m_settings->remove(kHistoryPath);
    else
        m_settings->setValue(kHistoryPath, path.trimmed());
}

QString AppSettings::defaultHistoryPath() const {
    if (m_portable)
        return QFileInfo(m_settings->fileName()).absolutePath() + QStringLiteral("/mailsight.sqlite");
    return HistoryDatabase::defaultPath();
}

AppSettings::HistoryStore AppSettings::historyStore() const {
    return m_settings->value(kHistoryStore).toString() == QLatin1String("postgresql") ? HistoryStore::Postgres
                                                                                      : HistoryStore::Sqlite;
}

void AppSettings::setHistoryStore(HistoryStore store) {
    if (store == HistoryStore::Postgres)
        m_settings->setValue(kHistoryStore, QStringLiteral("postgresql"));
    else
        m_settings->remove(kHistoryStore);
}

QString AppSettings::historyServerUrl() const {
    return m_settings->value(kHistoryServer).toString();
}

bool AppSettings::setHistoryServerUrl(const QString& url) {
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) {
        m_settings->remove(kHistoryServer);
        return true;
    }
    // Only what HistoryLocation accepts as a server: a URL with a password never reaches the file.
    const auto parsed = HistoryLocation::parse(trimmed, {});
    if (!parsed || !parsed->isPostgres())
        return false;
    m_settings->setValue(kHistoryServer, trimmed);
    return true;
}

bool AppSettings::historyPasswordInKeyring() const {
    return m_settings->value(kHistoryKeyring, true).toBool();
}

void AppSettings::setHistoryPasswordInKeyring(bool remember) {
    m_settings->setValue(kHistoryKeyring, remember);
}

QString AppSettings::historyLocation() const {
    const QString server = historyServerUrl();
    if (historyStore() == HistoryStore::Postgres && !server.isEmpty())
        return server;
    return historyPath();
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const {
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state) {
    m_settings->setValue(kState, state);
}

QString AppSettings::themeKey(Theme theme) {
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

std::optional<AppSettings::Theme> AppSettings::themeFromKey(const QString& key) {
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (key.compare(themeKey(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

AppSettings::Theme AppSettings::theme() const {
    return themeFromKey(m_settings->value(kTheme).toString()).value_or(Theme::System);
}

void AppSettings::setTheme(Theme theme) {
    m_settings->setValue(kTheme, themeKey(theme));
}

QByteArray AppSettings::splitterState(const QString& key) const {
    return m_settings->value(kSplitters + key).toByteArray();
}

void AppSettings::setSplitterState(const QString& key, const QByteArray& state) {
    m_settings->setValue(kSplitters + key, state);
}

QString AppSettings::currentTab() const {
    return m_settings->value(kCurrentTab).toString();
}

void AppSettings::setCurrentTab(const QString& name) {
    m_settings->setValue(kCurrentTab, name);
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

void AppSettings::sync() {
    m_settings->sync();
}
