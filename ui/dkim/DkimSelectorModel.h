#pragma once
// The DKIM tab's table of selectors: one row per selector result (found, key type, size, flags,
// severity as icon + word + colour). Adopts a whole result; single selectors added later replace
// a row of the same name or are appended.

#include "dkim/DkimSelectorResult.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

class DkimSelectorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Selector, Found, KeyType, Bits, Flags, SeverityColumn, Source, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResults(const QList<DkimSelectorResult>& results);
    void addOrReplace(const DkimSelectorResult& result);
    void clear();
    const DkimSelectorResult* resultAt(int row) const;
    const QList<DkimSelectorResult>& results() const { return m_results; }

    static QIcon severityIcon(std::optional<Severity> severity);
    static QColor severityColour(std::optional<Severity> severity);
    static QString severityWord(std::optional<Severity> severity); // "OK" when none

private:
    QList<DkimSelectorResult> m_results;
};
