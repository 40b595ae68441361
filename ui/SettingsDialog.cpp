#include "SettingsDialog.h"

#include "AppSettings.h"
#include "AppTheme.h"
#include "HistoryStoreBox.h"
#include "blocklist/BlocklistFileParser.h"
#include "dns/LdnsResolver.h"
#include "dnssec/TrustAnchorFile.h"
#include "i18n/AppLanguage.h"
#include "net/ConnectToRule.h"
#include "net/NetOptions.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_system(new QRadioButton(tr("&System resolver"), this))
    , m_custom(new QRadioButton(tr("C&ustom DNS servers"), this))
    , m_offline(new QRadioButton(tr("&Offline: answer only from zone files"), this))
    , m_servers(new QPlainTextEdit(this))
    , m_serverError(new QLabel(this))
    , m_zoneFiles(new QListWidget(this))
    , m_addZone(new QPushButton(tr("&Add zone files…"), this))
    , m_removeZone(new QPushButton(tr("&Remove"), this))
    , m_timeout(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(tr("The new language is used from the next start of Mailsight."), this))
    , m_probeSmtp(new QCheckBox(tr("&Probe SMTP automatically (port 25 STARTTLS)"), this))
    , m_connectTo(new QPlainTextEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_caBrowse(new QPushButton(tr("Bro&wse…"), this))
    , m_netError(new QLabel(this))
    , m_trustAnchor(new QLineEdit(this))
    , m_trustBrowse(new QPushButton(tr("Brows&e…"), this))
    , m_blocklists(new QLineEdit(this))
    , m_blocklistsBrowse(new QPushButton(tr("Browse…"), this))
    , m_askEveryServer(new QCheckBox(tr("Ask e&very authoritative server"), this))
    , m_checkBlocklists(new QCheckBox(tr("Check blockl&ists"), this))
    , m_trustError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    QStringList system;
    for (const ServerAddress& s : LdnsResolver::systemServers())
        system << s.toString();
    auto* systemInfo =
        new QLabel(system.isEmpty() ? tr("/etc/resolv.conf lists no server.")
                                    : tr("From /etc/resolv.conf: %1").arg(system.join(QStringLiteral(", "))),
                   this);
    systemInfo->setWordWrap(true);
    systemInfo->setIndent(24);

    m_servers->setObjectName(QStringLiteral("customServers"));
    m_servers->setAccessibleName(tr("Custom DNS servers"));
    m_servers->setPlaceholderText(tr("One per line: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53"));
    m_servers->setTabChangesFocus(true);
    m_servers->setMaximumHeight(90);
    m_servers->setPlainText(settings.customServers().join(QLatin1Char('\n')));
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_serverError->setWordWrap(true);
    m_serverError->setVisible(false);

    m_zoneFiles->setObjectName(QStringLiteral("zoneFiles"));
    m_zoneFiles->setAccessibleName(tr("Zone files to answer from"));
    m_zoneFiles->addItems(settings.zoneFiles());
    m_zoneFiles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_zoneFiles->setMaximumHeight(110);

    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(200, 60000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(settings.timeoutMs());
    m_timeout->setToolTip(
        tr("How long to wait for each server's answer before trying again or reporting a timeout"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System (%1)").arg(AppLanguage::nativeName(AppLanguage::resolve({}))), QString());
    for (const QString& code : AppLanguage::available())
        m_language->addItem(AppLanguage::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    auto* group = new QButtonGroup(this);
    group->addButton(m_system);
    group->addButton(m_custom);
    group->addButton(m_offline);
    switch (settings.resolverMode()) {
    case AppSettings::ResolverMode::System:
        m_system->setChecked(true);
        break;
    case AppSettings::ResolverMode::Custom:
        m_custom->setChecked(true);
        break;
    case AppSettings::ResolverMode::Offline:
        m_offline->setChecked(true);
        break;
    }

    auto* zoneButtons = new QHBoxLayout;
    zoneButtons->addWidget(m_addZone);
    zoneButtons->addWidget(m_removeZone);
    zoneButtons->addStretch(1);

    auto* source = new QGroupBox(tr("Where answers come from"), this);
    auto* sourceLayout = new QVBoxLayout(source);
    sourceLayout->addWidget(m_system);
    sourceLayout->addWidget(systemInfo);
    sourceLayout->addWidget(m_custom);
    sourceLayout->addWidget(m_servers);
    sourceLayout->addWidget(m_serverError);
    sourceLayout->addWidget(m_offline);
    sourceLayout->addWidget(m_zoneFiles);
    sourceLayout->addLayout(zoneButtons);

    // After the resolver's group: tests and screen readers find its radio buttons first.
    m_history = new HistoryStoreBox(settings, this);

    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setToolTip(tr("Dark and High contrast keep severity readable: icon and word as well as colour"));
    for (auto theme : {AppSettings::Theme::System, AppSettings::Theme::Light, AppSettings::Theme::Dark,
                       AppSettings::Theme::HighContrast})
        m_theme->addItem(AppTheme::displayName(theme), int(theme));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Timeout per query:"), m_timeout);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);

    m_probeSmtp->setObjectName(QStringLiteral("probeSmtp"));
    m_probeSmtp->setToolTip(
        tr("Off by default: many networks block outgoing port 25, and a blocked port says "
           "nothing about the MX host. The Transport tab's Probe SMTP button works either way."));
    m_probeSmtp->setChecked(settings.probeSmtpAutomatically());
    m_connectTo->setObjectName(QStringLiteral("connectToRules"));
    m_connectTo->setAccessibleName(tr("Connect-to rules"));
    m_connectTo->setPlaceholderText(
        tr("One per line, like curl's --connect-to: mta-sts.example.com:443:192.0.2.10:8443"));
    m_connectTo->setTabChangesFocus(true);
    m_connectTo->setMaximumHeight(70);
    m_connectTo->setPlainText(settings.connectToRules().join(QLatin1Char('\n')));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setText(QDir::toNativeSeparators(settings.caFile()));
    m_caFile->setPlaceholderText(tr("The system's certificate authorities only"));
    m_caFile->setClearButtonEnabled(true);
    m_caFile->setToolTip(
        tr("A PEM file of certificate authorities trusted in addition to the system's (a private PKI)"));
    m_netError->setObjectName(QStringLiteral("netError"));
    m_netError->setWordWrap(true);
    m_netError->setVisible(false);
    auto* transport = new QGroupBox(tr("Mail transport (MTA-STS, STARTTLS)"), this);
    auto* transportLayout = new QVBoxLayout(transport);
    transportLayout->addWidget(m_probeSmtp);
    auto* connectLabel = new QLabel(tr("Co&nnect-to rules:"), transport);
    connectLabel->setBuddy(m_connectTo);
    transportLayout->addWidget(connectLabel);
    transportLayout->addWidget(m_connectTo);
    auto* caRow = new QHBoxLayout;
    auto* caLabel = new QLabel(tr("E&xtra CA file:"), transport);
    caLabel->setBuddy(m_caFile);
    caRow->addWidget(caLabel);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    transportLayout->addLayout(caRow);
    transportLayout->addWidget(m_netError);

    // DNS trust and reputation: the CLI audit's --trust-anchor, --blocklists, --no-ns and
    // --no-blocklists (TrustPlan).
    m_trustAnchor->setObjectName(QStringLiteral("trustAnchorFile"));
    m_trustAnchor->setText(QDir::toNativeSeparators(settings.trustAnchorFile()));
    m_trustAnchor->setPlaceholderText(
        tr("The system's root key: %1").arg(QDir::toNativeSeparators(TrustAnchorSet::defaultPath())));
    m_trustAnchor->setClearButtonEnabled(true);
    // Wide enough for the default path in the placeholder (the right column follows).
    m_trustAnchor->setMinimumWidth(
        m_trustAnchor->fontMetrics().horizontalAdvance(m_trustAnchor->placeholderText()) + 48);
    m_trustAnchor->setToolTip(tr("DS or DNSKEY records to validate DNSSEC from (a private root or a test "
                                 "tree); empty: the system's root key, or offline the zone files' own keys"));
    m_trustBrowse->setObjectName(QStringLiteral("trustAnchorBrowse"));
    m_trustBrowse->setAccessibleName(tr("Browse for the trust anchor file"));
    m_blocklists->setObjectName(QStringLiteral("blocklistsFile"));
    m_blocklists->setText(QDir::toNativeSeparators(settings.blocklistsFile()));
    m_blocklists->setPlaceholderText(tr("The built-in lists"));
    m_blocklists->setClearButtonEnabled(true);
    m_blocklists->setToolTip(
        tr("Your own set of DNS blocklists, one [zone] section each (docs/blocklists.md; "
           "`mailsight-cli blocklists --print-defaults` writes the built-in ones)"));
    m_blocklistsBrowse->setObjectName(QStringLiteral("blocklistsBrowse"));
    m_blocklistsBrowse->setAccessibleName(tr("Browse for the blocklists file"));
    m_askEveryServer->setObjectName(QStringLiteral("askEveryServer"));
    m_askEveryServer->setToolTip(tr("Asks each of the domain's name servers directly on port 53, which "
                                    "some networks block"));
    m_askEveryServer->setChecked(settings.askEveryServer());
    m_checkBlocklists->setObjectName(QStringLiteral("checkBlocklists"));
    m_checkBlocklists->setChecked(settings.checkBlocklists());
    auto* blocklistNote = new QLabel(tr("Looks up the MX and SPF addresses and the domain. Some lists "
                                        "forbid queries through public resolvers (8.8.8.8, 1.1.1.1) "
                                        "and answer those with an error code."),
                                     this);
    blocklistNote->setObjectName(QStringLiteral("blocklistNote"));
    blocklistNote->setWordWrap(true);
    blocklistNote->setIndent(24);
    m_trustError->setObjectName(QStringLiteral("trustError"));
    m_trustError->setWordWrap(true);
    m_trustError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustError->setVisible(false);
    auto* trust = new QGroupBox(tr("DNS trust and reputation"), this);
    auto* trustLayout = new QGridLayout(trust);
    auto* anchorLabel = new QLabel(tr("Trust anchor &file:"), trust);
    anchorLabel->setBuddy(m_trustAnchor);
    trustLayout->addWidget(anchorLabel, 0, 0);
    trustLayout->addWidget(m_trustAnchor, 0, 1);
    trustLayout->addWidget(m_trustBrowse, 0, 2);
    trustLayout->addWidget(m_askEveryServer, 1, 0, 1, 3);
    trustLayout->addWidget(m_checkBlocklists, 2, 0, 1, 3);
    trustLayout->addWidget(blocklistNote, 3, 0, 1, 3);
    auto* blocklistsLabel = new QLabel(tr("Custo&m blocklists:"), trust);
    blocklistsLabel->setBuddy(m_blocklists);
    trustLayout->addWidget(blocklistsLabel, 4, 0);
    trustLayout->addWidget(m_blocklists, 4, 1);
    trustLayout->addWidget(m_blocklistsBrowse, 4, 2);
    trustLayout->addWidget(m_trustError, 5, 0, 1, 3);
    trustLayout->setColumnStretch(1, 1);

    // Two columns: where answers come from and how the app looks and keeps them; how the checks
    // connect and whom they trust. One column would not fit a 768-pixel screen.
    auto* left = new QVBoxLayout;
    left->addWidget(source);
    left->addLayout(form);
    left->addWidget(m_history);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(transport);
    right->addWidget(trust);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &SettingsDialog::updateState);
    connect(m_servers, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_zoneFiles, &QListWidget::itemSelectionChanged, this, &SettingsDialog::updateState);
    connect(m_history, &HistoryStoreBox::changed, this, &SettingsDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, initial = settings.language()] {
        m_restartNote->setVisible(m_language->currentData().toString() != initial);
    });
    connect(m_connectTo, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_caFile, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Extra certificate authorities"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(path));
    });
    connect(m_trustAnchor, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_blocklists, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_checkBlocklists, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_trustBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("DNSSEC trust anchor"), m_trustAnchor->text(),
            tr("Trust anchors, DS or DNSKEY records (*.key *.ds *.anchor);;All files (*)"));
        if (!path.isEmpty())
            m_trustAnchor->setText(QDir::toNativeSeparators(path));
    });
    connect(m_blocklistsBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Blocklists"), m_blocklists->text(),
                                         tr("Blocklist files (*.conf *.ini *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_blocklists->setText(QDir::toNativeSeparators(path));
    });
    connect(m_addZone, &QPushButton::clicked, this, &SettingsDialog::addZoneFiles);
    connect(m_removeZone, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_zoneFiles->selectedItems());
        updateState();
    });
    // Tab follows the left column down, then the right one.
    QWidget* previous = m_language;
    for (QWidget* next : m_history->focusChain()) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_probeSmtp);
    updateState();
    resize(std::max(900, sizeHint().width()), sizeHint().height());
}

QStringList SettingsDialog::serverLines() const {
    QStringList lines;
    for (const QString& line : m_servers->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines << t;
    }
    return lines;
}

QStringList SettingsDialog::connectToLines() const {
    QStringList lines;
    for (const QString& line : m_connectTo->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines << t;
    }
    return lines;
}

void SettingsDialog::updateState() {
    m_servers->setEnabled(m_custom->isChecked());
    m_zoneFiles->setEnabled(m_offline->isChecked());
    m_addZone->setEnabled(m_offline->isChecked());
    m_removeZone->setEnabled(m_offline->isChecked() && !m_zoneFiles->selectedItems().isEmpty());

    QString error;
    if (m_custom->isChecked()) {
        const QStringList lines = serverLines();
        if (lines.isEmpty())
            error = tr("Enter at least one server address.");
        for (const QString& line : lines) {
            if (auto parsed = ServerAddress::parse(line); !parsed) {
                error = tr("\"%1\": %2").arg(line, parsed.error());
                break;
            }
        }
    } else if (m_offline->isChecked() && m_zoneFiles->count() == 0) {
        error = tr("Add at least one zone file to answer from.");
    }
    m_serverError->setText(QStringLiteral("⚠ ") + error);
    m_serverError->setVisible(!error.isEmpty());

    QString netError;
    for (const QString& line : connectToLines()) {
        if (auto rule = ConnectToRule::parse(line); !rule) {
            netError = tr("\"%1\": %2").arg(line, rule.error());
            break;
        }
    }
    const QString ca = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (netError.isEmpty() && !ca.isEmpty()) {
        if (auto read = NetOptions::readCaFile(ca); !read)
            netError = read.error();
    }
    m_netError->setText(QStringLiteral("⚠ ") + netError);
    m_netError->setVisible(!netError.isEmpty());
    m_blocklists->setEnabled(m_checkBlocklists->isChecked());
    m_blocklistsBrowse->setEnabled(m_checkBlocklists->isChecked());
    const QString trust = trustError();
    m_trustError->setText(QStringLiteral("⚠ ") + trust);
    m_trustError->setVisible(!trust.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(error.isEmpty() && netError.isEmpty() && trust.isEmpty() &&
                     m_history->error().isEmpty());
}

QString SettingsDialog::trustError() const {
    // The messages of the CLI's --trust-anchor and --blocklists: the file, and for a blocklist
    // file the line ("lists.conf:7: …"). A blocklist file is not read when no list is asked.
    const QString anchor = QDir::fromNativeSeparators(m_trustAnchor->text().trimmed());
    if (!anchor.isEmpty())
        if (auto read = TrustAnchorFile::read(anchor); !read)
            return read.error();
    const QString lists = QDir::fromNativeSeparators(m_blocklists->text().trimmed());
    if (m_checkBlocklists->isChecked() && !lists.isEmpty())
        if (auto read = BlocklistFileParser::load(lists); !read)
            return read.error();
    return {};
}

void SettingsDialog::addZoneFiles() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Zone files to answer from"), QString(),
                                      tr("Zone files (*.zone *.db *.txt);;All files (*)"));
    for (const QString& p : paths) {
        if (m_zoneFiles->findItems(p, Qt::MatchExactly).isEmpty())
            m_zoneFiles->addItem(p);
    }
    updateState();
}

void SettingsDialog::accept() {
    updateState(); // a file may have changed since it was typed: read it again
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_system->isChecked())
        m_settings.setResolverMode(AppSettings::ResolverMode::System);
    else if (m_custom->isChecked())
        m_settings.setResolverMode(AppSettings::ResolverMode::Custom);
    else
        m_settings.setResolverMode(AppSettings::ResolverMode::Offline);
    m_settings.setCustomServers(serverLines());
    QStringList zones;
    for (int i = 0; i < m_zoneFiles->count(); ++i)
        zones << m_zoneFiles->item(i)->text();
    m_settings.setZoneFiles(zones);
    m_settings.setTimeoutMs(m_timeout->value());
    m_settings.setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    m_history->save();
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setProbeSmtpAutomatically(m_probeSmtp->isChecked());
    m_settings.setConnectToRules(connectToLines());
    m_settings.setCaFile(QDir::fromNativeSeparators(m_caFile->text().trimmed()));
    m_settings.setTrustAnchorFile(QDir::fromNativeSeparators(m_trustAnchor->text().trimmed()));
    m_settings.setBlocklistsFile(QDir::fromNativeSeparators(m_blocklists->text().trimmed()));
    m_settings.setAskEveryServer(m_askEveryServer->isChecked());
    m_settings.setCheckBlocklists(m_checkBlocklists->isChecked());
    m_settings.sync();
    QDialog::accept();
}
