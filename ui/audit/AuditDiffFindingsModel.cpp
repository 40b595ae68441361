#include "AuditDiffFindingsModel.h"

#include "SeverityStyle.h"

#include <QFontDatabase>
#include <QJsonArray>

#include <algorithm>

void AuditDiffFindingsModel::setDiff(const QJsonObject& diff) {
    m_diff = diff;
    rebuild();
}

void AuditDiffFindingsModel::setShowUnchanged(bool show) {
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    rebuild();
}

int AuditDiffFindingsModel::count(const QString& change) const {
    return int(m_diff.value(QStringLiteral("findings")).toObject().value(change).toArray().size());
}

void AuditDiffFindingsModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    const QJsonObject findings = m_diff.value(QStringLiteral("findings")).toObject();
    QStringList changes{QStringLiteral("new"), QStringLiteral("fixed")};
    if (m_showUnchanged)
        changes << QStringLiteral("unchanged");
    for (const QString& change : std::as_const(changes)) {
        QList<Row> part;
        for (const auto& v : findings.value(change).toArray()) {
            const QJsonObject f = v.toObject();
            part << Row{
                change,
                severityFromName(f.value(QStringLiteral("severity")).toString()).value_or(Severity::Info),
                f.value(QStringLiteral("code")).toString(), f.value(QStringLiteral("title")).toString(),
                f.value(QStringLiteral("area")).toString()};
        }
        // Most severe first within each group.
        std::stable_sort(part.begin(), part.end(),
                         [](const Row& a, const Row& b) { return int(a.severity) > int(b.severity); });
        m_rows << part;
    }
    endResetModel();
}

int AuditDiffFindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditDiffFindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffFindingsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == ChangeRole)
        return r.change;
    if (role == CodeRole)
        return r.code;
    const bool isNew = r.change == QLatin1String("new");
    const bool isFixed = r.change == QLatin1String("fixed");
    switch (Column(index.column())) {
    case ChangeColumn:
        if (role == Qt::DisplayRole)
            return isNew ? tr("New") : isFixed ? tr("Fixed") : tr("Unchanged");
        if (role == Qt::DecorationRole && isFixed)
            return SeverityStyle::okIcon();
        if (role == Qt::FontRole && isNew) { // the severity column carries the warning icon
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && isFixed)
            return SeverityStyle::okColour();
        if (role == Qt::ToolTipRole)
            return isNew     ? tr("Found in the later audit, not in the earlier one")
                   : isFixed ? tr("Found in the earlier audit, gone from the later one")
                             : tr("Found in both audits");
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return SeverityStyle::word(r.severity);
        if (role == Qt::DecorationRole)
            return SeverityStyle::icon(r.severity);
        if (role == Qt::ForegroundRole)
            return SeverityStyle::colour(r.severity);
        break;
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return r.code;
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.title;
        if (role == Qt::FontRole && isFixed) {
            QFont struck;
            struck.setStrikeOut(true); // besides the word "Fixed", not instead of it
            return struck;
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditDiffFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ChangeColumn:
        return tr("Change");
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Finding");
    case ColumnCount:
        break;
    }
    return {};
}
