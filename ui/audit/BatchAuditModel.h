#pragma once
// The per-domain table of a batch audit: every listed domain from the start (waiting), filled in
// as each domain's report arrives: grade (letter, word, colour), finding counts, duration and
// status. BatchAuditFilter sorts and filters it by text and by what needs attention.

#include "audit/AuditReport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

class BatchAuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DomainColumn,
        GradeColumn,
        ErrorsColumn,
        WarningsColumn,
        InfosColumn,
        DurationColumn,
        StatusColumn,
        ColumnCount
    };
    enum class Status { Waiting, Done, TimedOut, Cancelled, DnsFailure };
    static constexpr int SortRole = Qt::UserRole + 1; // grades A→F, numbers as numbers
    static constexpr int StatusRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    // A new batch: every domain waiting.
    void setDomains(const QStringList& domains);
    // A finished domain (matched by report.domain); later reports of the same domain replace it.
    void setReport(const AuditReport& report);
    // Domains still waiting when a batch ends (it was cancelled or failed) become cancelled.
    void markWaitingCancelled();

    QString domainAt(int row) const;
    Status statusAt(int row) const;
    const AuditReport* reportAt(int row) const; // null while waiting
    // The reports worth exporting or storing: every finished domain that was not cancelled.
    QList<AuditReport> finishedReports() const;
    int count(Status status) const;

    static Status statusOf(const AuditReport& report);
    static QString statusText(Status status);
    static QString gradeWord(const QString& grade);
    static QColor gradeColour(const QString& grade);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString domain;
        Status status = Status::Waiting;
        std::optional<AuditReport> report;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf; // domain -> row
};

class BatchAuditFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, NeedsWork, NotAudited };

    explicit BatchAuditFilter(QObject* parent = nullptr);
    void setText(const QString& text); // part of a domain name, case-insensitive
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    Show m_show = Show::All;
};
