#pragma once
// Writes the metrics for node_exporter's textfile collector: to a temporary file in the target's
// directory, then renamed over it (QSaveFile), so that a scrape reads the old file or the new one,
// never half of one. A new file is readable by others (0666 less the umask): the collector runs as
// its own user.

#include "MetricsInput.h"

#include <expected>

class AuditHistory;
class HistoryDatabase;

class MetricsFile {
public:
    static std::expected<void, QString> write(const QString& path, const QByteArray& text);
    // The hook of `audit --metrics FILE`: the audits just run, with what the history knows (key
    // first seen, DMARC pass ratio; either may be null), written to path.
    static std::expected<void, QString> writeAudits(const QString& path, const QList<AuditReport>& reports,
                                                    AuditHistory* history,
                                                    const std::shared_ptr<HistoryDatabase>& database);
};
