#include "SeedListPanel.h"

#include "SeedAccountDialog.h"
#include "SubmissionServerDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

SeedListPanel::SeedListPanel(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_add(new QPushButton(tr("&Add seed…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_submission(new QLabel(this))
    , m_editSubmission(new QPushButton(tr("Submission &server…"), this))
    , m_watch(new QCheckBox(tr("Only &watch (my system sends)"), this))
    , m_tokenLabel(new QLabel(tr("&Token:"), this))
    , m_token(new QLineEdit(this)) {
    m_table->setObjectName(QStringLiteral("seedTable"));
    m_table->setAccessibleName(tr("Seed mailboxes"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Server"), tr("TLS"), tr("User"), tr("Address")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(QStringLiteral("seedAdd"));
    m_edit->setObjectName(QStringLiteral("seedEdit"));
    m_remove->setObjectName(QStringLiteral("seedRemove"));
    m_submission->setObjectName(QStringLiteral("submissionSummary"));
    m_submission->setWordWrap(true);
    m_editSubmission->setObjectName(QStringLiteral("submissionEdit"));
    m_watch->setObjectName(QStringLiteral("seedWatchOnly"));
    m_watch->setToolTip(tr("Mailsight sends nothing: it looks for the message your own system sends with "
                           "the token in its X-Mailsight-Token header or subject."));
    m_token->setObjectName(QStringLiteral("seedToken"));
    m_token->setAccessibleName(tr("Token of the message your system sends"));
    m_token->setPlaceholderText(tr("8 to 64 letters, digits and '-'"));
    m_token->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9-]{0,64}")), m_token));
    m_tokenLabel->setBuddy(m_token);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* submission = new QHBoxLayout;
    submission->addWidget(m_submission, 1);
    submission->addWidget(m_editSubmission);
    auto* watch = new QHBoxLayout;
    watch->addWidget(m_watch);
    watch->addWidget(m_tokenLabel);
    watch->addWidget(m_token, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(submission);
    layout->addLayout(watch);

    connect(m_add, &QPushButton::clicked, this, &SeedListPanel::addWithDialog);
    connect(m_edit, &QPushButton::clicked, this, &SeedListPanel::editWithDialog);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &SeedListPanel::editWithDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSeed(m_table->currentRow()); });
    connect(m_editSubmission, &QPushButton::clicked, this, &SeedListPanel::editSubmission);
    connect(m_watch, &QCheckBox::toggled, this, &SeedListPanel::setWatchOnly);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(m_table->currentRow() >= 0);
        m_remove->setEnabled(m_table->currentRow() >= 0);
    });
    refresh();
}

void SeedListPanel::setList(const SeedListSettings& list) {
    m_list = list;
    refresh();
}

void SeedListPanel::setRunning(bool running) {
    for (QWidget* w : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_editSubmission),
                       static_cast<QWidget*>(m_watch), static_cast<QWidget*>(m_token)})
        w->setEnabled(!running);
    m_edit->setEnabled(!running && m_table->currentRow() >= 0);
    m_remove->setEnabled(!running && m_table->currentRow() >= 0);
}

QList<QWidget*> SeedListPanel::focusChain() const {
    return {m_table, m_add, m_edit, m_remove, m_editSubmission, m_watch, m_token};
}

QString SeedListPanel::token() const {
    return m_token->text().trimmed();
}

void SeedListPanel::refresh() {
    m_table->setRowCount(int(m_list.seeds.size()));
    for (int r = 0; r < m_list.seeds.size(); ++r) {
        const SeedListEntry& s = m_list.seeds.at(r);
        const QStringList cells{s.name, QStringLiteral("%1:%2").arg(s.host).arg(s.port),
                                SeedListSettings::tlsName(s.tls), s.user, s.address};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    const SeedSubmissionEntry& sub = m_list.submission;
    m_submission->setText(sub.configured() ? tr("Sends through %1:%2 (%3) as %4, from %5")
                                                 .arg(sub.host)
                                                 .arg(sub.port)
                                                 .arg(SeedListSettings::tlsName(sub.tls), sub.user, sub.from)
                                           : tr("No submission server yet: give yours to send the test "
                                                "message, or only watch."));
    m_watch->blockSignals(true);
    m_watch->setChecked(m_list.watchOnly);
    m_watch->blockSignals(false);
    m_tokenLabel->setVisible(m_list.watchOnly);
    m_token->setVisible(m_list.watchOnly);
    m_edit->setEnabled(m_table->currentRow() >= 0);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

void SeedListPanel::addSeed(const SeedListEntry& entry, const QString& password) {
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_list.seeds.size(); ++i)
        if (m_list.seeds.at(i).name == entry.name)
            at = i;
    if (at < 0)
        m_list.seeds << entry;
    else
        m_list.seeds[at] = entry;
    refresh();
    if (!password.isEmpty())
        Q_EMIT passwordEntered(SeedListSettings::passwordKey(entry.name), password);
    Q_EMIT listChanged();
}

void SeedListPanel::setSubmission(const SeedSubmissionEntry& entry, const QString& password) {
    m_list.submission = entry;
    refresh();
    if (!password.isEmpty())
        Q_EMIT passwordEntered(SeedListSettings::submissionPasswordKey(), password);
    Q_EMIT listChanged();
}

void SeedListPanel::removeSeed(int row) {
    if (row < 0 || row >= m_list.seeds.size())
        return;
    const QString name = m_list.seeds.takeAt(row).name;
    refresh();
    Q_EMIT passwordRemoved(SeedListSettings::passwordKey(name));
    Q_EMIT listChanged();
}

void SeedListPanel::setWatchOnly(bool watch) {
    if (m_list.watchOnly == watch)
        return;
    m_list.watchOnly = watch;
    refresh();
    Q_EMIT listChanged();
}

void SeedListPanel::addWithDialog() {
    QStringList taken;
    for (const SeedListEntry& s : std::as_const(m_list.seeds))
        taken << s.name;
    SeedAccountDialog dialog(SeedListEntry{}, taken, false, m_keyring, this);
    if (dialog.exec() == QDialog::Accepted)
        addSeed(dialog.entry(), dialog.password());
}

void SeedListPanel::editWithDialog() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.seeds.size())
        return;
    QStringList taken;
    for (int i = 0; i < m_list.seeds.size(); ++i)
        if (i != row)
            taken << m_list.seeds.at(i).name;
    const QString oldName = m_list.seeds.at(row).name;
    SeedAccountDialog dialog(m_list.seeds.at(row), taken, m_keyring, m_keyring, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SeedListEntry entry = dialog.entry();
    if (entry.name != oldName) {
        // Renamed: the password is filed under the new name (given again in the dialog).
        Q_EMIT passwordRemoved(SeedListSettings::passwordKey(oldName));
        m_list.seeds[row].name = entry.name;
    }
    addSeed(entry, dialog.password());
}

void SeedListPanel::editSubmission() {
    SubmissionServerDialog dialog(m_list.submission, m_keyring, this);
    if (dialog.exec() == QDialog::Accepted)
        setSubmission(dialog.entry(), dialog.password());
}
