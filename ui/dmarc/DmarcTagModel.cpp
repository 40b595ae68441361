#include "DmarcTagModel.h"

#include "DmarcSeverityStyle.h"

#include <QFontDatabase>

DmarcTagModel::DmarcTagModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DmarcTagModel::setRows(const QList<DmarcTagRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DmarcTagModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DmarcTagModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DmarcTagModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DmarcTagRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Tag:
            return row.tag;
        case Value:
            return row.present ? row.value : tr("(not set)");
        case Meaning:
            return row.meaning;
        case Default:
            return row.defaultValue;
        case Source:
            return row.source;
        case Issue:
            return row.severity ? DmarcSeverityStyle::word(*row.severity) + QStringLiteral(": ") + row.issue
                                : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Issue && row.severity)
            return row.issue;
        if (index.column() == Meaning)
            return row.meaning;
        if (index.column() == Value && row.present)
            return row.value;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Issue && row.severity)
            return DmarcSeverityStyle::icon(*row.severity);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Issue && row.severity)
            return DmarcSeverityStyle::colour(*row.severity);
        return {};
    case Qt::FontRole:
        if (index.column() == Tag || index.column() == Value) {
            QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            f.setBold(index.column() == Tag && row.present);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant DmarcTagModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tag:
        return tr("Tag");
    case Value:
        return tr("Value");
    case Meaning:
        return tr("Meaning");
    case Default:
        return tr("Default if absent");
    case Source:
        return tr("Defined by");
    case Issue:
        return tr("Issue");
    }
    return {};
}
