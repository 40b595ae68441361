#include "SenderSections.h"

#include "reports/ReportAnalyzer.h"
#include "reports/ReportSchema.h"

QHash<QString, QJsonObject> SenderSections::collect(const std::shared_ptr<HistoryDatabase>& database,
                                                    const QStringList& domains, const QDate& since,
                                                    const QDate& until) {
    QHash<QString, QJsonObject> out;
    if (!database || database->schemaVersion(ReportSchema::component()) == 0)
        return out;
    ReportAnalyzer analyzer(database);
    for (const QString& domain : domains) {
        auto summary = analyzer.summarize({domain, since, until});
        if (!summary || (summary->reports == 0 && summary->tlsReports == 0))
            continue;
        // The document's tables show the biggest entries; the pass rates need every source.
        PassFail spf, dkim;
        qint64 forwarded = 0;
        for (const ReportSource& s : std::as_const(summary->sources)) {
            spf.pass += s.spf.pass;
            spf.fail += s.spf.fail;
            dkim.pass += s.dkim.pass;
            dkim.fail += s.dkim.fail;
            forwarded += s.forwarded;
        }
        qint64 unknownMessages = 0;
        for (const ReportSource& s : std::as_const(summary->unknownSources))
            unknownMessages += s.count;
        QJsonObject o = summary->toJson(ListLimit);
        o.insert(QStringLiteral("spfTotals"), spf.toJson());
        o.insert(QStringLiteral("dkimTotals"), dkim.toJson());
        o.insert(QStringLiteral("forwardedMessages"), forwarded);
        o.insert(QStringLiteral("unknownMessages"), unknownMessages);
        out.insert(summary->domain, o);
    }
    return out;
}
