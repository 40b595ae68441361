#pragma once
// The audits of a domain stored in the history, newest first, as a table (date, grade, finding
// counts by severity, live or staged, resolver): the list the History tab picks two from.

#include "history/AuditHistory.h"

#include <QAbstractTableModel>

class AuditHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        GradeColumn,
        ErrorsColumn,
        WarningsColumn,
        InfosColumn,
        ModeColumn,
        ResolverColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the audit's history id (qint64)

    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(const QList<AuditHistoryEntry>& entries);
    const QList<AuditHistoryEntry>& entries() const { return m_entries; }
    int rowOf(qint64 id) const; // -1 when absent
    // "26 Nov 2026 14:05 · B" (with "staged" when it was): how an audit is named in pickers.
    static QString describe(const AuditHistoryEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditHistoryEntry> m_entries;
};
