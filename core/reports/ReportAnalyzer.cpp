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
#include <vector>

namespace {
constexpr qint64 SecondsPerDay = 86400;

qint64 startOf(const QDate& d, qint64 fallback) {
    return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() : fallback;
}

// The first day not before `seconds`: begin_ts < to  <=>  begin_ts / 86400 < dayCeiling(to).
qint64 dayCeiling(qint64 seconds) {
    return seconds / SecondsPerDay + (seconds % SecondsPerDay != 0 ? 1 : 0);
}

QDate dayOf(qint64 dayNumber) {
    return QDateTime::fromSecsSinceEpoch(dayNumber * SecondsPerDay, QTimeZone::utc()).date();
}

QList<SourceGroup> groupBy(const QList<ReportSource>& sources, QString ReportSource::*key,
                           const QString& fallback) {
    // Most sources of a large domain fall in the fallback group (no reverse name, no include):
    // summed outside the hash, which would hash the same name a hundred thousand times.
    SourceGroup rest;
    rest.name = fallback;
    QHash<QString, SourceGroup> groups;
    for (const ReportSource& s : sources) {
        const QString& name = s.*key;
        SourceGroup& g = name.isEmpty() || name == fallback ? rest : groups[name];
        if (&g != &rest)
            g.name = name;
        g.count += s.count;
        g.dmarcPass += s.dmarc.pass;
        ++g.sources;
    }
    if (rest.sources > 0)
        groups.insert(fallback, rest);
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

std::expected<QList<DailyVolume>, QString> ReportAnalyzer::sourceDaily(const ReportQuery& query,
                                                                       const QString& ip) {
    auto connection = m_database->connection();
    if (!connection)
        return std::unexpected(connection.error());
    QSqlQuery q(*connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT day, dmarc_pass, fail_none, fail_quarantined, fail_rejected FROM dmarc_source_days "
        "WHERE domain = ? AND day >= ? AND day < ? AND source_ip = ? ORDER BY day"));
    QString domain = query.domain.trimmed().toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    q.addBindValue(domain);
    q.addBindValue(startOf(query.since, 0) / SecondsPerDay);
    q.addBindValue(query.until.isValid() ? startOf(query.until.addDays(1), 0) / SecondsPerDay
                                         : std::numeric_limits<qint64>::max() / SecondsPerDay + 1);
    q.addBindValue(ip);
    if (!q.exec())
        return std::unexpected(QStringLiteral("database error: %1").arg(q.lastError().text()));
    QList<DailyVolume> out;
    while (q.next())
        out.append({dayOf(q.value(0).toLongLong()), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

QStringList ReportAnalyzer::dkimSelectors(const QString& domain) {
    QStringList out;
    const QString d = domain.trimmed().toLower();
    auto summary = summarize({d, {}, {}});
    if (!summary)
        return out;
    for (const SelectorSeen& s : summary->dkimSelectors)
        if ((s.domain == d || s.domain.endsWith(QLatin1Char('.') + d)) && !out.contains(s.selector))
            out.append(s.selector);
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

    // The totals tables are kept per report day: bounds in days (from and to are midnights).
    enum Bounds { secondBounds, dayBounds };
    auto run = [&](QSqlQuery& q, const QString& sql,
                   Bounds bounds = secondBounds) -> std::expected<void, QString> {
        q.setForwardOnly(true); // no row cache: a summary can walk a million rows
        q.prepare(sql);
        q.addBindValue(summary.domain);
        q.addBindValue(bounds == dayBounds ? from / SecondsPerDay : from);
        q.addBindValue(bounds == dayBounds ? dayCeiling(to) : to);
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
            // The whole period comes from the all-time totals (one row per source); a range sums
            // the per-day ones. Both come in address order (the key order; addresses are ASCII, so
            // the byte order is QString's), which a stable sort by volume keeps for equal volumes.
            query.since.isValid() || query.until.isValid()
                ? QStringLiteral(
                      "SELECT s.source_ip, SUM(s.count), SUM(s.spf_pass), SUM(s.dkim_pass), "
                      "SUM(s.dmarc_pass), SUM(s.forwarded), SUM(s.quarantined), SUM(s.rejected), MAX(n.name) "
                      "FROM dmarc_source_days s LEFT JOIN reverse_names n ON n.ip = s.source_ip "
                      "WHERE s.domain = ? AND s.day >= ? AND s.day < ? GROUP BY s.source_ip ORDER BY 1")
                : QStringLiteral("SELECT s.source_ip, s.count, s.spf_pass, s.dkim_pass, s.dmarc_pass, "
                                 "s.forwarded, s.quarantined, s.rejected, n.name "
                                 "FROM dmarc_sources s LEFT JOIN reverse_names n ON n.ip = s.source_ip "
                                 "WHERE s.domain = ? AND ? >= 0 AND ? > 0 ORDER BY s.source_ip"),
            dayBounds);
        !r)
        return std::unexpected(r.error());

    SpfIncludeMatcher matcher;
    SpfSnapshotStore snapshots(m_database);
    const QString unknown = QStringLiteral("unknown");
    if (const auto snapshot = snapshots.latest(summary.domain)) {
        matcher = SpfIncludeMatcher::fromTreeJson(snapshot->tree);
        summary.spfSnapshotTakenAt = snapshot->takenAt.toString(Qt::ISODate);
    }
    while (q.next()) {
        ReportSource s;
        s.ip = q.value(0).toString();
        s.count = q.value(1).toLongLong();
        const qint64 spfPass = q.value(2).toLongLong();
        const qint64 dkimPass = q.value(3).toLongLong();
        const qint64 dmarcPass = q.value(4).toLongLong();
        s.spf = {spfPass, s.count - spfPass};
        s.dkim = {dkimPass, s.count - dkimPass};
        s.dmarc = {dmarcPass, s.count - dmarcPass};
        s.forwarded = q.value(5).toLongLong();
        s.quarantined = q.value(6).toLongLong();
        s.rejected = q.value(7).toLongLong();
        s.reverseName = q.value(8).toString();
        s.reverseDomain = registrableDomain(s.reverseName);
        if (!matcher.isEmpty())
            s.matchedInclude = matcher.match(QHostAddress(s.ip));
        if (s.matchedInclude.isEmpty())
            s.matchedInclude = unknown;
        summary.dmarc.pass += s.dmarc.pass;
        summary.dmarc.fail += s.dmarc.fail;
        summary.sources.append(std::move(s));
    }
    const auto byVolume = [](const ReportSource& a, const ReportSource& b) {
        return a.count != b.count ? a.count > b.count : a.ip < b.ip;
    };
    // By volume, equal volumes kept in address order: a sort of (volume, position) pairs, then one
    // move of each source (sorting the sources themselves moves them about twenty times each).
    {
        std::vector<std::pair<qint64, qsizetype>> order;
        order.reserve(size_t(summary.sources.size()));
        for (qsizetype i = 0; i < summary.sources.size(); ++i)
            order.emplace_back(-summary.sources.at(i).count, i);
        std::sort(order.begin(), order.end());
        QList<ReportSource> sorted;
        sorted.reserve(summary.sources.size());
        for (const auto& [negativeCount, i] : order)
            sorted.append(std::move(summary.sources[i]));
        summary.sources = std::move(sorted);
    }
    // The full order (addresses compared as QString) is checked, and made if the keys differed.
    if (!std::is_sorted(summary.sources.cbegin(), summary.sources.cend(), byVolume))
        std::sort(summary.sources.begin(), summary.sources.end(), byVolume);
    summary.byReverseDomain =
        groupBy(summary.sources, &ReportSource::reverseDomain, QStringLiteral("(no reverse name)"));
    summary.byInclude = groupBy(summary.sources, &ReportSource::matchedInclude, QStringLiteral("unknown"));

    for (const QString& policy : {QStringLiteral("quarantine"), QStringLiteral("reject")}) {
        PolicySimulation& sim = policy == u"reject" ? summary.reject : summary.quarantine;
        sim.policy = policy;
    }
    // Without a matching SPF tree every source is unknown: the list is shared, not copied.
    const bool allUnknown = std::all_of(summary.sources.cbegin(), summary.sources.cend(),
                                        [](const ReportSource& s) { return s.matchedInclude == u"unknown"; });
    if (allUnknown)
        summary.unknownSources = summary.sources;
    for (const ReportSource& s : std::as_const(summary.sources)) {
        if (!allUnknown && s.matchedInclude == u"unknown")
            summary.unknownSources.append(s);
        if (s.forwarded > 0)
            summary.forwarders.append(s);
        if (s.dmarc.fail == 0)
            continue;
        summary.quarantine.sources.append(s);
        for (PolicySimulation* sim : {&summary.quarantine, &summary.reject}) {
            sim->messages += s.dmarc.fail;
            if (s.matchedInclude != u"unknown")
                sim->knownSenders += s.dmarc.fail;
        }
        // A receiver that already rejected counts for both; quarantine only for quarantine.
        summary.quarantine.alreadyApplied += qMin(s.dmarc.fail, s.quarantined + s.rejected);
        summary.reject.alreadyApplied += qMin(s.dmarc.fail, s.rejected);
    }
    std::sort(summary.forwarders.begin(), summary.forwarders.end(),
              [](const ReportSource& a, const ReportSource& b) { return a.forwarded > b.forwarded; });
    // Both simulations list the same failing sources: sorted once.
    std::sort(summary.quarantine.sources.begin(), summary.quarantine.sources.end(),
              [](const ReportSource& a, const ReportSource& b) {
                  return a.dmarc.fail != b.dmarc.fail ? a.dmarc.fail > b.dmarc.fail : a.ip < b.ip;
              });
    summary.reject.sources = summary.quarantine.sources;

    if (auto r = run(q,
                     QStringLiteral("SELECT day, pass, fail_none, quarantined, rejected FROM dmarc_days "
                                    "WHERE domain = ? AND day >= ? AND day < ? ORDER BY day"),
                     dayBounds);
        !r)
        return std::unexpected(r.error());
    while (q.next())
        summary.daily.append({dayOf(q.value(0).toLongLong()), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});

    // Selectors, summed per day at import (see ReportSchema::selectorDaysUpsert).
    if (auto r = run(q,
                     QStringLiteral("SELECT dkim_domain, selector, SUM(messages), SUM(pass) FROM "
                                    "dmarc_selector_days WHERE domain = ? AND day >= ? AND day < ? "
                                    "GROUP BY dkim_domain, selector ORDER BY 3 DESC, 1, 2"),
                     dayBounds);
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
