#include "BlocklistPanel.h"

#include "SeverityStyle.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
struct Look {
    QIcon icon;
    QColor colour;
};

Look lookOf(const QString& result) {
    if (result == u"listed"_s)
        return {SeverityStyle::icon(Severity::Error), SeverityStyle::colour(Severity::Error)};
    if (result == u"clear"_s)
        return {SeverityStyle::okIcon(), SeverityStyle::okColour()};
    if (result == u"refused"_s)
        return {SeverityStyle::icon(Severity::Info), SeverityStyle::colour(Severity::Info)};
    return {SeverityStyle::icon(Severity::Warning), SeverityStyle::colour(Severity::Warning)};
}

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setToolTip(text);
    return i;
}
} // namespace

BlocklistPanel::BlocklistPanel(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_lists(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this)) {
    m_headline->setObjectName(u"blocklistHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_lists->setObjectName(u"blocklistLists"_s);
    m_lists->setWordWrap(true);
    m_lists->setTextFormat(Qt::PlainText);
    m_lists->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(u"blocklistTable"_s);
    m_table->setAccessibleName(tr("Blocklist results"));
    m_table->setHorizontalHeaderLabels(
        {tr("Result"), tr("Address or name"), tr("List"), tr("Code"), tr("Meaning")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_lists);
    setResult({});
}

QString BlocklistPanel::resultWord(const QString& result) {
    if (result == u"listed"_s)
        return tr("Listed");
    if (result == u"clear"_s)
        return tr("Clear");
    if (result == u"refused"_s)
        return tr("Refused");
    return tr("Error");
}

QString BlocklistPanel::headline() const {
    return m_headline->text();
}

void BlocklistPanel::setResult(const QJsonObject& b) {
    m_table->setRowCount(0);
    m_lists->clear();
    if (b.isEmpty()) {
        m_headline->setText(tr("Blocklists not checked."));
        return;
    }
    if (!b.value(u"queried"_s).toBool(true)) {
        m_headline->setText(tr("No blocklist was asked: %1").arg(b.value(u"notQueried"_s).toString()));
        return;
    }
    const QJsonObject counts = b.value(u"counts"_s).toObject();
    const int listed = counts.value(u"listed"_s).toInt();
    const int refused = counts.value(u"refused"_s).toInt();
    const int errors = counts.value(u"error"_s).toInt();
    QString line = listed > 0
                       ? tr("%n listing(s) found: receivers that use these lists reject or junk the mail.",
                            nullptr, listed)
                       : tr("No listing found on the lists that answered.");
    if (refused > 0)
        line +=
            u' ' + tr("%n lookup(s) refused by the list: query through your own resolver.", nullptr, refused);
    if (errors > 0)
        line += u' ' + tr("%n lookup(s) got no usable answer: unknown, not listed.", nullptr, errors);
    m_headline->setText(line);
    // Icon + word + colour of the worst result in the headline too.
    const Look worst = lookOf(listed > 0    ? u"listed"_s
                              : errors > 0  ? u"error"_s
                              : refused > 0 ? u"refused"_s
                                            : u"clear"_s);
    QPalette p = m_headline->palette();
    p.setColor(QPalette::WindowText, worst.colour);
    m_headline->setPalette(p);

    const QJsonArray checks = b.value(u"checks"_s).toArray();
    m_table->setRowCount(int(checks.size()));
    for (int row = 0; row < checks.size(); ++row) {
        const QJsonObject c = checks.at(row).toObject();
        const QString result = c.value(u"result"_s).toString();
        const Look look = lookOf(result);
        auto* r = item(resultWord(result));
        r->setIcon(look.icon);
        r->setForeground(look.colour);
        r->setData(Qt::UserRole, result);
        m_table->setItem(row, ResultColumn, r);
        m_table->setItem(row, SubjectColumn, item(c.value(u"subject"_s).toString()));
        m_table->setItem(
            row, ListColumn,
            item(u"%1 (%2)"_s.arg(c.value(u"listName"_s).toString(), c.value(u"list"_s).toString())));
        m_table->setItem(row, CodeColumn, item(c.value(u"code"_s).toString()));
        QString meaning = c.value(u"meaning"_s).toString();
        if (!c.value(u"reason"_s).toString().isEmpty())
            meaning += u" — "_s + c.value(u"reason"_s).toString();
        if (result == u"listed"_s && !c.value(u"removal"_s).toString().isEmpty())
            meaning += u" — "_s + tr("removal: %1").arg(c.value(u"removal"_s).toString());
        m_table->setItem(row, MeaningColumn, item(meaning));
    }
    m_table->resizeColumnsToContents();
    QStringList lists;
    for (const QJsonValue& v : b.value(u"lists"_s).toArray()) {
        const QJsonObject l = v.toObject();
        const QString state = l.value(u"state"_s).toString();
        const QString word = state == u"answered"_s    ? tr("answered")
                             : state == u"not-asked"_s ? tr("nothing to look up")
                                                       : resultWord(state);
        lists << tr("%1 (%2): %3, %n queries", nullptr, l.value(u"queries"_s).toInt())
                     .arg(l.value(u"name"_s).toString(), l.value(u"zone"_s).toString(), word);
    }
    m_lists->setText(lists.join(u'\n'));
}
