#pragma once
// Every setting of the desktop app, typed, over one QSettings store. Tests construct it over a
// temporary file so they never read or change the user's settings.

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

class AppSettings {
public:
    enum class ResolverMode { System, Custom, Offline };
    // The window's colours: the desktop's, or one of ours (Fusion style) for dark and high contrast.
    enum class Theme { System, Light, Dark, HighContrast };

    AppSettings();                                // the user's settings (organisation/app name)
    explicit AppSettings(const QString& iniPath); // an INI file, for tests and portable use
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    ResolverMode resolverMode() const;
    void setResolverMode(ResolverMode mode);
    // "192.0.2.53", "192.0.2.53:5353", "[2001:db8::53]:53": checked by ServerAddress::parse.
    QStringList customServers() const;
    void setCustomServers(const QStringList& servers);
    // Zone files answered from in offline mode.
    QStringList zoneFiles() const;
    void setZoneFiles(const QStringList& paths);
    int timeoutMs() const;
    void setTimeoutMs(int ms);
    // The GUI language: "" follows the system, else "en", "de", "fr" (AppLanguage). Read at
    // start-up: a change takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& code);

    // Most recent first, without duplicates, at most maxRecentDomains().
    QStringList recentDomains() const;
    void addRecentDomain(const QString& domain);
    static int maxRecentDomains() { return 25; }

    // The audit history (SQLite): every GUI audit is stored there and the History tab reads it.
    // On by default, in the same file as the CLI's --history default (the user's data folder);
    // settings over an INI file default to mailsight.sqlite beside it, so tests and portable
    // installs never touch the user's history.
    bool historyEnabled() const;
    void setHistoryEnabled(bool enabled);
    QString historyPath() const;              // the file in use: the chosen one, else defaultHistoryPath()
    void setHistoryPath(const QString& path); // empty: back to the default
    QString defaultHistoryPath() const;
    // Where the history lives (issue #19): the SQLite file above (the default) or a shared
    // PostgreSQL server, postgresql://USER@HOST:PORT/DB (HistoryLocation; never with a password:
    // setHistoryServerUrl refuses one and stores nothing). The password is typed in Settings and
    // kept in the desktop keyring when historyPasswordInKeyring(), else for the session only.
    enum class HistoryStore { Sqlite, Postgres };
    HistoryStore historyStore() const;
    void setHistoryStore(HistoryStore store);
    QString historyServerUrl() const;
    bool setHistoryServerUrl(const QString& url); // false (nothing stored): not a valid postgresql:// URL
    bool historyPasswordInKeyring() const;
    void setHistoryPasswordInKeyring(bool remember);
    // What HistoryDatabase::open takes: the server URL when the store is PostgreSQL and a URL is
    // set, else the file.
    QString historyLocation() const;

    // The Reports tab's sections (who sends as the domain) go into the exported PDF / HTML.
    bool includeReportsInPdf() const;
    void setIncludeReportsInPdf(bool include);

    // Mail transport (the Transport tab): probe STARTTLS on port 25 with every audit (off by
    // default: many networks block port 25); --connect-to rules (HOST:PORT:ADDR:PORT, one each,
    // ConnectToRule) and a PEM file of extra trust anchors (--ca-file) for HTTPS and SMTP.
    bool probeSmtpAutomatically() const;
    void setProbeSmtpAutomatically(bool probe);
    QStringList connectToRules() const;
    void setConnectToRules(const QStringList& rules);
    QString caFile() const;
    void setCaFile(const QString& path);

    // DNS trust and reputation (TrustPlan; the CLI's audit --trust-anchor, --blocklists, --no-ns,
    // --no-blocklists): a file of DS or DNSKEY records to validate DNSSEC from (empty: the zone
    // files' own keys or the system's root key), a blocklist file (empty: the built-in lists), and
    // whether every authoritative server is asked and the blocklists are looked up (both on).
    QString trustAnchorFile() const;
    void setTrustAnchorFile(const QString& path);
    QString blocklistsFile() const;
    void setBlocklistsFile(const QString& path);
    bool askEveryServer() const;
    void setAskEveryServer(bool ask);
    bool checkBlocklists() const;
    void setCheckBlocklists(bool check);

    // Monitor: domains re-audited every N hours while Mailsight runs.
    QStringList monitorDomains() const;
    void setMonitorDomains(const QStringList& domains);
    int monitorIntervalHours() const; // 1..24, default 6
    void setMonitorIntervalHours(int hours);
    bool monitorEnabled() const;
    void setMonitorEnabled(bool enabled);

    // The Deliverability tab's seed mailboxes and submission server (SeedListSettings), as JSON:
    // names, hosts, users and addresses only; passwords live in the desktop keyring.
    QByteArray seedList() const;
    void setSeedList(const QByteArray& json);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeKey(Theme theme); // "system", "light", "dark", "high-contrast"
    static std::optional<Theme> themeFromKey(const QString& key);

    // A splitter's sizes, and the tab shown last, by object name.
    QByteArray splitterState(const QString& key) const;
    void setSplitterState(const QString& key, const QByteArray& state);
    QString currentTab() const;
    void setCurrentTab(const QString& name);

    QString fileName() const;
    void sync();

    static QString resolverModeKey(ResolverMode mode); // "system", "custom", "offline"

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_portable = false; // over an INI file
};
