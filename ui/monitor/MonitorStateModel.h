#pragma once
// The Monitor's table: one row per watched domain with its last audit, grade, state (icon, word
// and colour, never colour alone) and what changed.

#include "MonitorDomainState.h"

#include <QAbstractTableModel>

class MonitorStateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Domain, LastRun, Grade, State, Changes, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setStates(const QList<MonitorDomainState>& states);
    static QString stateWord(MonitorDomainState::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<MonitorDomainState> m_states;
};
