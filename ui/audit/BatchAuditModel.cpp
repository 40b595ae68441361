#include "BatchAuditModel.h"

#include "SeverityStyle.h"

#include <QColor>
#include <QFont>

void BatchAuditModel::setDomains(const QStringList& domains) {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    for (const QString& d : domains) {
        if (m_rowOf.contains(d))
            continue;
        m_rowOf.insert(d, int(m_rows.size()));
        m_rows.append({d, Status::Waiting, std::nullopt});
    }
    endResetModel();
}

void BatchAuditModel::setReport(const AuditReport& report) {
    const auto it = m_rowOf.constFind(report.domain);
    if (it == m_rowOf.constEnd()) {
        // Not listed (a name the runner normalised differently): append rather than lose it.
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rowOf.insert(report.domain, row);
        m_rows.append({report.domain, statusOf(report), report});
        endInsertRows();
        return;
    }
    Row& r = m_rows[*it];
    r.report = report;
    r.status = statusOf(report);
    Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
}

void BatchAuditModel::markWaitingCancelled() {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].status != Status::Waiting)
            continue;
        m_rows[row].status = Status::Cancelled;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString BatchAuditModel::domainAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).domain : QString();
}

BatchAuditModel::Status BatchAuditModel::statusAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : Status::Waiting;
}

const AuditReport* BatchAuditModel::reportAt(int row) const {
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).report)
        return nullptr;
    return &*m_rows.at(row).report;
}

QList<AuditReport> BatchAuditModel::finishedReports() const {
    QList<AuditReport> out;
    for (const Row& r : m_rows)
        if (r.report && r.status != Status::Cancelled && r.status != Status::Waiting)
            out << *r.report;
    return out;
}

int BatchAuditModel::count(Status status) const {
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Row& r) { return r.status == status; }));
}

BatchAuditModel::Status BatchAuditModel::statusOf(const AuditReport& report) {
    if (report.cancelled)
        return Status::Cancelled;
    if (report.timedOut)
        return Status::TimedOut;
    if (report.hasFinding(u"DNS-RESOLVER-FAILURE"))
        return Status::DnsFailure;
    return Status::Done;
}

QString BatchAuditModel::statusText(Status status) {
    switch (status) {
    case Status::Waiting:
        return tr("waiting");
    case Status::Done:
        return tr("done");
    case Status::TimedOut:
        return tr("timed out");
    case Status::Cancelled:
        return tr("cancelled");
    case Status::DnsFailure:
        return tr("DNS failure");
    }
    return {};
}

QString BatchAuditModel::gradeWord(const QString& grade) {
    if (grade == QLatin1String("A"))
        return tr("excellent");
    if (grade == QLatin1String("B"))
        return tr("good");
    if (grade == QLatin1String("C"))
        return tr("fair");
    if (grade == QLatin1String("D"))
        return tr("poor");
    if (grade == QLatin1String("F"))
        return tr("failing");
    return {};
}

QColor BatchAuditModel::gradeColour(const QString& grade) {
    // The colours of the HTML/PDF report, so the table and the document agree.
    if (grade == QLatin1String("A"))
        return QColor(0x1b, 0x7a, 0x3a);
    if (grade == QLatin1String("B"))
        return QColor(0x4d, 0x7a, 0x1b);
    if (grade == QLatin1String("C"))
        return QColor(0x8a, 0x5a, 0x00);
    if (grade == QLatin1String("D"))
        return QColor(0xb0, 0x4a, 0x00);
    return QColor(0xb0, 0x00, 0x20);
}

int BatchAuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchAuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchAuditModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == StatusRole)
        return int(row.status);
    // A cancelled domain has no grade worth showing: its checks did not all run.
    const AuditReport* report = row.report && row.status != Status::Cancelled ? &*row.report : nullptr;
    const qint64 ms = row.report && row.report->startedAt.isValid() && row.report->finishedAt.isValid()
                          ? row.report->startedAt.msecsTo(row.report->finishedAt)
                          : -1;
    switch (index.column()) {
    case DomainColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.domain;
        if (role == Qt::ToolTipRole && row.report && !row.report->gradeReasons.isEmpty())
            return row.report->gradeReasons.join(QLatin1Char('\n'));
        if (role == Qt::ToolTipRole)
            return tr("Double-click to open %1 in the main window").arg(row.domain);
        break;
    case GradeColumn:
        if (!report)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("–"))
                   : role == SortRole      ? QVariant(99)
                                           : QVariant();
        if (role == Qt::DisplayRole) // letter and word, never the colour alone
            return QStringLiteral("%1  %2").arg(report->grade, gradeWord(report->grade));
        if (role == SortRole)
            return report->grade.isEmpty() ? 98 : int(report->grade.at(0).unicode());
        if (role == Qt::ForegroundRole)
            return gradeColour(report->grade);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return report->gradeReasons.join(QLatin1Char('\n'));
        break;
    case ErrorsColumn:
    case WarningsColumn:
    case InfosColumn: {
        const Severity s = index.column() == ErrorsColumn     ? Severity::Error
                           : index.column() == WarningsColumn ? Severity::Warning
                                                              : Severity::Info;
        if (!report)
            return role == SortRole ? QVariant(-1) : QVariant();
        const int n = report->count(s);
        if (role == Qt::DisplayRole || role == SortRole)
            return n;
        if (role == Qt::DecorationRole && n > 0)
            return SeverityStyle::icon(s);
        if (role == Qt::ForegroundRole && n > 0)
            return SeverityStyle::colour(s);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case DurationColumn:
        if (role == SortRole)
            return ms;
        if (role == Qt::DisplayRole && ms >= 0)
            return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            QString text = statusText(row.status);
            if (row.report && row.report->staged && row.status != Status::Cancelled)
                text += tr(" (staged)");
            return text;
        }
        if (role == SortRole)
            return int(row.status);
        if (role == Qt::ForegroundRole && row.status != Status::Done && row.status != Status::Waiting)
            return SeverityStyle::colour(Severity::Warning);
        break;
    default:
        break;
    }
    return {};
}

QVariant BatchAuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case GradeColumn:
        return tr("Grade");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case InfosColumn:
        return tr("Infos");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

BatchAuditFilter::BatchAuditFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(BatchAuditModel::SortRole);
    setDynamicSortFilter(true);
}

void BatchAuditFilter::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

void BatchAuditFilter::setShow(Show show) {
    m_show = show;
    invalidateFilter();
}

bool BatchAuditFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid())
        return false;
    auto* model = qobject_cast<const BatchAuditModel*>(sourceModel());
    if (!model)
        return true;
    if (!m_text.isEmpty() && !model->domainAt(sourceRow).contains(m_text, Qt::CaseInsensitive))
        return false;
    using Status = BatchAuditModel::Status;
    const Status status = model->statusAt(sourceRow);
    switch (m_show) {
    case Show::All:
        return true;
    case Show::NeedsWork: {
        // C or worse among the domains that were audited.
        const AuditReport* r = model->reportAt(sourceRow);
        return status == Status::Done && r && r->grade >= QLatin1String("C");
    }
    case Show::NotAudited:
        return status == Status::TimedOut || status == Status::Cancelled || status == Status::DnsFailure;
    }
    return true;
}
