#include "SpfTreeModel.h"

#include "AppTheme.h"
#include "SeverityStyle.h"

#include "spf/SpfTermExplainer.h"

#include <QApplication>
#include <QBrush>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>

SpfTreeModel::SpfTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void SpfTreeModel::setTree(const SpfLookupTree& tree) {
    beginResetModel();
    m_tree = tree;
    m_parents.clear();
    indexNodes(m_tree.root, nullptr, 0);
    endResetModel();
}

void SpfTreeModel::indexNodes(const SpfTreeNode& n, const SpfTreeNode* parent, int row) {
    m_parents.insert(&n, {parent, row});
    for (int i = 0; i < n.children.size(); ++i)
        indexNodes(n.children.at(i), &n, i);
}

const SpfTreeNode* SpfTreeModel::node(const QModelIndex& index) const {
    return index.isValid() ? static_cast<const SpfTreeNode*>(index.internalPointer()) : nullptr;
}

QModelIndex SpfTreeModel::indexOf(const SpfTreeNode* n, int column) const {
    if (!n || !m_parents.contains(n))
        return {};
    return createIndex(m_parents.value(n).second, column, const_cast<SpfTreeNode*>(n));
}

QModelIndex SpfTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row != 0 || m_tree.root.domain.isEmpty())
            return {};
        return createIndex(0, column, const_cast<SpfTreeNode*>(&m_tree.root));
    }
    const SpfTreeNode* p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, const_cast<SpfTreeNode*>(&p->children.at(row)));
}

QModelIndex SpfTreeModel::parent(const QModelIndex& child) const {
    const SpfTreeNode* n = node(child);
    if (!n)
        return {};
    const SpfTreeNode* p = m_parents.value(n).first;
    return p ? indexOf(p, 0) : QModelIndex();
}

int SpfTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return m_tree.root.domain.isEmpty() ? 0 : 1;
    const SpfTreeNode* p = node(parent);
    return p ? static_cast<int>(p->children.size()) : 0;
}

int SpfTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

std::optional<Severity> SpfTreeModel::nodeSeverity(const SpfTreeNode& n) {
    using N = SpfTreeNode;
    if (n.kind == N::Kind::Record) {
        switch (n.status) {
        case N::RecordStatus::Multiple:
        case N::RecordStatus::SyntaxError:
        case N::RecordStatus::DnsFailure:
        case N::RecordStatus::NotFollowed:
            return Severity::Error;
        case N::RecordStatus::NoRecord:
        case N::RecordStatus::InvalidDomain:
            if (n.depth == 0)
                return Severity::Error;
            return std::nullopt;
        default:
            return std::nullopt;
        }
    }
    if (n.flags & (N::CrossesLimit | N::OverLimit | N::Loop | N::NoRecord | N::DnsError | N::MxTooMany |
                   N::CrossesVoidLimit))
        return Severity::Error;
    if (n.term.kind == SpfTermKind::All && n.term.qualifier == SpfQualifier::Pass && n.evaluated())
        return Severity::Error;
    if (n.flags & (N::DuplicateInclude | N::AfterAll | N::RedirectIgnored))
        return Severity::Warning;
    if (n.term.kind == SpfTermKind::Ptr ||
        (n.term.kind == SpfTermKind::All && n.term.qualifier == SpfQualifier::Neutral))
        return Severity::Warning;
    if (n.flags & (N::Overlapping | N::Void | N::CostliestBranch))
        return Severity::Info;
    return std::nullopt;
}

QModelIndexList SpfTreeModel::allIndexes() const {
    QModelIndexList out;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, 0, parent);
            out << i;
            walk(i);
        }
    };
    walk({});
    return out;
}

QVariant SpfTreeModel::data(const QModelIndex& index, int role) const {
    const SpfTreeNode* n = node(index);
    if (!n)
        return {};
    const bool record = n->kind == SpfTreeNode::Kind::Record;
    const auto severity = nodeSeverity(*n);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TermColumn:
            if (record)
                return n->status == SpfTreeNode::RecordStatus::Found
                           ? n->domain
                           : tr("%1 (%2)").arg(n->domain, SpfTreeNode::statusName(n->status));
            return n->term.text;
        case QualifierColumn:
            if (record || !n->term.isMechanism())
                return QVariant();
            switch (n->term.qualifier) {
            case SpfQualifier::Pass:
                return tr("+ pass");
            case SpfQualifier::Fail:
                return tr("- fail");
            case SpfQualifier::SoftFail:
                return tr("~ softfail");
            case SpfQualifier::Neutral:
                return tr("? neutral");
            }
            return {};
        case StatusColumn:
            if (severity)
                return severityLabel(*severity);
            if (!record && !n->evaluated())
                return tr("not evaluated");
            return n->has(SpfTreeNode::Matched) ? tr("matched") : QVariant();
        case LookupsColumn:
            return record ? QVariant(n->lookups) : QVariant(n->cost);
        case CumulativeColumn:
            return (!record && n->evaluated()) ? QVariant(n->cumulative) : QVariant();
        case RangesColumn:
            return n->ranges.join(QStringLiteral(", "));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && severity)
            return SeverityStyle::icon(*severity);
        return {};
    case Qt::ForegroundRole:
        if (!record && !n->evaluated())
            return QBrush(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == StatusColumn && severity)
            return QBrush(SeverityStyle::colour(*severity));
        return {};
    case Qt::BackgroundRole:
        if (n->has(SpfTreeNode::Matched))
            // A green tint that the theme's text stays readable on.
            return QBrush(AppTheme::isDark(QApplication::palette()) ? QColor(0x1b, 0x4d, 0x22)
                                                                    : QColor(0xc8, 0xe6, 0xc9));
        return {};
    case Qt::FontRole:
        if (index.column() == TermColumn || index.column() == RangesColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ToolTipRole:
    case ExplanationRole:
        return record ? SpfTermExplainer::explain(*n) : n->explanation;
    case SeverityRole:
        return severity ? QVariant(static_cast<int>(*severity)) : QVariant();
    case MatchedRole:
        return n->has(SpfTreeNode::Matched);
    case EvaluatedRole:
        return record || n->evaluated();
    case NodeTextRole:
        return record ? n->domain + QLatin1Char(' ') + n->record
                      : n->term.text + QLatin1Char(' ') + n->target;
    default:
        return {};
    }
}

QVariant SpfTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TermColumn:
        return tr("Term");
    case QualifierColumn:
        return tr("Result");
    case StatusColumn:
        return tr("Status");
    case LookupsColumn:
        return tr("Lookups");
    case CumulativeColumn:
        return tr("Cumulative");
    case RangesColumn:
        return tr("IP ranges");
    }
    return {};
}
