#include "DkimKeyGenDialog.h"

#include "dns/DnsName.h"
#include "dns/DnsSession.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

DkimKeyGenDialog::DkimKeyGenDialog(const QString& domain, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Generate a new DKIM key"));
    m_domain = new QLineEdit(domain, this);
    m_domain->setObjectName(QStringLiteral("keygenDomain"));
    m_selector = new QLineEdit(QDate::currentDate().toString(QStringLiteral("yyyyMM")), this);
    m_selector->setObjectName(QStringLiteral("keygenSelector"));
    m_type = new QComboBox(this);
    m_type->addItem(tr("RSA 2048 bits (recommended)"), QStringLiteral("rsa2048"));
    m_type->addItem(tr("RSA 3072 bits"), QStringLiteral("rsa3072"));
    m_type->addItem(tr("RSA 4096 bits"), QStringLiteral("rsa4096"));
    m_type->addItem(tr("Ed25519 (add an RSA key too)"), QStringLiteral("ed25519"));
    m_folder = new QLineEdit(QDir::homePath(), this);
    m_folder->setObjectName(QStringLiteral("keygenFolder"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_generate = new QPushButton(tr("Generate"), this);
    m_generate->setDefault(true);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("keygenOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(
        tr("The record to publish and the rotation plan appear here. The private key is "
           "written to the folder with permissions 0600 and never shown."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("New selector:"), m_selector);
    form->addRow(tr("Key type:"), m_type);
    form->addRow(tr("Private key folder:"), folderRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generate, 0, Qt::AlignRight);
    layout->addWidget(m_output, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the private key"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_generate, &QPushButton::clicked, this, &DkimKeyGenDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DkimKeyGenDialog::generate() {
    const auto domain = DnsName::fromUserInput(m_domain->text().trimmed());
    const QString selector = m_selector->text().trimmed();
    if (!domain || selector.isEmpty() ||
        !DnsName::fromWire(selector + QStringLiteral("._domainkey.") + domain->ace())) {
        m_output->setPlainText(tr("Enter a valid domain and selector."));
        return;
    }
    const auto type = DkimKeyGenerator::typeFromName(m_type->currentData().toString());
    const QString folder = m_folder->text();
    const QString ace = domain->ace();
    m_generate->setEnabled(false);
    m_output->setPlainText(tr("Generating…"));
    using Result = std::expected<DkimGeneratedKey, QString>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_generate->setEnabled(true);
        const Result r = watcher->result();
        if (!r) {
            m_output->setPlainText(tr("Generation failed: %1").arg(r.error()));
        } else {
            QString text = tr("Private key written to %1 (mode 0600).\nKey: %2 %3 bits, %4\n\n")
                               .arg(r->privateKeyPath, r->key.keyType)
                               .arg(r->key.bits)
                               .arg(r->key.fingerprint);
            text += tr("BIND zone line:\n%1\n\nTerraform:\n%2\nRotation plan:\n%3\n")
                        .arg(r->zoneLine, r->terraform, r->rotationPlan.join(QLatin1Char('\n')));
            m_output->setPlainText(text);
        }
        Q_EMIT generated();
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [ace, selector, type, folder] {
        return DkimKeyGenerator::generate(ace, selector, *type, folder);
    }));
}

QString DkimKeyGenDialog::output() const {
    return m_output->toPlainText();
}
