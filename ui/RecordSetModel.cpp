#include "RecordSetModel.h"

#include "OutcomeStyle.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QStyle>

namespace {
// internalId 0 marks a record set; a child line stores its parent's row + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

RecordSetModel::RecordSetModel(QObject* parent)
    : QAbstractItemModel(parent) {}

QModelIndex RecordSetModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex RecordSetModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int RecordSetModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_sets.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return static_cast<int>(m_lines.at(parent.row()).size());
}

int RecordSetModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QList<RecordSetModel::Line> RecordSetModel::linesFor(const DnsAnswer& a) {
    QList<Line> lines;
    for (const DnsRecord& c : a.cnames)
        lines.append({Line::Kind::Cname, c, {}});
    for (const DnsRecord& r : a.records)
        lines.append({Line::Kind::Record, r, {}});
    if (a.outcome == DnsOutcome::Answer)
        return lines;
    QString note;
    switch (OutcomeStyle::kind(a.outcome)) {
    case OutcomeStyle::Kind::Absent:
        note = a.outcome == DnsOutcome::NxDomain
                   ? tr("Not published: the name %1 does not exist.").arg(a.finalName())
                   : tr("Not published: %1 exists but has no %2 record.")
                         .arg(a.finalName(), dnsRecordTypeName(a.type));
        break;
    case OutcomeStyle::Kind::Failed:
        // The specific reason first; then the point users miss: unknown is not absent.
        note = tr("Could not be read: %1. Not the same as having no record.")
                   .arg(a.error.isEmpty() ? dnsOutcomeDescription(a.outcome) : a.error);
        break;
    case OutcomeStyle::Kind::Cancelled:
        note = tr("Not read: the audit was cancelled.");
        break;
    case OutcomeStyle::Kind::Found:
        break;
    }
    lines.append({Line::Kind::Note, {}, note});
    return lines;
}

QString RecordSetModel::recordText(const DnsRecord& r) const {
    const bool text = r.type == DnsRecordType::TXT || r.type == DnsRecordType::SPF;
    if (!text || m_showSplits)
        return r.rdata;
    QString joined = r.text();
    joined.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + joined + QLatin1Char('"');
}

QVariant RecordSetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const RecordSet& set = m_sets.at(index.row());
        const DnsAnswer& a = set.answer;
        if (!set.answered) {
            if (role == Qt::DisplayRole && index.column() == Purpose)
                return set.purpose;
            if (role == Qt::DisplayRole && index.column() == Record)
                return QStringLiteral("%1 %2").arg(a.name, dnsRecordTypeName(a.type));
            if (role == Qt::DisplayRole && index.column() == Outcome)
                return tr("asking…");
            if (role == Qt::DecorationRole && index.column() == Outcome)
                return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
            if (role == Qt::FontRole && index.column() == Record)
                return QFontDatabase::systemFont(QFontDatabase::FixedFont);
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Purpose:
                return set.purpose;
            case Record:
                return QStringLiteral("%1 %2").arg(a.name, dnsRecordTypeName(a.type));
            case Outcome:
                return a.outcome == DnsOutcome::Answer
                           ? (a.records.size() == 1 ? tr("1 record") : tr("%1 records").arg(a.records.size()))
                           : OutcomeStyle::word(a.outcome);
            case Ttl:
                return a.records.isEmpty() ? QVariant() : QVariant(a.records.first().ttl);
            case Source:
                return OutcomeStyle::source(a);
            case Milliseconds:
                return a.elapsedMs;
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
            if (index.column() == Record)
                return QFontDatabase::systemFont(QFontDatabase::FixedFont);
            if (index.column() == Outcome && dnsOutcomeIsFailure(a.outcome)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == Outcome || index.column() == Record)
                return a.error.isEmpty() ? dnsOutcomeDescription(a.outcome)
                                         : dnsOutcomeDescription(a.outcome) + QLatin1Char('\n') + a.error;
            if (index.column() == Source)
                return a.server;
            break;
        case Qt::TextAlignmentRole:
            if (index.column() == Ttl || index.column() == Milliseconds)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        default:
            break;
        }
        return {};
    }

    const int parentRow = static_cast<int>(index.internalId() - 1);
    const Line& line = m_lines.at(parentRow).at(index.row());
    const DnsRecord& r = line.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (line.kind) {
        case Line::Kind::Note:
            return index.column() == Record ? line.note : QVariant();
        case Line::Kind::Cname:
            if (index.column() == Purpose)
                return tr("CNAME");
            if (index.column() == Record)
                return QStringLiteral("%1 → %2").arg(r.name, r.target);
            break;
        case Line::Kind::Record:
            if (index.column() == Purpose) {
                const bool text = r.type == DnsRecordType::TXT || r.type == DnsRecordType::SPF;
                return text && r.strings.size() > 1
                           ? tr("%1, %2 strings").arg(dnsRecordTypeName(r.type)).arg(r.strings.size())
                           : dnsRecordTypeName(r.type);
            }
            if (index.column() == Record)
                return recordText(r);
            break;
        }
        if (index.column() == Ttl)
            return r.ttl;
        break;
    case Qt::FontRole:
        if (index.column() == Record) {
            if (line.kind == Line::Kind::Note) {
                QFont italic;
                italic.setItalic(true);
                return italic;
            }
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        }
        break;
    case Qt::ToolTipRole:
        if (line.kind == Line::Kind::Note)
            return line.note;
        if (index.column() == Record && !r.strings.isEmpty()) {
            QStringList sizes;
            for (const QByteArray& s : r.strings)
                sizes << QString::number(s.size());
            return recordText(r) + QStringLiteral("\n") +
                   tr("Character-strings: %1 bytes; joined: %2 bytes")
                       .arg(sizes.join(QStringLiteral(" + ")))
                       .arg(r.joined().size());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Ttl)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordSetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Purpose:
        return tr("What");
    case Record:
        return tr("Record");
    case Outcome:
        return tr("Outcome");
    case Ttl:
        return tr("TTL");
    case Source:
        return tr("Source");
    case Milliseconds:
        return tr("ms");
    }
    return {};
}

void RecordSetModel::setRecordSets(QList<RecordSet> sets) {
    beginResetModel();
    m_sets = std::move(sets);
    m_lines.clear();
    for (const RecordSet& s : m_sets)
        m_lines.append(s.answered ? linesFor(s.answer) : QList<Line>());
    endResetModel();
}

void RecordSetModel::setAnswer(int row, const DnsAnswer& answer) {
    if (row < 0 || row >= m_sets.size())
        return;
    const QModelIndex parentIndex = index(row, 0);
    if (const int old = static_cast<int>(m_lines.at(row).size()); old > 0) {
        beginRemoveRows(parentIndex, 0, old - 1);
        m_lines[row].clear();
        endRemoveRows();
    }
    m_sets[row].answer = answer;
    m_sets[row].answered = true;
    QList<Line> lines = linesFor(answer);
    if (!lines.isEmpty()) {
        beginInsertRows(parentIndex, 0, static_cast<int>(lines.size()) - 1);
        m_lines[row] = std::move(lines);
        endInsertRows();
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RecordSetModel::clear() {
    setRecordSets({});
}

void RecordSetModel::setShowStringSplits(bool show) {
    if (show == m_showSplits)
        return;
    m_showSplits = show;
    for (int row = 0; row < m_sets.size(); ++row) {
        const int children = static_cast<int>(m_lines.at(row).size());
        if (children == 0)
            continue;
        const QModelIndex parentIndex = index(row, 0);
        Q_EMIT dataChanged(index(0, Record, parentIndex), index(children - 1, Record, parentIndex),
                           {Qt::DisplayRole});
    }
}

QString RecordSetModel::setZoneText(int row) const {
    const DnsAnswer& a = m_sets.at(row).answer;
    QStringList out;
    if (!m_sets.at(row).answered)
        return QStringLiteral("; %1 — %2 %3: %4")
            .arg(m_sets.at(row).purpose, a.name, dnsRecordTypeName(a.type), tr("no answer yet"));
    if (a.outcome == DnsOutcome::Cancelled)
        return QStringLiteral("; %1 — %2 %3: %4")
            .arg(m_sets.at(row).purpose, a.name, dnsRecordTypeName(a.type),
                 tr("not read, the audit was cancelled"));
    out << QStringLiteral("; %1 — %2 %3: %4, %5")
               .arg(m_sets.at(row).purpose, a.name, dnsRecordTypeName(a.type),
                    dnsOutcomeDescription(a.outcome), OutcomeStyle::source(a));
    if (!a.error.isEmpty() && a.outcome != DnsOutcome::Answer)
        out << QStringLiteral(";   ") + a.error;
    for (const DnsRecord& c : a.cnames)
        out << c.toZoneLine();
    for (const DnsRecord& r : a.records)
        out << r.toZoneLine();
    return out.join(QLatin1Char('\n'));
}

QString RecordSetModel::zoneText(const QModelIndexList& indexes) const {
    QStringList out;
    if (indexes.isEmpty()) {
        for (int row = 0; row < m_sets.size(); ++row)
            out << setZoneText(row);
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    QList<std::pair<int, int>> seen; // (set row, line row or -1)
    for (const QModelIndex& i : indexes) {
        if (!i.isValid() || i.model() != this)
            continue;
        const std::pair<int, int> key = i.internalId() == kTopLevel
                                            ? std::pair{i.row(), -1}
                                            : std::pair{static_cast<int>(i.internalId() - 1), i.row()};
        if (seen.contains(key))
            continue;
        seen.append(key);
    }
    std::sort(seen.begin(), seen.end());
    for (const auto& [setRow, lineRow] : seen) {
        if (lineRow < 0) {
            out << setZoneText(setRow);
            continue;
        }
        if (seen.contains(std::pair{setRow, -1}))
            continue; // the whole set is copied already
        const Line& line = m_lines.at(setRow).at(lineRow);
        out << (line.kind == Line::Kind::Note ? QStringLiteral("; ") + line.note : line.record.toZoneLine());
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
