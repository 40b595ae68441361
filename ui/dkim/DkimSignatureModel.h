#pragma once
// The DKIM tab's table of verified signatures from dropped messages: one row per signature, in
// header order per message, with the result (icon + word + colour), d=, s=, algorithm, alignment
// and the reason.

#include "dkim/DkimVerification.h"

#include <QAbstractTableModel>

class DkimSignatureModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Message, Result, Domain, Selector, Algorithm, Alignment, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends the signatures of one message (a message without any gets one row saying so).
    void addVerification(const DkimVerification& verification);
    void clear();

private:
    struct Row {
        QString message;
        std::optional<DkimSignatureVerification> signature;
        std::optional<DomainKeySignatureInfo> domainKeys; // unsigned but for a DomainKey-Signature
    };
    QList<Row> m_rows;
};
