#include "HistoryStoreBox.h"

#include "AppSettings.h"
#include "HistoryConnectionCheck.h"
#include "HistoryCredentials.h"
#include "history/HistoryDatabase.h"
#include "seed/SeedCredentialStore.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

struct HistoryStoreBox::TestResult {
    quint64 generation = 0;
    HistoryConnectionCheck::Outcome outcome;
};

namespace {
std::optional<HistoryLocation> serverOf(const QString& url) {
    auto parsed = HistoryLocation::parse(url, {});
    if (!parsed || !parsed->isPostgres())
        return std::nullopt;
    return *parsed;
}
} // namespace

HistoryStoreBox::HistoryStoreBox(AppSettings& settings, QWidget* parent)
    : QGroupBox(tr("Audit history"), parent)
    , m_settings(settings)
    , m_keyring(HistoryCredentials::keyring())
    , m_enabled(new QCheckBox(tr("&Keep every audit in the history"), this))
    , m_sqlite(new QRadioButton(tr("S&QLite file on this computer"), this))
    , m_postgres(new QRadioButton(tr("Shared Post&greSQL server (with the team and the CLI)"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the desktop ke&yring"), this))
    , m_test(new QPushButton(tr("Test &connection"), this))
    , m_testStatus(new QLabel(this))
    , m_keyringNotice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_watcher(new QFutureWatcher<TestResult>(this)) {
    setObjectName(QStringLiteral("historyStore"));
    m_enabled->setObjectName(QStringLiteral("historyEnabled"));
    m_enabled->setToolTip(tr("Stored audits feed the History tab and the Overview's \"since the last "
                             "audit\"; the CLI's --history uses the same file by default"));
    m_enabled->setChecked(settings.historyEnabled());
    m_sqlite->setObjectName(QStringLiteral("historySqlite"));
    m_postgres->setObjectName(QStringLiteral("historyPostgres"));
    const bool postgres = settings.historyStore() == AppSettings::HistoryStore::Postgres;
    (postgres ? m_postgres : m_sqlite)->setChecked(true);

    m_path->setObjectName(QStringLiteral("historyPath"));
    m_path->setText(QDir::toNativeSeparators(settings.historyPath()));
    m_path->setPlaceholderText(QDir::toNativeSeparators(settings.defaultHistoryPath()));
    m_path->setClearButtonEnabled(true);
    // Wide enough to read the whole default path (the dialog grows up to a limit).
    m_path->setMinimumWidth(std::min(560, m_path->fontMetrics().horizontalAdvance(m_path->text()) + 48));
    m_path->setToolTip(tr("The SQLite database of the audit history; empty: the default"));
    m_browse->setObjectName(QStringLiteral("historyBrowse"));
    m_browse->setAccessibleName(tr("Browse for the history database file"));

    m_url->setObjectName(QStringLiteral("historyServerUrl"));
    m_url->setText(settings.historyServerUrl());
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/mailsight"));
    m_url->setClearButtonEnabled(true);
    m_url->setToolTip(tr("The CLI's --database URL: postgresql://USER@HOST:PORT/DB, with sslmode=… and "
                         "connect_timeout=… allowed after a ?; never the password"));
    // A server URL typed into the file field before there was a server choice moves to its place.
    if (settings.historyStore() == AppSettings::HistoryStore::Sqlite && serverOf(settings.historyPath())) {
        m_url->setText(settings.historyPath());
        m_path->clear();
        m_postgres->setChecked(true);
    }
    m_password->setObjectName(QStringLiteral("historyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: libpq's PGPASSFILE or ~/.pgpass"));
    m_password->setAccessibleName(tr("PostgreSQL password"));
    if (const auto server = serverOf(settings.historyServerUrl()))
        if (const auto known = HistoryCredentials::sessionPassword(*server))
            m_password->setText(*known);
    m_remember->setObjectName(QStringLiteral("historyRemember"));
    m_remember->setChecked(settings.historyPasswordInKeyring());
    m_test->setObjectName(QStringLiteral("historyTest"));
    m_testStatus->setObjectName(QStringLiteral("historyTestStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextFormat(Qt::PlainText);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testStatus->setVisible(false);
    m_keyringNotice->setObjectName(QStringLiteral("historyKeyringNotice"));
    m_keyringNotice->setWordWrap(true);
    m_keyringNotice->setVisible(false);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);

    auto* grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 16);
    grid->addWidget(m_sqlite, 0, 0, 1, 4);
    auto* pathLabel = new QLabel(tr("&Database:"), this);
    pathLabel->setBuddy(m_path);
    grid->addWidget(pathLabel, 1, 1);
    grid->addWidget(m_path, 1, 2);
    grid->addWidget(m_browse, 1, 3);
    grid->addWidget(m_postgres, 2, 0, 1, 4);
    // No letter of their own: the dialog's letters are all taken (test_trustsettings); the fields
    // follow the PostgreSQL choice (Alt+G) in the tab order.
    auto* urlLabel = new QLabel(tr("Server URL:"), this);
    urlLabel->setBuddy(m_url);
    grid->addWidget(urlLabel, 3, 1);
    grid->addWidget(m_url, 3, 2, 1, 2);
    auto* passwordLabel = new QLabel(tr("Password:"), this);
    passwordLabel->setBuddy(m_password);
    grid->addWidget(passwordLabel, 4, 1);
    grid->addWidget(m_password, 4, 2, 1, 2);
    grid->addWidget(m_remember, 5, 2, 1, 2);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    grid->addLayout(testRow, 6, 2, 1, 2);
    grid->addWidget(m_testStatus, 7, 2, 1, 2);
    grid->addWidget(m_keyringNotice, 8, 2, 1, 2);
    grid->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    auto* demoNote = new QLabel(tr("The demo keeps its own temporary history."), this);
    demoNote->setWordWrap(true);
    layout->addWidget(demoNote);

    connect(m_enabled, &QCheckBox::toggled, this, &HistoryStoreBox::updateState);
    connect(m_sqlite, &QRadioButton::toggled, this, &HistoryStoreBox::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &HistoryStoreBox::updateState);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        ++m_testGeneration; // a test of the URL before is not one of this URL
        m_testStatus->setVisible(false);
        updateState();
    });
    connect(m_url, &QLineEdit::editingFinished, this, &HistoryStoreBox::readKeyring);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    connect(m_test, &QPushButton::clicked, this, &HistoryStoreBox::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("History database"), m_path->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const TestResult result = m_watcher->result();
        m_test->setEnabled(true);
        updateState();
        if (result.generation != m_testGeneration)
            return; // the URL was edited meanwhile
        const bool ok = result.outcome.kind == HistoryConnectionCheck::Kind::Connected;
        m_testStatus->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + result.outcome.message);
        m_testStatus->setVisible(true);
        Q_EMIT tested();
    });
    updateState();
    readKeyring();
}

HistoryStoreBox::~HistoryStoreBox() = default;

QList<QWidget*> HistoryStoreBox::focusChain() const {
    return {m_enabled, m_sqlite, m_path, m_browse, m_postgres, m_url, m_password, m_remember, m_test};
}

bool HistoryStoreBox::isTesting() const {
    return m_watcher->isRunning();
}

void HistoryStoreBox::readKeyring() {
    // Asks whether there is a keyring at all, and for this server's password when the field is
    // still as it was opened. No Secret Service (CI, Xvfb) is said plainly.
    const auto server = serverOf(m_url->text());
    const QString key =
        server ? HistoryCredentials::keyringKey(*server) : QStringLiteral("availability-check");
    QPointer<HistoryStoreBox> guard(this);
    m_keyring->read(key, [guard, fill = server.has_value()](const SeedCredentialStore::Reply& reply) {
        if (!guard)
            return;
        if (reply.status == SeedCredentialStore::Status::Ok && fill && !guard->m_passwordEdited &&
            guard->m_password->text().isEmpty())
            guard->m_password->setText(reply.secret);
        if (reply.status == SeedCredentialStore::Status::Unavailable ||
            reply.status == SeedCredentialStore::Status::Failed)
            guard->setKeyringAvailable(false, reply.error);
    });
}

void HistoryStoreBox::setKeyringAvailable(bool available, const QString& why) {
    m_keyringAvailable = available;
    m_keyringNotice->setText(
        tr("No desktop keyring is available: the password is kept for this session only.") +
        (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
    m_keyringNotice->setVisible(!available);
    updateState();
}

QString HistoryStoreBox::error() const {
    if (!m_enabled->isChecked())
        return {};
    if (m_sqlite->isChecked()) {
        const auto parsed =
            HistoryLocation::parse(QDir::fromNativeSeparators(m_path->text()), QStringLiteral("x"));
        if (!parsed)
            return parsed.error();
        if (parsed->isPostgres())
            return tr("This is a server's URL, not a file: choose PostgreSQL server and enter it there.");
        return {};
    }
    const QString url = m_url->text().trimmed();
    if (url.isEmpty())
        return tr("Enter the server's URL: postgresql://USER@HOST:PORT/DB.");
    const auto parsed = HistoryLocation::parse(url, {});
    if (!parsed)
        return parsed.error();
    if (!parsed->isPostgres())
        return tr("Enter a postgresql:// URL here; an SQLite file goes in the Database field above.");
    return {};
}

void HistoryStoreBox::updateState() {
    const bool on = m_enabled->isChecked();
    const bool postgres = m_postgres->isChecked();
    m_sqlite->setEnabled(on);
    m_postgres->setEnabled(on);
    m_path->setEnabled(on && !postgres);
    m_browse->setEnabled(on && !postgres);
    m_url->setEnabled(on && postgres);
    m_password->setEnabled(on && postgres);
    m_remember->setEnabled(on && postgres && m_keyringAvailable);
    if (!m_keyringAvailable)
        m_remember->setChecked(false);
    const QString problem = error();
    m_test->setEnabled(on && postgres && problem.isEmpty() && !isTesting());
    m_error->setText(QStringLiteral("⚠ ") + problem);
    m_error->setVisible(!problem.isEmpty());
    Q_EMIT changed();
}

void HistoryStoreBox::testConnection() {
    if (!error().isEmpty() || isTesting())
        return;
    const QString url = m_url->text().trimmed();
    const auto server = serverOf(url);
    if (!server)
        return;
    const QString typed = m_password->text();
    const std::optional<QString> password = typed.isEmpty() ? std::nullopt : std::optional(typed);
    const quint64 generation = ++m_testGeneration;
    m_test->setEnabled(false);
    m_testStatus->setText(tr("Connecting to %1…").arg(server->display()));
    m_testStatus->setVisible(true);
    // Off the UI thread: a server that does not answer takes the whole connect timeout.
    m_watcher->setFuture(QtConcurrent::run([url, password, generation] {
        return TestResult{generation, HistoryConnectionCheck::run(url, password)};
    }));
}

void HistoryStoreBox::save() {
    m_settings.setHistoryEnabled(m_enabled->isChecked());
    m_settings.setHistoryStore(m_postgres->isChecked() ? AppSettings::HistoryStore::Postgres
                                                       : AppSettings::HistoryStore::Sqlite);
    m_settings.setHistoryPath(QDir::fromNativeSeparators(m_path->text()));
    const QString url = m_url->text().trimmed();
    const auto server = serverOf(url);
    if (url.isEmpty() || server)
        m_settings.setHistoryServerUrl(url);
    if (m_keyringAvailable)
        m_settings.setHistoryPasswordInKeyring(m_remember->isChecked());
    if (!server)
        return;
    // The session's password at once (this session's opens); the keyring's for the next start.
    const QString password = m_password->text();
    HistoryCredentials::setSessionPassword(*server, password);
    if (!m_keyringAvailable)
        return;
    const QString key = HistoryCredentials::keyringKey(*server);
    if (m_remember->isChecked() && !password.isEmpty())
        m_keyring->write(key, password, {});
    else
        m_keyring->remove(key, {});
}
