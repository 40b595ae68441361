#pragma once
// The sources of a report summary as a table: address, reverse name, matched SPF include, volume,
// SPF / DKIM / DMARC pass rates, and a verdict shown by icon, word and colour. Sorts numerically
// through Qt::UserRole (SortRole).

#include "reports/ReportSummary.h"

#include <QAbstractTableModel>

class ReportSourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Verdict,
        Address,
        ReverseName,
        Include,
        Messages,
        SpfPass,
        DkimPass,
        DmarcPass,
        Forwarded,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setSources(const QList<ReportSource>& sources);
    const QList<ReportSource>& sources() const { return m_sources; }

    // What a source is, in one word: authorised, forwarder, failing, unknown sender.
    static QString verdict(const ReportSource& source);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReportSource> m_sources;
};
