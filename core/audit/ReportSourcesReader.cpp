#include "ReportSourcesReader.h"

#include "reports/DmarcPassingSources.h"
#include "reports/ReportImporter.h"

QHash<QString, QStringList> ReportSourcesReader::read(const std::shared_ptr<HistoryDatabase>& database,
                                                      const QStringList& domains, const QDate& since,
                                                      QStringList* errors) {
    QHash<QString, QStringList> out;
    if (auto prepared = ReportImporter(database).prepare(); !prepared) {
        if (errors)
            *errors << QStringLiteral("report sources not read: %1").arg(prepared.error());
        return out;
    }
    for (const QString& d : domains) {
        auto sources = DmarcPassingSources::busiest(database, d, since);
        if (sources && !sources->isEmpty())
            out.insert(d, *sources);
        else if (!sources && errors)
            *errors << QStringLiteral("report sources of %1 not read: %2").arg(d, sources.error());
    }
    return out;
}
