#include "MetricsFile.h"

#include "MetricsHistorySource.h"
#include "MetricsWriter.h"

#include <QSaveFile>

std::expected<void, QString> MetricsFile::write(const QString& path, const QByteArray& text) {
    QSaveFile file(path);
    // No direct write fallback: a collector must never read a half-written file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return std::unexpected(QStringLiteral("metrics not written to %1: %2").arg(path, file.errorString()));
    return {};
}

std::expected<void, QString> MetricsFile::writeAudits(const QString& path, const QList<AuditReport>& reports,
                                                      AuditHistory* history,
                                                      const std::shared_ptr<HistoryDatabase>& database) {
    MetricsInput input;
    input.reports = reports;
    input.now = QDateTime::currentDateTimeUtc();
    MetricsHistorySource::addHistory(input, history, database, input.now.date());
    QDateTime first, last;
    for (const AuditReport& r : reports) {
        if (r.startedAt.isValid() && (!first.isValid() || r.startedAt < first))
            first = r.startedAt;
        if (r.finishedAt.isValid() && (!last.isValid() || r.finishedAt > last))
            last = r.finishedAt;
    }
    if (first.isValid() && last.isValid())
        input.runDurationSeconds = double(first.msecsTo(last)) / 1000.0;
    return write(path, MetricsWriter::write(input));
}
