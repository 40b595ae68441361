#include "ReportAnalyzer.h"

#include "ReportAlignmentReader.h"
#include "SpfIncludeMatcher.h"
#include "SpfSnapshotStore.h"
#include "dmarc/PublicSuffixList.h"
#include "history/HistorySqlDialect.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {
constexpr qint64 SecondsPerDay = 86400;
// Addresses bound per statement in an IN list (SQLite caps the bound values of a statement).
constexpr qsizetype BindChunk = 5000;

qint64 startOf(const QDate& d, qint64 fallback) {
    return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() : fallback;
}

// The first day not before `seconds`: begin_ts < to  <=>  begin_ts / 86400 < dayCeiling(to).
qint64 dayCeiling(qint64 seconds) {
    return seconds / SecondsPerDay + (seconds % SecondsPerDay != 0 ? 1 : 0);
}

// Dotted-quad IPv4 parsed by hand: QHostAddress's string parser was a sixth of a summary that
// matches a hundred thousand addresses against the SPF tree. Anything else goes to QHostAddress.
QHostAddress parseAddress(const QString& text) {
    quint32 value = 0;
    quint32 part = 0;
    int digits = 0;
    int dots = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9' && digits < 3 && !(digits == 1 && part == 0)) { // no leading 0
            part = part * 10 + quint32(c.unicode() - u'0');
            ++digits;
        } else if (c == u'.' && digits > 0 && dots < 3 && part <= 255) {
            value = value << 8 | part;
            part = 0;
            digits = 0;
            ++dots;
        } else {
            return QHostAddress(text);
        }
    }
    if (dots != 3 || digits == 0 || part > 255)
        return QHostAddress(text);
    return QHostAddress(value << 8 | part);
}

QDate dayOf(qint64 dayNumber) {
    return QDateTime::fromSecsSinceEpoch(dayNumber * SecondsPerDay, QTimeZone::utc()).date();
}

QList<SourceGroup> sortedGroups(const QHash<QString, SourceGroup>& groups) {
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
    if (const QString org = PublicSuffixList::organizationalDomain(name); !org.isEmpty())
        return org;
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return labels.size() <= 2 ? name.toLower()
                              : labels.mid(labels.size() - 2).join(QLatin1Char('.')).toLower();
}

std::expected<ReportAlignment, QString> ReportAnalyzer::identifierAlignment(const ReportQuery& query,
                                                                            const DmarcAlignment& alignment) {
    auto connection = m_database->connection();
    if (!connection)
        return std::unexpected(connection.error());
    return ReportAlignmentReader::read(*connection, query, alignment);
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
    // The selectors do not depend on the sources: list just one.
    auto summary = summarize({d, {}, {}, 1});
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
        if (!q.prepare(sql))
            return std::unexpected(QStringLiteral("database error: %1").arg(q.lastError().text()));
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

    // Sources: the per-source sums over the range, as a subquery `S` (columns source_ip, count,
    // spf_pass, dkim_pass, dmarc_pass, forwarded, quarantined, rejected; three binds: domain and
    // the day bounds). The whole period reads the all-time totals (one row per source); a range sums
    // the per-day ones (SPF and DKIM passes then 0 in S, summed later for the listed sources).
    // Totals are SQL aggregates over S; only the listed sources become
    // ReportSource values, because materialising a hundred thousand of them through Qt Sql (a
    // QVariant per value) was most of the summary's time.
    bool ranged = query.since.isValid() || query.until.isValid();
    // A range that covers every stored day of the domain is the whole period: the all-time totals.
    if (ranged) {
        if (auto r =
                run(q,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM dmarc_days WHERE domain = ? AND NOT (day >= ? AND day < ?)"),
                    dayBounds);
            !r)
            return std::unexpected(r.error());
        ranged = !q.next() || q.value(0).toLongLong() > 0;
    }
    // A range sums the per-day rows of each source once, into a temporary table (in memory, see
    // HistoryDatabase) that the queries below read: a GROUP BY per query cost about 70 ms each for
    // a hundred thousand sources.
    const QString sourceSums =
        ranged ? QStringLiteral(
                     "SELECT source_ip, count, 0 AS spf_pass, 0 AS dkim_pass, dmarc_pass, forwarded, "
                     "quarantined, rejected FROM summary_source_sums "
                     "WHERE CAST(? AS TEXT) IS NOT NULL AND CAST(? AS BIGINT) >= 0 AND CAST(? AS BIGINT) > 0")
               : QStringLiteral("SELECT source_ip, count, spf_pass, dkim_pass, dmarc_pass, forwarded, "
                                "quarantined, rejected FROM dmarc_sources WHERE domain = ? AND CAST(? AS "
                                "BIGINT) >= 0 AND CAST(? AS BIGINT) > 0");
    QSqlQuery temp(db);
    const auto dropTemp = qScopeGuard([&] {
        if (ranged) {
            q.finish();
            temp.exec(QStringLiteral("DROP TABLE IF EXISTS summary_source_sums"));
        }
    });
    if (ranged) {
        temp.exec(QStringLiteral("DROP TABLE IF EXISTS summary_source_sums"));
        // Created first, then filled: PostgreSQL cannot prepare a CREATE TABLE … AS.
        if (!temp.exec(
                QStringLiteral("CREATE TEMP TABLE summary_source_sums (source_ip TEXT, count BIGINT, "
                               "dmarc_pass BIGINT, forwarded BIGINT, quarantined BIGINT, rejected BIGINT)")))
            return std::unexpected(QStringLiteral("database error: %1").arg(temp.lastError().text()));
        if (auto r =
                run(temp,
                    // Each summed column costs about 12 ms per hundred thousand sources: SPF
                    // and DKIM passes are summed for the listed sources only (further down).
                    QStringLiteral("INSERT INTO summary_source_sums "
                                   "SELECT source_ip, SUM(count) AS count, SUM(dmarc_pass) AS dmarc_pass, "
                                   "SUM(forwarded) AS forwarded, SUM(quarantined) AS quarantined, "
                                   "SUM(rejected) AS rejected FROM dmarc_source_days "
                                   "WHERE domain = ? AND day >= ? AND day < ? GROUP BY source_ip"),
                    dayBounds);
            !r)
            return std::unexpected(r.error());
    }
    const qint64 limit = query.sourceLimit > 0 ? query.sourceLimit : -1; // -1: no limit
    summary.sourceLimit = qMax(0, query.sourceLimit);

    if (auto r = run(q,
                     QStringLiteral("SELECT COUNT(*), COALESCE(SUM(count), 0), COALESCE(SUM(dmarc_pass), 0), "
                                    "COALESCE(SUM(CASE WHEN forwarded > 0 THEN 1 ELSE 0 END), 0), "
                                    "COALESCE(SUM(CASE WHEN count > dmarc_pass THEN 1 ELSE 0 END), 0), "
                                    "COALESCE(SUM(%1(count - dmarc_pass, quarantined + rejected)), 0), "
                                    "COALESCE(SUM(%1(count - dmarc_pass, rejected)), 0) FROM (")
                             .arg(HistorySqlDialect::least(m_database->backend())) +
                         sourceSums + QStringLiteral(") AS s"),
                     dayBounds);
        !r)
        return std::unexpected(r.error());
    qint64 sourceMessages = 0;
    if (q.next()) {
        summary.sourceCount = q.value(0).toLongLong();
        sourceMessages = q.value(1).toLongLong();
        summary.dmarc.pass = q.value(2).toLongLong();
        summary.dmarc.fail = sourceMessages - summary.dmarc.pass;
        summary.forwarderCount = q.value(3).toLongLong();
        for (PolicySimulation* sim : {&summary.quarantine, &summary.reject}) {
            sim->sourceCount = q.value(4).toLongLong();
            sim->messages = summary.dmarc.fail;
        }
        // A receiver that already rejected counts for both; quarantine only for quarantine.
        summary.quarantine.alreadyApplied = q.value(5).toLongLong();
        summary.reject.alreadyApplied = q.value(6).toLongLong();
    }
    summary.quarantine.policy = QStringLiteral("quarantine");
    summary.reject.policy = QStringLiteral("reject");

    SpfIncludeMatcher matcher;
    SpfSnapshotStore snapshots(m_database);
    const QString unknown = QStringLiteral("unknown");
    if (const auto snapshot = snapshots.latest(summary.domain)) {
        matcher = SpfIncludeMatcher::fromTreeJson(snapshot->tree);
        summary.spfSnapshotTakenAt = snapshot->takenAt.toString(Qt::ISODate);
    }

    // The listed sources: `where` filters S, `order` sorts it (columns of S); the reverse names are
    // joined after the LIMIT, for the listed rows only.
    auto fetchSources = [&](const QString& where, const QString& order,
                            const QStringList& ips = {}) -> std::expected<QList<ReportSource>, QString> {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t.source_ip, t.count, t.spf_pass, t.dkim_pass, t.dmarc_pass, "
                                 "t.forwarded, t.quarantined, t.rejected, n.name FROM (SELECT * FROM (") +
                  sourceSums + QStringLiteral(") AS s WHERE ") + where + QStringLiteral(" ORDER BY ") +
                  order +
                  QStringLiteral(" LIMIT ?) t LEFT JOIN reverse_names n ON n.ip = t.source_ip ORDER BY ") +
                  order); // reverse_names has no column named like those of S
        q.addBindValue(summary.domain);
        q.addBindValue(from / SecondsPerDay);
        q.addBindValue(dayCeiling(to));
        for (const QString& ip : ips)
            q.addBindValue(ip);
        // No limit: the largest (PostgreSQL refuses SQLite's -1).
        const qint64 unlimited = std::numeric_limits<qint64>::max();
        q.addBindValue(ips.isEmpty() && limit > 0 ? limit : unlimited);
        if (!q.exec())
            return std::unexpected(QStringLiteral("database error: %1").arg(q.lastError().text()));
        QList<ReportSource> out;
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
                s.matchedInclude = matcher.match(parseAddress(s.ip));
            if (s.matchedInclude.isEmpty())
                s.matchedInclude = unknown;
            out.append(std::move(s));
        }
        return out;
    };
    // Equal volumes in address order (addresses are ASCII: SQLite's byte order is QString's).
    const QString byVolume = QStringLiteral("count DESC, source_ip");
    auto sources = fetchSources(QStringLiteral("1 = 1"), byVolume);
    if (!sources)
        return std::unexpected(sources.error());
    summary.sources = std::move(*sources);
    auto forwarders = fetchSources(QStringLiteral("forwarded > 0"),
                                   QStringLiteral("forwarded DESC, count DESC, source_ip"));
    if (!forwarders)
        return std::unexpected(forwarders.error());
    summary.forwarders = std::move(*forwarders);
    // Both simulations list the same failing sources, by failing volume.
    auto failing = fetchSources(QStringLiteral("count > dmarc_pass"),
                                QStringLiteral("count - dmarc_pass DESC, source_ip"));
    if (!failing)
        return std::unexpected(failing.error());
    summary.quarantine.sources = std::move(*failing);
    summary.reject.sources = summary.quarantine.sources;

    // By reverse name: only sources with a stored name are grouped in SQL (few: names are looked up
    // on demand); the rest is the total minus those.
    {
        if (auto r = run(
                q,
                ranged ? QStringLiteral("SELECT n.name, SUM(s.count), SUM(s.dmarc_pass), COUNT(*) FROM (") +
                             sourceSums +
                             QStringLiteral(") s JOIN reverse_names n ON n.ip = s.source_ip "
                                            "WHERE n.name IS NOT NULL AND n.name <> '' GROUP BY n.name")
                       // The names drive (CROSS JOIN keeps that order): one key lookup
                       // per stored name instead of one per source.
                       : QStringLiteral("SELECT n.name, SUM(s.count), SUM(s.dmarc_pass), COUNT(*) "
                                        "FROM reverse_names n CROSS JOIN dmarc_sources s "
                                        "WHERE s.domain = ? AND CAST(? AS BIGINT) >= 0 AND CAST(? AS BIGINT) "
                                        "> 0 AND s.source_ip = n.ip "
                                        "AND n.name IS NOT NULL AND n.name <> '' GROUP BY n.name"),
                dayBounds);
            !r)
            return std::unexpected(r.error());
        SourceGroup rest{QStringLiteral("(no reverse name)"), sourceMessages, summary.dmarc.pass,
                         int(summary.sourceCount)};
        QHash<QString, SourceGroup> groups;
        while (q.next()) {
            const QString domain = registrableDomain(q.value(0).toString());
            SourceGroup& g = groups[domain];
            g.name = domain;
            g.count += q.value(1).toLongLong();
            g.dmarcPass += q.value(2).toLongLong();
            g.sources += q.value(3).toInt();
            rest.count -= q.value(1).toLongLong();
            rest.dmarcPass -= q.value(2).toLongLong();
            rest.sources -= q.value(3).toInt();
        }
        if (rest.sources > 0)
            groups.insert(rest.name, rest);
        summary.byReverseDomain = sortedGroups(groups);
    }

    // By SPF include: without a stored tree every source is unknown; with one, each address is
    // matched, reading only the three columns the groups need.
    if (matcher.isEmpty()) {
        if (summary.sourceCount > 0)
            summary.byInclude = {{unknown, sourceMessages, summary.dmarc.pass, int(summary.sourceCount)}};
        summary.unknownSourceCount = summary.sourceCount;
        summary.unknownMessages = sourceMessages;
        summary.unknownSources = summary.sources;
    } else {
        if (auto r = run(q,
                         QStringLiteral("SELECT source_ip, count, dmarc_pass FROM (") + sourceSums +
                             QStringLiteral(") AS s"),
                         dayBounds);
            !r)
            return std::unexpected(r.error());
        QHash<QString, SourceGroup> groups;
        // Unknown sources as (-volume, address): the biggest are picked below, cheaper than an
        // ORDER BY over every source in SQLite.
        std::vector<std::pair<qint64, QString>> unknowns;
        while (q.next()) {
            const QString ip = q.value(0).toString();
            const qint64 count = q.value(1).toLongLong();
            const qint64 dmarcPass = q.value(2).toLongLong();
            QString include = matcher.match(parseAddress(ip));
            if (include.isEmpty()) {
                include = unknown;
                ++summary.unknownSourceCount;
                summary.unknownMessages += count;
                if (limit > 0)
                    unknowns.emplace_back(-count, ip);
            } else {
                for (PolicySimulation* sim : {&summary.quarantine, &summary.reject})
                    sim->knownSenders += count - dmarcPass;
            }
            SourceGroup& g = groups[include];
            g.name = include;
            g.count += count;
            g.dmarcPass += dmarcPass;
            ++g.sources;
        }
        summary.byInclude = sortedGroups(groups);
        if (limit < 0) {
            for (const ReportSource& s : std::as_const(summary.sources))
                if (s.matchedInclude == unknown)
                    summary.unknownSources.append(s);
        } else {
            const auto shown = std::min<size_t>(size_t(limit), unknowns.size());
            std::partial_sort(unknowns.begin(), unknowns.begin() + qsizetype(shown), unknowns.end());
            QStringList unknownIps;
            for (size_t i = 0; i < shown; ++i)
                unknownIps.append(unknowns[i].second);
            // In chunks; the addresses come by volume, so do the chunks.
            for (qsizetype at = 0; at < unknownIps.size(); at += BindChunk) {
                const QStringList ips = unknownIps.mid(at, BindChunk);
                const QStringList marks(ips.size(), QStringLiteral("?"));
                auto listed = fetchSources(QStringLiteral("source_ip IN (") + marks.join(QLatin1Char(',')) +
                                               QStringLiteral(")"),
                                           byVolume, ips);
                if (!listed)
                    return std::unexpected(listed.error());
                summary.unknownSources.append(std::move(*listed));
            }
        }
    }

    // A range left the SPF and DKIM passes out of the per-source sums: summed here for the listed
    // sources only.
    if (ranged) {
        QHash<QString, std::pair<qint64, qint64>> passes; // SPF and DKIM passes by address
        const QList<QList<ReportSource>*> lists{&summary.sources, &summary.forwarders,
                                                &summary.quarantine.sources, &summary.reject.sources,
                                                &summary.unknownSources};
        QStringList ips;
        for (const QList<ReportSource>* list : lists)
            for (const ReportSource& src : *list)
                if (!passes.contains(src.ip)) {
                    passes.insert(src.ip, {0, 0});
                    ips.append(src.ip);
                }
        for (qsizetype at = 0; at < ips.size(); at += BindChunk) {
            const QStringList part = ips.mid(at, BindChunk);
            const QStringList marks(part.size(), QStringLiteral("?"));
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT source_ip, SUM(spf_pass), SUM(dkim_pass) FROM dmarc_source_days "
                                     "WHERE domain = ? AND day >= ? AND day < ? AND source_ip IN (") +
                      marks.join(QLatin1Char(',')) + QStringLiteral(") GROUP BY source_ip"));
            q.addBindValue(summary.domain);
            q.addBindValue(from / SecondsPerDay);
            q.addBindValue(dayCeiling(to));
            for (const QString& ip : part)
                q.addBindValue(ip);
            if (!q.exec())
                return std::unexpected(QStringLiteral("database error: %1").arg(q.lastError().text()));
            while (q.next())
                passes.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
        }
        for (QList<ReportSource>* list : lists)
            for (ReportSource& src : *list) {
                const auto [spfPass, dkimPass] = passes.value(src.ip);
                src.spf = {spfPass, src.count - spfPass};
                src.dkim = {dkimPass, src.count - dkimPass};
            }
    }

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
