#pragma once
// Imports report files (and folders of them) into the history database: unpacks archives and
// mail, parses DMARC aggregate and TLS-RPT reports, and stores each file in one transaction, so a
// file that fails leaves nothing behind. A report already stored (same org and report id) is
// recognised and not counted twice. Call from any thread; each uses its own connection.

#include "AggregateReport.h"
#include "ImportFileResult.h"
#include "ReportArchiveReader.h"
#include "history/HistoryDatabase.h"

#include <QHash>
#include <QIODevice>
#include <QPair>

#include <atomic>
#include <functional>
#include <memory>

class QSqlDatabase;
class SourceTotals;

class ReportImporter {
public:
    explicit ReportImporter(std::shared_ptr<HistoryDatabase> database, ReportArchiveLimits limits = {});

    // How many sources' sums a report holds before adding them to the totals (a memory bound; the
    // totals are the same whatever the number). Tests lower it to cross that path with small reports.
    void setSourcesHeld(qsizetype sources) { m_sourcesHeld = sources; }

    // Applies the reports schema; call once before importing.
    std::expected<void, QString> prepare();

    // Files as given, folders expanded recursively (sorted, hidden files skipped).
    static QStringList expandPaths(const QStringList& paths);

    ImportFileResult importFile(const QString& path);

    using Progress = std::function<void(int done, int total, const ImportFileResult& last)>;
    QList<ImportFileResult> importPaths(const QStringList& paths, const Progress& progress = {},
                                        const std::atomic_bool* cancel = nullptr);

private:
    struct Statements;
    struct DayTotals;
    using SelectorTotals = QHash<QPair<QString, QString>, QPair<qint64, qint64>>;
    ImportFileResult importFileOnce(const QString& path, bool& transient);
    static std::expected<void, QString> storeTotals(Statements& s, const AggregateReportHeader& h,
                                                    const DayTotals& day, SourceTotals& sources,
                                                    const SelectorTotals& selectors);
    std::expected<void, QString> importPayload(Statements& s, QIODevice* device, const QString& name,
                                               ImportFileResult& result);
    std::expected<void, QString> importDmarc(Statements& s, QIODevice* device, const QString& name,
                                             ImportFileResult& result);
    std::expected<void, QString> importTlsRpt(Statements& s, const QByteArray& json, const QString& name,
                                              ImportFileResult& result);
    std::expected<void, QString> importContents(Statements& s, const QString& path, ImportFileResult& result);

    std::shared_ptr<HistoryDatabase> m_database;
    ReportArchiveReader m_archives;
    qsizetype m_sourcesHeld = 50'000;
};
