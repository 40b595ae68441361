#pragma once
// The findings of an audit as a table (severity, code, area, title, domain), adopted whole from
// a report; sorting and filtering by severity and area go through AuditFindingsFilter.

#include "findings/Finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

class AuditFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, AreaColumn, TitleColumn, DomainColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // severity sorts by weight, not by word
    static constexpr int AreaRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setFindings(const QList<Finding>& findings);
    const Finding* findingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

class AuditFindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFindingsFilter(QObject* parent = nullptr);
    void setMinimumSeverity(Severity severity);
    void setArea(const QString& area); // empty: every area

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Severity m_minimum = Severity::Info;
    QString m_area;
};
