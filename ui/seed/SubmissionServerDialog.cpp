#include "SubmissionServerDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SubmissionServerDialog::SubmissionServerDialog(const SeedSubmissionEntry& entry, bool keyringAvailable,
                                               QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(entry.host, this))
    , m_port(new QSpinBox(this))
    , m_tls(new QComboBox(this))
    , m_user(new QLineEdit(entry.user, this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(entry.from, this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("submissionServerDialog"));
    setWindowTitle(tr("Submission server"));
    m_host->setObjectName(QStringLiteral("submissionHost"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setObjectName(QStringLiteral("submissionPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(entry.port);
    m_tls->setObjectName(QStringLiteral("submissionTls"));
    m_tls->addItem(tr("STARTTLS (usually port 587)"), int(SeedTlsMode::StartTls));
    m_tls->addItem(tr("TLS (usually port 465)"), int(SeedTlsMode::Implicit));
    m_tls->setCurrentIndex(entry.tls == SeedTlsMode::Implicit ? 1 : 0);
    m_user->setObjectName(QStringLiteral("submissionUser"));
    m_password->setObjectName(QStringLiteral("submissionPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(keyringAvailable && entry.configured() ? tr("unchanged") : QString());
    m_from->setObjectName(QStringLiteral("submissionFrom"));
    m_from->setPlaceholderText(tr("postmaster@your-domain.example"));
    m_problem->setWordWrap(true);

    auto* note = new QLabel(tr("The test message goes out through your own server, from an address of the "
                               "audited domain, so that the seeds judge your real setup.") +
                                QLatin1Char(' ') +
                                (keyringAvailable ? tr("The password is kept in the desktop keyring.")
                                                  : tr("No desktop keyring is available: the password is "
                                                       "used for the next run only.")),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From:"), m_from);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmissionServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_port->value() == 587 || m_port->value() == 465)
            m_port->setValue(index == 1 ? 465 : 587);
    });
}

SeedSubmissionEntry SubmissionServerDialog::entry() const {
    SeedSubmissionEntry e;
    e.host = m_host->text().trimmed();
    e.port = quint16(m_port->value());
    e.tls = SeedTlsMode(m_tls->currentData().toInt());
    e.user = m_user->text().trimmed();
    e.from = m_from->text().trimmed();
    return e;
}

QString SubmissionServerDialog::password() const {
    return m_password->text();
}

QString SubmissionServerDialog::problem() const {
    const SeedSubmissionEntry e = entry();
    if (e.host.isEmpty())
        return tr("Give the submission server's host name.");
    if (e.user.isEmpty())
        return tr("Give the user name for the submission server.");
    if (!e.from.contains(QLatin1Char('@')))
        return tr("Give the From address (an address of the audited domain).");
    return {};
}

void SubmissionServerDialog::accept() {
    const QString p = problem();
    m_problem->setText(p);
    if (p.isEmpty())
        QDialog::accept();
}
