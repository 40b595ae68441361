#include "AuditHistoryModel.h"

#include "SeverityStyle.h"

#include <QFontDatabase>
#include <QLocale>

void AuditHistoryModel::setEntries(const QList<AuditHistoryEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditHistoryModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return i;
    return -1;
}

QString AuditHistoryModel::describe(const AuditHistoryEntry& entry) {
    const QString when = QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat);
    return entry.staged ? tr("%1 · grade %2 · staged").arg(when, entry.grade)
                        : tr("%1 · grade %2").arg(when, entry.grade);
}

int AuditHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditHistoryEntry& e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case DateColumn:
            return QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat);
        case GradeColumn:
            return e.grade;
        case ErrorsColumn:
            return e.errors;
        case WarningsColumn:
            return e.warnings;
        case InfosColumn:
            return e.infos;
        case ModeColumn:
            return e.staged ? tr("Staged") : tr("Live");
        case ResolverColumn:
            return e.resolver;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ModeColumn)
            return e.staged ? tr("Some records came from staged zone files or a plan, not live DNS")
                            : tr("Every answer came from the resolver");
        if (index.column() == DateColumn)
            return QLocale().toString(e.startedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ResolverColumn)
            return e.resolver;
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= GradeColumn && index.column() <= InfosColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    if (role == Qt::FontRole && index.column() == GradeColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::FontRole && index.column() == ResolverColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case DateColumn:
            return tr("Audited");
        case GradeColumn:
            return tr("Grade");
        case ErrorsColumn:
            return SeverityStyle::word(Severity::Error);
        case WarningsColumn:
            return SeverityStyle::word(Severity::Warning);
        case InfosColumn:
            return SeverityStyle::word(Severity::Info);
        case ModeColumn:
            return tr("DNS");
        case ResolverColumn:
            return tr("Resolver");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::DecorationRole) {
        if (section == ErrorsColumn)
            return SeverityStyle::icon(Severity::Error);
        if (section == WarningsColumn)
            return SeverityStyle::icon(Severity::Warning);
        if (section == InfosColumn)
            return SeverityStyle::icon(Severity::Info);
    }
    return {};
}
