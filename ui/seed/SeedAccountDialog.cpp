#include "SeedAccountDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SeedAccountDialog::SeedAccountDialog(const SeedListEntry& entry, const QStringList& takenNames, bool editing,
                                     bool keyringAvailable, QWidget* parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_editing(editing)
    , m_name(new QLineEdit(entry.name, this))
    , m_host(new QLineEdit(entry.host, this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_user(new QLineEdit(entry.user, this))
    , m_password(new QLineEdit(this))
    , m_address(new QLineEdit(entry.address, this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("seedAccountDialog"));
    setWindowTitle(editing ? tr("Edit seed mailbox") : tr("Add seed mailbox"));
    m_name->setObjectName(QStringLiteral("seedName"));
    m_name->setPlaceholderText(tr("gmail-1"));
    m_host->setObjectName(QStringLiteral("seedHost"));
    m_host->setPlaceholderText(tr("imap.example.net"));
    m_port->setObjectName(QStringLiteral("seedPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(entry.port);
    m_tls->setObjectName(QStringLiteral("seedTls"));
    m_tls->addItem(tr("TLS (IMAPS, usually port 993)"), int(SeedTlsMode::Implicit));
    m_tls->addItem(tr("STARTTLS (usually port 143)"), int(SeedTlsMode::StartTls));
    m_tls->setCurrentIndex(entry.tls == SeedTlsMode::StartTls ? 1 : 0);
    m_user->setObjectName(QStringLiteral("seedUser"));
    m_password->setObjectName(QStringLiteral("seedPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(editing && keyringAvailable ? tr("unchanged") : QString());
    m_address->setObjectName(QStringLiteral("seedAddress"));
    m_address->setPlaceholderText(tr("seed@example.net"));
    m_problem->setObjectName(QStringLiteral("seedProblem"));
    m_problem->setWordWrap(true);

    auto* note =
        new QLabel(keyringAvailable ? tr("The password is kept in the desktop keyring, never in Mailsight's "
                                         "settings.")
                                    : tr("No desktop keyring is available: the password is used for the next "
                                         "run only and written nowhere."),
                   this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("IMAP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Address:"), m_address);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SeedAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The usual port follows the TLS mode while the user has not chosen another one.
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_port->value() == 993 || m_port->value() == 143)
            m_port->setValue(index == 1 ? 143 : 993);
    });
}

SeedListEntry SeedAccountDialog::entry() const {
    SeedListEntry e;
    e.name = m_name->text().trimmed();
    e.host = m_host->text().trimmed();
    e.port = quint16(m_port->value());
    e.tls = SeedTlsMode(m_tls->currentData().toInt());
    e.user = m_user->text().trimmed();
    e.address = m_address->text().trimmed();
    return e;
}

QString SeedAccountDialog::password() const {
    return m_password->text();
}

QString SeedAccountDialog::problem() const {
    const SeedListEntry e = entry();
    if (e.name.isEmpty())
        return tr("Give the seed a name.");
    if (m_taken.contains(e.name))
        return tr("Another seed is already named \"%1\".").arg(e.name);
    if (e.host.isEmpty())
        return tr("Give the IMAP server's host name.");
    if (e.user.isEmpty())
        return tr("Give the user name of the mailbox.");
    if (!e.address.contains(QLatin1Char('@')))
        return tr("Give the mailbox's address (the test message goes there).");
    if (!m_editing && m_password->text().isEmpty())
        return tr("Give the mailbox's password.");
    return {};
}

void SeedAccountDialog::accept() {
    const QString p = problem();
    m_problem->setText(p);
    if (p.isEmpty())
        QDialog::accept();
}
