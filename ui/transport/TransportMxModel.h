#pragma once
// The MX hosts of a TransportResult as a table: preference, host, addresses, reverse names with
// their forward confirmation (FCrDNS), MTA-STS coverage, and the STARTTLS probe (TLS version and
// certificate expiry) when probed, and DANE (RFC 7672: none / matches / mismatch / not secure, the
// TLSA records in plain words in the tooltip). A state is an icon, a word and a colour together.

#include "transport/TransportResult.h"

#include <QAbstractTableModel>

class TransportMxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Preference, Host, Addresses, ReverseDns, MtaSts, Starttls, Dane, ColumnCount };
    // Whether the state of a cell is good (1), bad (-1) or neither (0), for tests and sorting.
    static constexpr int StateRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setResult(const TransportResult& result);
    // The STARTTLS column says "probing…" while a probe runs.
    void setProbing(bool probing);
    const TransportResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        QString text;
        QString tip;
        int state = 0;
        Severity severity = Severity::Error; // of a bad state: its icon and colour
    };
    Cell cell(int row, int column) const;
    Cell reverseCell(const TransportResult::MxHost& h) const;
    Cell mtaStsCell(const TransportResult::MxHost& h) const;
    Cell starttlsCell(const TransportResult::MxHost& h) const;
    Cell daneCell(const TransportResult::MxHost& h) const;

    TransportResult m_result;
    bool m_probing = false;
};
