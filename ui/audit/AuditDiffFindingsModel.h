#pragma once
// The finding-by-finding half of a diff between two audits (AuditDiff's JSON): new, fixed and,
// on request, unchanged findings, each with its severity (icon + word), code and title.

#include "findings/Severity.h"

#include <QAbstractTableModel>
#include <QJsonObject>

class AuditDiffFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChangeColumn, SeverityColumn, CodeColumn, TitleColumn, ColumnCount };
    static constexpr int ChangeRole = Qt::UserRole + 1; // "new", "fixed", "unchanged"
    static constexpr int CodeRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setDiff(const QJsonObject& diff);
    void setShowUnchanged(bool show);
    bool showUnchanged() const { return m_showUnchanged; }
    int count(const QString& change) const; // in the diff, shown or not

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString change;
        Severity severity = Severity::Info;
        QString code;
        QString title;
        QString area;
    };
    void rebuild();

    QJsonObject m_diff;
    bool m_showUnchanged = false;
    QList<Row> m_rows;
};
