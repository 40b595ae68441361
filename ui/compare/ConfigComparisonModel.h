#pragma once
// The rows of a ConfigComparison for the Compare dialog: area, item, same/differs (icon, word
// and colour together, never colour alone), the value on each side; differing rows tinted. The
// why of a difference is the row's tooltip and WhyRole.

#include "monitor/ConfigComparison.h"

#include <QAbstractTableModel>

class ConfigComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AreaColumn, ItemColumn, StatusColumn, AColumn, BColumn, ColumnCount };
    enum Role { DiffersRole = Qt::UserRole + 1, WhyRole };

    explicit ConfigComparisonModel(QObject* parent = nullptr);

    void setComparison(const ConfigComparison& comparison);
    void clear();
    // Only the differing rows (the headline view) or every compared item.
    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }
    const ConfigComparison& comparison() const { return m_comparison; }
    const ConfigDifference* rowAt(int row) const;
    // The tint of a differing row on the current palette.
    static QColor differingBackground();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConfigComparison m_comparison;
    QList<ConfigDifference> m_rows; // shown
    bool m_differencesOnly = false;
};
