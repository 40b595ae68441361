#include "AuditReport.h"

#include <QSet>

int AuditReport::count(Severity severity) const {
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

bool AuditReport::hasFinding(QStringView code) const {
    return std::any_of(findings.cbegin(), findings.cend(),
                       [code](const Finding& f) { return f.code == code; });
}

QList<Finding> AuditReport::findingsOf(const QString& area) const {
    QList<Finding> out;
    for (const Finding& f : findings)
        if (f.area == area)
            out << f;
    return out;
}

QList<AuditRecord> AuditReport::recordsFromQueries(const QList<QueryLogEntry>& entries) {
    QList<AuditRecord> out;
    QSet<QString> seen;
    for (const QueryLogEntry& e : entries) {
        const DnsAnswer& a = e.answer;
        QList<DnsRecord> all = a.cnames;
        all += a.records;
        for (const DnsRecord& r : all) {
            AuditRecord rec;
            rec.name = r.name;
            rec.type = dnsRecordTypeName(r.type);
            rec.ttl = r.ttl;
            rec.data = (r.type == DnsRecordType::TXT || r.type == DnsRecordType::SPF) ? r.text() : r.rdata;
            rec.staged = a.staged;
            rec.source = dnsSourceName(a.origin); // where read, not how this asker got it
            const QString key = rec.key() + QLatin1Char(' ') + rec.data;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out << rec;
        }
    }
    return out;
}

QJsonArray AuditReport::queryJson() const {
    if (queryLog.isEmpty())
        return queries;
    QJsonArray out;
    for (const QueryLogEntry& e : queryLog)
        out.append(e.toJson());
    return out;
}

int AuditReport::queryCount() const {
    return int(queryLog.isEmpty() ? queries.size() : queryLog.size());
}

int AuditReport::failedQueries() const {
    const auto failed = [](DnsOutcome o) {
        return o == DnsOutcome::Timeout || o == DnsOutcome::ServFail || o == DnsOutcome::NetworkError ||
               o == DnsOutcome::Refused;
    };
    int n = 0;
    if (!queryLog.isEmpty()) {
        for (const QueryLogEntry& e : queryLog)
            n += failed(e.answer.outcome);
        return n;
    }
    QStringList failedNames;
    for (DnsOutcome o :
         {DnsOutcome::Timeout, DnsOutcome::ServFail, DnsOutcome::NetworkError, DnsOutcome::Refused})
        failedNames << dnsOutcomeName(o);
    for (const auto& q : queries)
        n += failedNames.contains(q.toObject().value(QStringLiteral("outcome")).toString());
    return n;
}

QJsonObject AuditReport::toJson(bool withQueries) const {
    QJsonArray f;
    for (const Finding& finding : findings)
        f.append(finding.toJson());
    QJsonArray recs;
    for (const AuditRecord& r : records)
        recs.append(r.toJson());
    QJsonObject o{
        {QStringLiteral("domain"), domain},
        {QStringLiteral("grade"), grade},
        {QStringLiteral("gradeReasons"), QJsonArray::fromStringList(gradeReasons)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("error"), count(Severity::Error)},
                                               {QStringLiteral("warning"), count(Severity::Warning)},
                                               {QStringLiteral("info"), count(Severity::Info)}}},
        {QStringLiteral("findings"), f},
        {QStringLiteral("recordsFound"), QJsonArray::fromStringList(recordsFound)},
        {QStringLiteral("records"), recs},
        {QStringLiteral("resolver"), resolver},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("staged"), staged},
    };
    // Every check under its area name, as `mailsight-cli <area> --format json` prints it; a check
    // the build does not have yet is null rather than missing, so consumers see the shape.
    for (const QString& area : {QStringLiteral("spf"), QStringLiteral("dmarc"), QStringLiteral("dkim")})
        o.insert(area, checks.contains(area) ? checks.value(area) : QJsonValue());
    for (auto it = checks.constBegin(); it != checks.constEnd(); ++it)
        o.insert(it.key(), it.value());
    if (withQueries)
        o.insert(QStringLiteral("queries"), queryJson());
    if (queriesAsked >= 0)
        o.insert(QStringLiteral("queries_asked"), queriesAsked);
    if (!stagedSources.isEmpty())
        o.insert(QStringLiteral("stagedSources"), QJsonArray::fromStringList(stagedSources));
    if (id > 0)
        o.insert(QStringLiteral("id"), id);
    if (timedOut)
        o.insert(QStringLiteral("timedOut"), true);
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    if (!diff.isEmpty())
        o.insert(QStringLiteral("diff"), diff);
    if (!shard.isEmpty())
        o.insert(QStringLiteral("shard"), shard);
    return o;
}

std::expected<AuditReport, QString> AuditReport::fromJson(const QJsonObject& o) {
    AuditReport r;
    r.domain = o.value(QStringLiteral("domain")).toString();
    if (r.domain.isEmpty())
        return std::unexpected(QStringLiteral("an audit report needs a domain"));
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.grade = o.value(QStringLiteral("grade")).toString();
    for (const auto& v : o.value(QStringLiteral("gradeReasons")).toArray())
        r.gradeReasons << v.toString();
    for (const auto& v : o.value(QStringLiteral("findings")).toArray())
        r.findings << Finding::fromJson(v.toObject());
    for (const auto& v : o.value(QStringLiteral("recordsFound")).toArray())
        r.recordsFound << v.toString();
    for (const auto& v : o.value(QStringLiteral("records")).toArray())
        r.records << AuditRecord::fromJson(v.toObject());
    r.queries = o.value(QStringLiteral("queries")).toArray();
    r.resolver = o.value(QStringLiteral("resolver")).toString();
    r.startedAt = QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    r.staged = o.value(QStringLiteral("staged")).toBool();
    for (const auto& v : o.value(QStringLiteral("stagedSources")).toArray())
        r.stagedSources << v.toString();
    r.timedOut = o.value(QStringLiteral("timedOut")).toBool();
    r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    r.queriesAsked = o.value(QStringLiteral("queries_asked")).toInt(-1);
    r.diff = o.value(QStringLiteral("diff")).toObject();
    r.shard = o.value(QStringLiteral("shard")).toObject();
    static const QSet<QString> known{QStringLiteral("domain"),       QStringLiteral("id"),
                                     QStringLiteral("grade"),        QStringLiteral("gradeReasons"),
                                     QStringLiteral("counts"),       QStringLiteral("findings"),
                                     QStringLiteral("recordsFound"), QStringLiteral("records"),
                                     QStringLiteral("queries"),      QStringLiteral("resolver"),
                                     QStringLiteral("startedAt"),    QStringLiteral("finishedAt"),
                                     QStringLiteral("staged"),       QStringLiteral("stagedSources"),
                                     QStringLiteral("timedOut"),     QStringLiteral("cancelled"),
                                     QStringLiteral("diff"),         QStringLiteral("queries_asked"),
                                     QStringLiteral("shard")};
    // Every other object-valued key is a check's JSON.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()) && it.value().isObject())
            r.checks.insert(it.key(), it.value());
    return r;
}
