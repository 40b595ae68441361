#include "DkimKeyMatchDialog.h"

#include "DkimSelectorModel.h"
#include "dkim/DkimKeyMatcher.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

DkimKeyMatchDialog::DkimKeyMatchDialog(const DkimSelectorResult& published, QWidget* parent)
    : QDialog(parent)
    , m_published(published) {
    setWindowTitle(tr("Does my private key match %1?").arg(published.name));
    auto* intro =
        new QLabel(tr("Choose the private key file your signer uses (PEM or DER, PKCS#1 or PKCS#8, RSA or "
                      "Ed25519). It is read in memory only and compared with the key published at "
                      "<b>%1</b>; it is never stored, copied or shown.")
                       .arg(published.name.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    auto* browse = new QPushButton(tr("Choose private key…"), this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("matchResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, 240);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Private key"));
        if (!path.isEmpty())
            matchFile(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DkimKeyMatchDialog::matchFile(const QString& path) {
    m_path->setText(path);
    // Local work of a few milliseconds (no DNS: the published record is already here).
    auto key = DkimKeyMatcher::readPrivateKeyFile(path);
    QString text;
    std::optional<Severity> severity;
    if (!key) {
        text = tr("<b>Cannot read the key:</b> %1").arg(key.error().toHtmlEscaped());
        severity = Severity::Warning;
    } else {
        const DkimKeyMatch m = DkimKeyMatcher::match(key->get(), m_published.record);
        key->reset();
        const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
        text =
            (m.matches ? tr("<b>MATCH</b> — %1") : tr("<b>MISMATCH</b> — %1")).arg(m.reason.toHtmlEscaped()) +
            tr("<br/>Private key (public half): <span style='font-family:%1'>%2</span>")
                .arg(mono, m.privateKey.fingerprint) +
            tr("<br/>Published key: <span style='font-family:%1'>%2</span>")
                .arg(mono, m.publishedKey.fingerprint);
        severity = m.matches ? std::nullopt : std::optional<Severity>(Severity::Error);
    }
    m_result->setText(text);
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, DkimSelectorModel::severityColour(severity));
    m_result->setPalette(p);
}

QString DkimKeyMatchDialog::verdict() const {
    return m_result->text();
}
