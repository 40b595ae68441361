#include "AuditFindingsModel.h"
#include "findings/FindingCatalogue.h"

#include "SeverityStyle.h"

#include <QColor>
#include <QFont>

void AuditFindingsModel::setFindings(const QList<Finding>& findings) {
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding* AuditFindingsModel::findingAt(int row) const {
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int AuditFindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditFindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding f = FindingCatalogue::localized(m_findings.at(index.row()));
    if (role == SortRole)
        return index.column() == SeverityColumn ? QVariant(int(f.severity)) : data(index, Qt::DisplayRole);
    if (role == AreaRole)
        return f.area;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n\n%2\n\n%3")
            .arg(f.detail, f.evidence.join(QLatin1Char('\n')), tr("Fix: ") + f.fix);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole) {
            // Symbol and word as well as colour, for colour-blind users.
            const QString symbol = f.severity == Severity::Error     ? QStringLiteral("✖")
                                   : f.severity == Severity::Warning ? QStringLiteral("▲")
                                                                     : QStringLiteral("ℹ");
            return symbol + QLatin1Char(' ') + severityLabel(f.severity);
        }
        if (role == Qt::ForegroundRole)
            return SeverityStyle::colour(f.severity); // readable in the current theme
        break;
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return f.code;
        if (role == Qt::FontRole)
            return QFont(QStringLiteral("DejaVu Sans Mono"));
        break;
    case AreaColumn:
        if (role == Qt::DisplayRole)
            return f.area.toUpper();
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return f.title;
        break;
    case DomainColumn:
        if (role == Qt::DisplayRole)
            return f.domain;
        break;
    default:
        break;
    }
    return {};
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case AreaColumn:
        return tr("Area");
    case TitleColumn:
        return tr("Finding");
    case DomainColumn:
        return tr("Domain");
    default:
        return {};
    }
}

AuditFindingsFilter::AuditFindingsFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(AuditFindingsModel::SortRole);
}

void AuditFindingsFilter::setMinimumSeverity(Severity severity) {
    m_minimum = severity;
    invalidateFilter();
}

void AuditFindingsFilter::setArea(const QString& area) {
    m_area = area;
    invalidateFilter();
}

bool AuditFindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index =
        sourceModel()->index(sourceRow, AuditFindingsModel::SeverityColumn, sourceParent);
    const int severity = sourceModel()->data(index, AuditFindingsModel::SortRole).toInt();
    if (severity < int(m_minimum))
        return false;
    return m_area.isEmpty() || sourceModel()->data(index, AuditFindingsModel::AreaRole).toString() == m_area;
}
