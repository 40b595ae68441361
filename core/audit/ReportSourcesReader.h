#pragma once
// The busiest DMARC-passing sources of the imported aggregate reports, per domain, for the
// blocklist check (AuditCheckOptions::reportSources): the audit layer reads storage, the check
// never does. Shared by the CLI's audit and the GUI's.
#include <QDate>
#include <QHash>
#include <QStringList>

#include <memory>

class HistoryDatabase;

class ReportSourcesReader {
public:
    // Domains without imported reports are left out. errors: one line per failure (the report
    // tables could not be prepared, or one domain could not be read); the rest is still read.
    static QHash<QString, QStringList> read(const std::shared_ptr<HistoryDatabase>& database,
                                            const QStringList& domains, const QDate& since,
                                            QStringList* errors);
};
