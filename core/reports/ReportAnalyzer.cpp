#include "ReportAnalyzer.h"

#include "SpfIncludeMatcher.h"
#include "SpfSnapshotStore.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <libpsl.h>

#include <algorithm>

namespace {
constexpr qint64 SecondsPerDay = 86400;

qint64 startOf(const QDate& d, qint64 fallback) {
    return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() : fallback;
}

QDate dayOf(qint64 dayNumber) {
    return QDateTime::fromSecsSinceEpoch(dayNumber * SecondsPerDay, QTimeZone::utc()).date();
}

QList<SourceGroup> groupBy(const QList<ReportSource>& sources, QString ReportSource::*key,
                           const QString& fallback) {
    QHash<QString, SourceGroup> groups;
    for (const ReportSource& s : sources) {
        const QString name = (s.*key).isEmpty() ? fallback : s.*key;
        SourceGroup& g = groups[name];
        g.name = name;
        g.count += s.count;
        g.dmarcPass += s.dmarc.pass;
        ++g.sources;
    }
    QList<SourceGroup> out = groups.values();
    std::sort(out.begin(), out.end(), [](const SourceGroup& a, const SourceGroup& b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return out;
}
} // namespace

ReportAnalyzer::ReportAnalyzer(std::shared_ptr<HistoryDatabase> database)
    : m_database(std::move(database)) {}

QString ReportAnalyzer::registrableDomain(const QString& name) {
    if (name.isEmpty())
        return {};
    static const psl_ctx_t* psl = [] {
        const psl_ctx_t* ctx = psl_latest(nullptr);
        return ctx ? ctx : psl_builtin();
    }();
    const QByteArray ace = name.toLower().toUtf8();
    if (psl) {
        if (const char* registrable = psl_registrable_domain(psl, ace.constData()))
            return QString::fromUtf8(registrable);
    }
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return labels.size() <= 2 ? name.toLower()
                              : labels.mid(labels.size() - 2).join(QLatin1Char('.')).toLower();
}

QStringList ReportAnalyzer::domains() {
    QStringList out;
    auto db = m_database->connection();
    if (!db)
        return out;
    QSqlQuery q(*db);
    if (q.exec(QStringLiteral(
            "SELECT domain FROM dmarc_reports UNION SELECT domain FROM tlsrpt_policies ORDER BY 1")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

std::expected<ReportSummary, QString> ReportAnalyzer::summarize(const ReportQuery& query) {
    auto connection = m_database->connection();
    if (!connection)
        return std::unexpected(connection.error());
    const QSqlDatabase db = *connection;
    ReportSummary summary;
    summary.domain = query.domain.trimmed().toLower();
    if (summary.domain.endsWith(QLatin1Char('.')))
        summary.domain.chop(1);
    summary.since = query.since;
    summary.until = query.until;
    const qint64 from = startOf(query.since, 0);
    const qint64 to =
        query.until.isValid() ? startOf(query.until.addDays(1), 0) : std::numeric_limits<qint64>::max();

    auto run = [&](QSqlQuery& q, const QString& sql) -> std::expected<void, QString> {
        q.prepare(sql);
        q.addBindValue(summary.domain);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return std::unexpected(QStringLiteral("database error: %1").arg(q.lastError().text()));
        return {};
    };
    const QString reportFilter = QStringLiteral("p.domain = ? AND p.begin_ts >= ? AND p.begin_ts < ?");

    QSqlQuery q(db);
    if (auto r = run(
            q, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(p.messages), 0) FROM dmarc_reports p WHERE ") +
                   reportFilter);
        !r)
        return std::unexpected(r.error());
    if (q.next()) {
        summary.reports = q.value(0).toInt();
        summary.messages = q.value(1).toLongLong();
    }
    if (auto r = run(q, QStringLiteral("SELECT p.policy_json FROM dmarc_reports p WHERE ") + reportFilter +
                            QStringLiteral(" ORDER BY p.begin_ts DESC LIMIT 1"));
        !r)
        return std::unexpected(r.error());
    if (q.next())
        summary.publishedPolicy = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();

    // Sources: one pass over the rows of the domain's reports in the range.
    if (auto r = run(
            q,
            QStringLiteral(
                "SELECT r.source_ip, SUM(r.count), "
                "SUM(CASE WHEN r.spf = 'pass' THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN r.dkim = 'pass' THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN r.spf = 'pass' OR r.dkim = 'pass' THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN r.dkim = 'pass' AND COALESCE(r.spf, '') <> 'pass' THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN r.disposition = 'quarantine' THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN r.disposition = 'reject' THEN r.count ELSE 0 END), "
                "MAX(n.name) "
                "FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report "
                "LEFT JOIN reverse_names n ON n.ip = r.source_ip WHERE ") +
                reportFilter + QStringLiteral(" GROUP BY r.source_ip"));
        !r)
        return std::unexpected(r.error());

    SpfIncludeMatcher matcher;
    SpfSnapshotStore snapshots(m_database);
    if (const auto snapshot = snapshots.latest(summary.domain)) {
        matcher = SpfIncludeMatcher::fromTreeJson(snapshot->tree);
        summary.spfSnapshotTakenAt = snapshot->takenAt.toString(Qt::ISODate);
    }
    while (q.next()) {
        ReportSource s;
        s.ip = q.value(0).toString();
        s.count = q.value(1).toLongLong();
        s.spf = {q.value(2).toLongLong(), s.count - q.value(2).toLongLong()};
        s.dkim = {q.value(3).toLongLong(), s.count - q.value(3).toLongLong()};
        s.dmarc = {q.value(4).toLongLong(), s.count - q.value(4).toLongLong()};
        s.forwarded = q.value(5).toLongLong();
        s.quarantined = q.value(6).toLongLong();
        s.rejected = q.value(7).toLongLong();
        s.reverseName = q.value(8).toString();
        s.reverseDomain = registrableDomain(s.reverseName);
        s.matchedInclude = matcher.match(QHostAddress(s.ip));
        if (s.matchedInclude.isEmpty())
            s.matchedInclude = QStringLiteral("unknown");
        summary.dmarc.pass += s.dmarc.pass;
        summary.dmarc.fail += s.dmarc.fail;
        summary.sources.append(s);
    }
    std::sort(summary.sources.begin(), summary.sources.end(),
              [](const ReportSource& a, const ReportSource& b) {
                  return a.count != b.count ? a.count > b.count : a.ip < b.ip;
              });
    summary.byReverseDomain =
        groupBy(summary.sources, &ReportSource::reverseDomain, QStringLiteral("(no reverse name)"));
    summary.byInclude = groupBy(summary.sources, &ReportSource::matchedInclude, QStringLiteral("unknown"));

    for (const QString& policy : {QStringLiteral("quarantine"), QStringLiteral("reject")}) {
        PolicySimulation& sim = policy == u"reject" ? summary.reject : summary.quarantine;
        sim.policy = policy;
    }
    for (const ReportSource& s : std::as_const(summary.sources)) {
        if (s.matchedInclude == u"unknown")
            summary.unknownSources.append(s);
        if (s.forwarded > 0)
            summary.forwarders.append(s);
        if (s.dmarc.fail == 0)
            continue;
        for (PolicySimulation* sim : {&summary.quarantine, &summary.reject}) {
            sim->messages += s.dmarc.fail;
            sim->sources.append(s);
            if (s.matchedInclude != u"unknown")
                sim->knownSenders += s.dmarc.fail;
        }
        // A receiver that already rejected counts for both; quarantine only for quarantine.
        summary.quarantine.alreadyApplied += qMin(s.dmarc.fail, s.quarantined + s.rejected);
        summary.reject.alreadyApplied += qMin(s.dmarc.fail, s.rejected);
    }
    std::sort(summary.forwarders.begin(), summary.forwarders.end(),
              [](const ReportSource& a, const ReportSource& b) { return a.forwarded > b.forwarded; });
    for (PolicySimulation* sim : {&summary.quarantine, &summary.reject})
        std::sort(sim->sources.begin(), sim->sources.end(), [](const ReportSource& a, const ReportSource& b) {
            return a.dmarc.fail != b.dmarc.fail ? a.dmarc.fail > b.dmarc.fail : a.ip < b.ip;
        });

    if (auto r = run(
            q,
            QStringLiteral(
                "SELECT p.begin_ts / 86400, "
                "SUM(CASE WHEN r.spf = 'pass' OR r.dkim = 'pass' THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND COALESCE(r.disposition, 'none') "
                "NOT IN ('quarantine', 'reject') THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND r.disposition = 'quarantine' "
                "THEN r.count ELSE 0 END), "
                "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND r.disposition = 'reject' "
                "THEN r.count ELSE 0 END) "
                "FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report WHERE ") +
                reportFilter + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
        !r)
        return std::unexpected(r.error());
    while (q.next())
        summary.daily.append({dayOf(q.value(0).toLongLong()), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});

    if (auto r =
            run(q, QStringLiteral("SELECT d.domain, d.selector, SUM(r.count), "
                                  "SUM(CASE WHEN d.result = 'pass' THEN r.count ELSE 0 END) "
                                  "FROM dmarc_dkim d JOIN dmarc_records r ON r.id = d.record "
                                  "JOIN dmarc_reports p ON p.id = r.report WHERE ") +
                       reportFilter +
                       QStringLiteral(" AND COALESCE(d.selector, '') <> '' GROUP BY d.domain, d.selector "
                                      "ORDER BY 3 DESC, 1, 2"));
        !r)
        return std::unexpected(r.error());
    while (q.next())
        summary.dkimSelectors.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});

    // TLS-RPT: per policy of the domain, by report start day.
    if (auto r =
            run(q, QStringLiteral(
                       "SELECT p.begin_ts / 86400, COUNT(DISTINCT p.id), SUM(t.successful), "
                       "SUM(t.failed) FROM tlsrpt_policies t JOIN tlsrpt_reports p ON p.id = t.report "
                       "WHERE t.domain = ? AND p.begin_ts >= ? AND p.begin_ts < ? GROUP BY 1 ORDER BY 1"));
        !r)
        return std::unexpected(r.error());
    while (q.next()) {
        summary.tlsReports += q.value(1).toInt();
        summary.tlsSuccessful += q.value(2).toLongLong();
        summary.tlsFailed += q.value(3).toLongLong();
        summary.tlsDaily.append(
            {dayOf(q.value(0).toLongLong()), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    if (auto r =
            run(q, QStringLiteral(
                       "SELECT f.result_type, SUM(f.failed) FROM tlsrpt_failures f "
                       "JOIN tlsrpt_policies t ON t.id = f.policy JOIN tlsrpt_reports p ON p.id = t.report "
                       "WHERE t.domain = ? AND p.begin_ts >= ? AND p.begin_ts < ? "
                       "GROUP BY 1 ORDER BY 2 DESC, 1"));
        !r)
        return std::unexpected(r.error());
    while (q.next())
        summary.tlsFailureTypes.append({q.value(0).toString(), q.value(1).toLongLong()});
    return summary;
}
