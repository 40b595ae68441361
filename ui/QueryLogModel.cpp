#include "QueryLogModel.h"

#include "OutcomeStyle.h"

#include <QFont>
#include <QFontDatabase>

QueryLogModel::QueryLogModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int QueryLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QueryLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueryLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueryLogEntry& e = m_entries.at(index.row());
    const DnsAnswer& a = e.answer;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sequence:
            return e.sequence;
        case Name:
            return a.name;
        case Type:
            return dnsRecordTypeName(a.type);
        case Outcome:
            return OutcomeStyle::word(a.outcome);
        case Milliseconds:
            return a.elapsedMs;
        case Source:
            return e.deduplicated ? tr("%1, shared with an identical query").arg(OutcomeStyle::source(a))
                                  : OutcomeStyle::source(a);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Outcome)
            return OutcomeStyle::icon(a.outcome);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome)
            return OutcomeStyle::colour(a.outcome);
        break;
    case Qt::FontRole:
        if (index.column() == Name || index.column() == Type)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == Outcome && dnsOutcomeIsFailure(a.outcome)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Sequence || index.column() == Milliseconds)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        QString tip = dnsOutcomeDescription(a.outcome);
        if (!a.error.isEmpty())
            tip += QStringLiteral("\n") + a.error;
        if (a.truncated)
            tip += QStringLiteral("\n") + tr("The UDP reply was truncated; the answer came over TCP.");
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant QueryLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence:
        return tr("#");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Outcome:
        return tr("Outcome");
    case Milliseconds:
        return tr("ms");
    case Source:
        return tr("Source / server");
    }
    return {};
}

void QueryLogModel::appendEntry(const QueryLogEntry& entry) {
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    if (dnsOutcomeIsFailure(entry.answer.outcome))
        ++m_failures;
    endInsertRows();
}

void QueryLogModel::clear() {
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_failures = 0;
    endResetModel();
}
