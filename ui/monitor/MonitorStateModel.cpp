#include "MonitorStateModel.h"

#include "SeverityStyle.h"

#include <QLocale>

using DomainState = MonitorDomainState::State;

void MonitorStateModel::setStates(const QList<MonitorDomainState>& states) {
    beginResetModel();
    m_states = states;
    endResetModel();
}

QString MonitorStateModel::stateWord(DomainState state) {
    switch (state) {
    case DomainState::Waiting:
        return tr("waiting");
    case DomainState::Running:
        return tr("auditing…");
    case DomainState::Ok:
        return tr("no regression");
    case DomainState::Regressed:
        return tr("regressed");
    case DomainState::Failed:
        return tr("failed");
    case DomainState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

int MonitorStateModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_states.size());
}

int MonitorStateModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorStateModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_states.size())
        return {};
    const MonitorDomainState& s = m_states.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Domain:
            return s.domain;
        case LastRun:
            return s.lastRun.isValid() ? QLocale().toString(s.lastRun.toLocalTime(), QLocale::ShortFormat)
                                       : tr("not yet");
        case Grade:
            if (s.grade.isEmpty())
                return QStringLiteral("–");
            return s.baseline.isEmpty() || s.baseline == s.grade
                       ? s.grade
                       : QStringLiteral("%1 → %2").arg(s.baseline, s.grade);
        case State:
            return stateWord(s.state);
        case Changes:
            return role == Qt::ToolTipRole ? s.changes.join(QLatin1Char('\n'))
                                           : s.changes.join(QStringLiteral("; "));
        default:
            return {};
        }
    }
    if (index.column() != State)
        return {};
    const bool bad = s.state == DomainState::Regressed || s.state == DomainState::Failed;
    const bool ok = s.state == DomainState::Ok;
    if (role == Qt::DecorationRole) {
        if (bad)
            return SeverityStyle::icon(s.state == DomainState::Failed ? Severity::Error : Severity::Warning);
        return ok ? SeverityStyle::okIcon() : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        if (bad)
            return SeverityStyle::colour(s.state == DomainState::Failed ? Severity::Error
                                                                        : Severity::Warning);
        return ok ? SeverityStyle::okColour() : QVariant();
    }
    return {};
}

QVariant MonitorStateModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Domain:
        return tr("Domain");
    case LastRun:
        return tr("Last audit");
    case Grade:
        return tr("Grade");
    case State:
        return tr("State");
    case Changes:
        return tr("What changed");
    default:
        return {};
    }
}
