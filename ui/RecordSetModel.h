#pragma once
// The record sets the Records tab shows, as a tree: one top-level row per question asked (what
// it is for, outcome, TTL, source, time), its CNAME chain and records as children, and for a
// question without records one line that says why (not published, or could not be read).

#include "dns/DnsAnswer.h"

#include <QAbstractItemModel>

class RecordSetModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Purpose, Record, Outcome, Ttl, Source, Milliseconds, ColumnCount };

    struct RecordSet {
        QString purpose;      // "DMARC policy"
        DnsAnswer answer;     // name and type are set while the question is still out
        bool answered = true; // false: asked, no answer yet
    };

    explicit RecordSetModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecordSets(QList<RecordSet> sets);
    void clear();
    // Fills in one record set as its answer arrives (rows fill in while the audit runs).
    void setAnswer(int row, const DnsAnswer& answer);
    const QList<RecordSet>& recordSets() const { return m_sets; }

    // TXT and SPF records: the separate character-strings as published ("a" "b"), or joined.
    void setShowStringSplits(bool show);
    bool showStringSplits() const { return m_showSplits; }

    // Zone-file text of the given rows (record sets or single records), all rows when empty;
    // questions without records become comments saying what came back.
    QString zoneText(const QModelIndexList& indexes = {}) const;

private:
    struct Line {
        enum class Kind { Cname, Record, Note };
        Kind kind;
        DnsRecord record;
        QString note;
    };
    static QList<Line> linesFor(const DnsAnswer& answer);
    QString recordText(const DnsRecord& record) const;
    QString setZoneText(int row) const;

    QList<RecordSet> m_sets;
    QList<QList<Line>> m_lines;
    bool m_showSplits = false;
};
