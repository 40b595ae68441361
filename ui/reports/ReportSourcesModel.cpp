#include "ReportSourcesModel.h"

#include "AppTheme.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QStyle>

namespace {
double rate(qint64 pass, qint64 count) {
    return count > 0 ? 100.0 * double(pass) / double(count) : 0.0;
}

QString percent(double value) {
    return QStringLiteral("%1%").arg(value, 0, 'f', 1);
}
} // namespace

void ReportSourcesModel::setSources(const QList<ReportSource>& sources) {
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

QString ReportSourcesModel::verdict(const ReportSource& s) {
    const bool known = s.matchedInclude != u"unknown";
    if (s.dmarc.fail == 0)
        return known ? tr("authorised") : (s.forwarded > 0 ? tr("forwarder") : tr("passes"));
    if (s.forwarded > 0 && s.forwarded * 2 >= s.count)
        return tr("forwarder");
    return known ? tr("failing") : tr("unknown sender");
}

int ReportSourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int ReportSourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportSourcesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_sources.size() || index.column() >= ColumnCount)
        return {};
    const ReportSource& s = m_sources.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case Verdict:
            return verdict(s);
        case Address:
            return s.ip;
        case ReverseName:
            return s.reverseName.isEmpty() && !sort ? tr("(not looked up)") : s.reverseName;
        case Include:
            // "unknown" is the analyser's marker (JSON keeps it); people read it in their language.
            return s.matchedInclude == u"unknown" && !sort ? tr("unknown") : s.matchedInclude;
        case Messages:
            return sort ? QVariant(s.count) : QVariant(QLocale().toString(s.count));
        case SpfPass:
            return sort ? QVariant(rate(s.spf.pass, s.count)) : QVariant(percent(rate(s.spf.pass, s.count)));
        case DkimPass:
            return sort ? QVariant(rate(s.dkim.pass, s.count))
                        : QVariant(percent(rate(s.dkim.pass, s.count)));
        case DmarcPass:
            return sort ? QVariant(rate(s.dmarc.pass, s.count))
                        : QVariant(percent(rate(s.dmarc.pass, s.count)));
        case Forwarded:
            return sort ? QVariant(s.forwarded) : QVariant(QLocale().toString(s.forwarded));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column >= Messages)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == Address)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (column == Verdict && (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const QString v = verdict(s);
        const bool good = v == tr("authorised") || v == tr("passes");
        const bool bad = v == tr("unknown sender") || v == tr("failing");
        if (role == Qt::DecorationRole) {
            const QStyle* style = QApplication::style();
            return style->standardIcon(good  ? QStyle::SP_DialogApplyButton
                                       : bad ? QStyle::SP_MessageBoxCritical
                                             : QStyle::SP_MessageBoxWarning);
        }
        return QBrush(AppTheme::readable(good  ? QColor(0x1b, 0x7f, 0x3b)
                                         : bad ? QColor(0xb0, 0x1c, 0x1c)
                                               : QColor(0x9a, 0x62, 0x00)));
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1: %2 messages, SPF pass %3, DKIM pass %4, DMARC pass %5, forwarded %6, quarantined %7, "
                  "rejected %8")
            .arg(s.ip)
            .arg(s.count)
            .arg(s.spf.pass)
            .arg(s.dkim.pass)
            .arg(s.dmarc.pass)
            .arg(s.forwarded)
            .arg(s.quarantined)
            .arg(s.rejected);
    }
    return {};
}

QVariant ReportSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Verdict:
        return tr("Verdict");
    case Address:
        return tr("Source IP");
    case ReverseName:
        return tr("Reverse name");
    case Include:
        return tr("SPF include");
    case Messages:
        return tr("Messages");
    case SpfPass:
        return tr("SPF aligned");
    case DkimPass:
        return tr("DKIM aligned");
    case DmarcPass:
        return tr("DMARC pass");
    case Forwarded:
        return tr("Forwarded");
    case ColumnCount:
        break;
    }
    return {};
}
