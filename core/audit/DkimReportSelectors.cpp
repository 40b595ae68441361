#include "DkimReportSelectors.h"

#include "history/HistoryDatabase.h"
#include "reports/ReportAnalyzer.h"

#include <QFileInfo>

QList<DkimSelectorCandidate> DkimReportSelectors::candidates(const QString& domain,
                                                             const QString& databasePath) {
    const QString path = databasePath.isEmpty() ? HistoryDatabase::defaultPath() : databasePath;
    if (!QFileInfo::exists(path))
        return {};
    auto database = HistoryDatabase::open(path);
    if (!database)
        return {};
    QList<DkimSelectorCandidate> out;
    for (const QString& selector : ReportAnalyzer(*database).dkimSelectors(domain))
        out << DkimSelectorCandidate{selector, DkimSelectorSource::Report,
                                     QStringLiteral("DMARC aggregate reports")};
    return out;
}
