#include "ConfigComparisonModel.h"

#include "AppTheme.h"
#include "SeverityStyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

QColor ConfigComparisonModel::differingBackground() {
    // The warning colour blended into the base, opaque, so that the text colour can be checked
    // against it: the row stands out and its text stays readable in every theme.
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor warn = SeverityStyle::colour(Severity::Warning);
    const double a = AppTheme::isDark(QApplication::palette()) ? 0.28 : 0.16;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + warn.redF() * a),
                            float(base.greenF() * (1 - a) + warn.greenF() * a),
                            float(base.blueF() * (1 - a) + warn.blueF() * a));
}

ConfigComparisonModel::ConfigComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConfigComparisonModel::setComparison(const ConfigComparison& comparison) {
    beginResetModel();
    m_comparison = comparison;
    m_rows = m_differencesOnly ? comparison.differences() : comparison.rows();
    endResetModel();
}

void ConfigComparisonModel::clear() {
    setComparison({});
}

void ConfigComparisonModel::setDifferencesOnly(bool only) {
    if (only == m_differencesOnly)
        return;
    m_differencesOnly = only;
    setComparison(m_comparison);
}

const ConfigDifference* ConfigComparisonModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConfigComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigDifference& d = m_rows.at(index.row());
    if (role == DiffersRole)
        return d.differs;
    if (role == WhyRole)
        return d.why();
    if (role == Qt::ToolTipRole)
        return d.differs ? d.why() : tr("The same on both sides.");
    if (role == Qt::BackgroundRole && d.differs)
        return differingBackground();
    switch (Column(index.column())) {
    case AreaColumn:
        if (role == Qt::DisplayRole)
            return ConfigComparison::areaTitle(d.area);
        break;
    case ItemColumn:
        if (role == Qt::DisplayRole)
            return d.item;
        if (role == Qt::FontRole)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return d.differs ? tr("Differs") : tr("Same");
        if (role == Qt::DecorationRole)
            return d.differs ? SeverityStyle::icon(Severity::Warning) : SeverityStyle::okIcon();
        if (role == Qt::ForegroundRole) // readable on the tint, not only on the base
            return d.differs
                       ? AppTheme::readable(SeverityStyle::colour(Severity::Warning), differingBackground())
                       : SeverityStyle::okColour();
        if (role == Qt::FontRole && d.differs) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        break;
    case AColumn:
    case BColumn: {
        const bool a = index.column() == AColumn;
        const QString& value = a ? d.valueA : d.valueB;
        if (role == Qt::DisplayRole)
            return value.isEmpty() ? tr("(absent)") : value;
        if (role == Qt::FontRole) {
            QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            font.setItalic(value.isEmpty());
            return font;
        }
        break;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConfigComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AreaColumn:
        return tr("Area");
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case AColumn:
        return m_comparison.domainA().isEmpty() ? tr("A") : tr("A: %1").arg(m_comparison.domainA());
    case BColumn:
        return m_comparison.domainB().isEmpty() ? tr("B") : tr("B: %1").arg(m_comparison.domainB());
    case ColumnCount:
        break;
    }
    return {};
}
