#pragma once
// The per-tag table of a DMARC record: tag, value as published, what it means, the default if
// absent, the RFC it comes from, and the issue on it (severity icon + word + colour).

#include "dmarc/DmarcExplanation.h"

#include <QAbstractTableModel>

class DmarcTagModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Tag, Value, Meaning, Default, Source, Issue, ColumnCount };

    explicit DmarcTagModel(QObject* parent = nullptr);

    void setRows(const QList<DmarcTagRow>& rows);
    const QList<DmarcTagRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DmarcTagRow> m_rows;
};
