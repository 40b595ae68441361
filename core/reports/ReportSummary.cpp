#include "ReportSummary.h"

#include <QJsonArray>

namespace {
template <typename T> QJsonArray toArray(const QList<T>& list, int limit = 0) {
    QJsonArray a;
    const qsizetype n = limit > 0 ? qMin<qsizetype>(limit, list.size()) : list.size();
    for (qsizetype i = 0; i < n; ++i)
        a.append(list.at(i).toJson());
    return a;
}
} // namespace

QJsonObject PassFail::toJson() const {
    return {{QStringLiteral("pass"), pass}, {QStringLiteral("fail"), fail}};
}

QJsonObject ReportSource::toJson() const {
    QJsonObject o{{QStringLiteral("ip"), ip},
                  {QStringLiteral("count"), count},
                  {QStringLiteral("spf"), spf.toJson()},
                  {QStringLiteral("dkim"), dkim.toJson()},
                  {QStringLiteral("dmarc"), dmarc.toJson()},
                  {QStringLiteral("forwarded"), forwarded},
                  {QStringLiteral("quarantined"), quarantined},
                  {QStringLiteral("rejected"), rejected},
                  {QStringLiteral("matchedInclude"), matchedInclude}};
    o.insert(QStringLiteral("reverseName"), reverseName.isEmpty() ? QJsonValue() : QJsonValue(reverseName));
    o.insert(QStringLiteral("reverseDomain"),
             reverseDomain.isEmpty() ? QJsonValue() : QJsonValue(reverseDomain));
    return o;
}

QJsonObject SourceGroup::toJson() const {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("count"), count},
            {QStringLiteral("dmarcPass"), dmarcPass},
            {QStringLiteral("sources"), sources}};
}

QJsonObject DailyVolume::toJson() const {
    return {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("messages"), total()},
            {QStringLiteral("pass"), pass},
            {QStringLiteral("failDelivered"), failNone},
            {QStringLiteral("quarantined"), quarantined},
            {QStringLiteral("rejected"), rejected}};
}

QJsonObject SelectorSeen::toJson() const {
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("selector"), selector},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("pass"), pass}};
}

QJsonObject PolicySimulation::toJson(int limit) const {
    QJsonArray list;
    for (const ReportSource& s : sources) {
        if (limit > 0 && list.size() >= limit)
            break;
        list.append(QJsonObject{{QStringLiteral("ip"), s.ip},
                                {QStringLiteral("count"), s.dmarc.fail},
                                {QStringLiteral("matchedInclude"), s.matchedInclude},
                                {QStringLiteral("reverseName"),
                                 s.reverseName.isEmpty() ? QJsonValue() : QJsonValue(s.reverseName)}});
    }
    return {{QStringLiteral("policy"), policy},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("alreadyApplied"), alreadyApplied},
            {QStringLiteral("newlyAffected"), messages - alreadyApplied},
            {QStringLiteral("knownSenders"), knownSenders},
            {QStringLiteral("sourcesTotal"), sourceCount},
            {QStringLiteral("sources"), list}};
}

QJsonObject TlsRptDaily::toJson() const {
    return {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("successful"), successful},
            {QStringLiteral("failed"), failed}};
}

QJsonObject ReportSummary::toJson(int limit) const {
    QJsonArray types;
    for (const auto& [type, sessions] : tlsFailureTypes)
        types.append(
            QJsonObject{{QStringLiteral("resultType"), type}, {QStringLiteral("sessions"), sessions}});
    const qint64 shown = limit > 0 ? qMin<qint64>(limit, sources.size()) : sources.size();
    QJsonObject o{
        {QStringLiteral("domain"), domain},
        {QStringLiteral("since"), since.isValid() ? QJsonValue(since.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("until"), until.isValid() ? QJsonValue(until.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("publishedPolicy"), publishedPolicy},
        {QStringLiteral("spfSnapshot"),
         spfSnapshotTakenAt.isEmpty() ? QJsonValue() : QJsonValue(spfSnapshotTakenAt)},
        {QStringLiteral("dmarc"), dmarc.toJson()},
        {QStringLiteral("sourceCount"), sourceCount},
        {QStringLiteral("sourcesShown"), shown},
        {QStringLiteral("truncated"), shown < sourceCount},
        {QStringLiteral("sourcesTotal"), sourceCount}, // the older name of sourceCount
        {QStringLiteral("sources"), toArray(sources, limit)},
        {QStringLiteral("byReverseDomain"), toArray(byReverseDomain, limit)},
        {QStringLiteral("byInclude"), toArray(byInclude)},
        {QStringLiteral("unknownSourcesTotal"), unknownSourceCount},
        {QStringLiteral("unknownMessages"), unknownMessages},
        {QStringLiteral("unknownSources"), toArray(unknownSources, limit)},
        {QStringLiteral("forwardersTotal"), forwarderCount},
        {QStringLiteral("forwarders"), toArray(forwarders, limit)},
        {QStringLiteral("dkimSelectors"), toArray(dkimSelectors)},
        {QStringLiteral("daily"), toArray(daily)},
        {QStringLiteral("simulation"), QJsonObject{{QStringLiteral("quarantine"), quarantine.toJson(limit)},
                                                   {QStringLiteral("reject"), reject.toJson(limit)}}},
        {QStringLiteral("tlsRpt"), QJsonObject{{QStringLiteral("reports"), tlsReports},
                                               {QStringLiteral("successfulSessions"), tlsSuccessful},
                                               {QStringLiteral("failedSessions"), tlsFailed},
                                               {QStringLiteral("daily"), toArray(tlsDaily)},
                                               {QStringLiteral("failureTypes"), types}}},
    };
    return o;
}
