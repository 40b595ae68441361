#include "DomainBar.h"

#include "AppTheme.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

DomainBar::DomainBar(QWidget* parent)
    : QWidget(parent) {
    auto* domainLabel = new QLabel(tr("&Domain:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("domainEdit"));
    m_edit->setAccessibleName(tr("Domain to audit"));
    m_edit->setPlaceholderText(tr("example.com, bücher.example, …"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("The domain to audit (Ctrl+L). Enter starts the audit."));
    domainLabel->setBuddy(m_edit);

    m_completions = new QStringListModel(this);
    auto* completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);

    m_auditButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Audit"), this);
    m_auditButton->setObjectName(QStringLiteral("auditButton"));
    m_auditButton->setToolTip(tr("Read the domain's records and check them (Enter)"));
    m_cancelButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Ca&ncel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the running audit (Esc)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Audit progress"));
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->setMinimumWidth(160);
    m_progress->setMaximumWidth(220);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(domainLabel);
    inputRow->addWidget(m_edit, 1);
    inputRow->addWidget(m_auditButton);
    inputRow->addWidget(m_cancelButton);
    inputRow->addWidget(m_progress);

    m_icon = new QLabel;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("domainMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A widget of its own, so that the row takes no space at all while there is no message.
    m_messageRow = new QWidget(this);
    auto* messageRow = new QHBoxLayout(m_messageRow);
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_icon);
    messageRow->addWidget(m_message, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputRow);
    layout->addWidget(m_messageRow);

    connect(m_edit, &QLineEdit::returnPressed, this, &DomainBar::auditRequested);
    connect(m_auditButton, &QPushButton::clicked, this, &DomainBar::auditRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &DomainBar::cancelRequested);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { showMessage({}, false); });
}

void DomainBar::setCompletions(const QStringList& domains) {
    m_completions->setStringList(domains);
}

void DomainBar::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_messageRow->setVisible(!text.isEmpty());
    m_icon->setVisible(!text.isEmpty() && error);
    if (error) {
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(16, 16));
        QPalette p = m_message->palette();
        p.setColor(QPalette::WindowText,
                   AppTheme::readable(QColor(0xd0, 0x3a, 0x2f), p.color(QPalette::Window)));
        m_message->setPalette(p);
    } else {
        m_message->setPalette(QPalette());
    }
}

void DomainBar::applyTheme() {
    showMessage(m_message->text(), m_icon->isVisibleTo(m_messageRow));
}

void DomainBar::setRunning(bool running) {
    m_auditButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
}

void DomainBar::setProgress(int done, int total) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}
