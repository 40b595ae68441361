#pragma once
// The live query log of the running audit, as a table: one row per DNS question, in the order
// answers arrive. Rows are appended on the UI thread (the log's signal is queued to it).

#include "dns/QueryLogEntry.h"

#include <QAbstractTableModel>

class QueryLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sequence, Name, Type, Outcome, Milliseconds, Source, ColumnCount };

    explicit QueryLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendEntry(const QueryLogEntry& entry);
    void clear();
    const QueryLogEntry& entry(int row) const { return m_entries.at(row); }
    int failureCount() const { return m_failures; }

private:
    QList<QueryLogEntry> m_entries;
    int m_failures = 0;
};
