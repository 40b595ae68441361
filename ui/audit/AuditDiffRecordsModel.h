#pragma once
// The record-by-record half of a diff between two audits (AuditDiff's JSON): DNS records added,
// removed and changed, SPF terms, includes and their lookup counts, DKIM keys and sizes, and the
// DMARC policy, one row per change with the value before and after.

#include <QAbstractTableModel>
#include <QJsonObject>

class AuditDiffRecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChangeColumn, WhatColumn, ItemColumn, BeforeColumn, AfterColumn, ColumnCount };
    static constexpr int ChangeRole = Qt::UserRole + 1; // "added", "removed", "changed"
    static constexpr int KindRole = Qt::UserRole + 2;   // "record", "spf-term", "spf-include",
                                                        // "spf-lookups", "dkim-key", "dmarc-policy"

    using QAbstractTableModel::QAbstractTableModel;
    void setDiff(const QJsonObject& diff);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString change;
        QString kind;
        QString item;
        QString before;
        QString after;
    };
    QString kindLabel(const QString& kind) const;

    QList<Row> m_rows;
};
