#include "DkimSelectorModel.h"

#include "SeverityStyle.h"
#include "findings/FindingCatalogue.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QStyle>

int DkimSelectorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_results.size());
}

int DkimSelectorModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon DkimSelectorModel::severityIcon(std::optional<Severity> severity) {
    return severity ? SeverityStyle::icon(*severity) : SeverityStyle::okIcon();
}

QColor DkimSelectorModel::severityColour(std::optional<Severity> severity) {
    return severity ? SeverityStyle::colour(*severity) : SeverityStyle::okColour();
}

QString DkimSelectorModel::severityWord(std::optional<Severity> severity) {
    return severity ? severityLabel(*severity) : tr("OK");
}

QVariant DkimSelectorModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DkimSelectorResult& r = m_results.at(index.row());
    const auto worst = r.worstSeverity();
    if (role == SeverityRole)
        return worst ? QVariant(int(*worst)) : QVariant();
    if (role == Qt::ToolTipRole) {
        QStringList lines{r.name};
        for (const Finding& f : r.findings)
            lines << severityLabel(f.severity) + QStringLiteral(": ") + FindingCatalogue::localized(f).title;
        return lines.join(QLatin1Char('\n'));
    }
    switch (index.column()) {
    case Selector:
        if (role == Qt::DisplayRole)
            return r.selector;
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Found:
        if (role == Qt::DisplayRole) {
            if (dnsOutcomeIsFailure(r.outcome))
                return tr("DNS error");
            if (r.dangling)
                return tr("dangling CNAME");
            if (!r.found)
                return tr("no key");
            return r.record.isRevoked() ? tr("revoked") : tr("found");
        }
        break;
    case KeyType:
        if (role == Qt::DisplayRole)
            return r.key.keyType.isEmpty() ? QString() : r.key.keyType.toUpper();
        break;
    case Bits:
        if (role == Qt::DisplayRole)
            return r.key.bits > 0 ? QVariant(r.key.bits) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Flags:
        if (role == Qt::DisplayRole)
            return r.flags.join(QStringLiteral(", "));
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityWord(worst);
        if (role == Qt::DecorationRole)
            return severityIcon(worst);
        if (role == Qt::ForegroundRole)
            return severityColour(worst);
        break;
    case Source:
        if (role == Qt::DisplayRole) {
            switch (r.source) {
            case DkimSelectorSource::Common:
                return tr("common list");
            case DkimSelectorSource::User:
                return tr("added");
            case DkimSelectorSource::Message:
                return tr("message %1").arg(r.origin);
            case DkimSelectorSource::Report:
                return tr("DMARC reports");
            }
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DkimSelectorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Selector:
        return tr("Selector");
    case Found:
        return tr("Status");
    case KeyType:
        return tr("Key");
    case Bits:
        return tr("Bits");
    case Flags:
        return tr("Flags");
    case SeverityColumn:
        return tr("Severity");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void DkimSelectorModel::setResults(const QList<DkimSelectorResult>& results) {
    beginResetModel();
    m_results = results;
    endResetModel();
}

void DkimSelectorModel::addOrReplace(const DkimSelectorResult& result) {
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).selector == result.selector) {
            m_results[row] = result;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results << result;
    endInsertRows();
}

void DkimSelectorModel::clear() {
    setResults({});
}

const DkimSelectorResult* DkimSelectorModel::resultAt(int row) const {
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}
