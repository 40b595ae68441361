#include "ReportAlignmentReader.h"

#include "ReportAnalyzer.h"
#include "dmarc/DmarcAlignment.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace {
struct Key {
    QString kind, from, domain, result;
    DmarcAlignmentMode mode;
    bool operator==(const Key&) const = default;
};

size_t qHash(const Key& k, size_t seed = 0) {
    return qHashMulti(seed, k.kind, k.from, k.domain, k.result, int(k.mode));
}

qint64 startOf(const QDate& d, qint64 fallback) {
    return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() : fallback;
}

QString lower(const QVariant& v) {
    QString s = v.toString().trimmed().toLower();
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}
} // namespace

std::expected<ReportAlignment, QString> ReportAlignmentReader::read(const QSqlDatabase& db,
                                                                    const ReportQuery& query,
                                                                    const DmarcAlignment& alignment) {
    ReportAlignment out;
    out.domain = lower(query.domain);
    out.since = query.since;
    out.until = query.until;
    const qint64 from = startOf(query.since, 0);
    const qint64 to =
        query.until.isValid() ? startOf(query.until.addDays(1), 0) : std::numeric_limits<qint64>::max();

    QHash<Key, ReportAlignmentRow> rows;
    QHash<QString, std::pair<DmarcAlignmentMode, DmarcAlignmentMode>> modes; // by policy_json
    auto add = [&](const QString& policyJson, const QString& kind, QString headerFrom, const QString& domain,
                   const QString& result, qint64 messages, qint64 receiverPass) {
        if (domain.isEmpty())
            return;
        if (!modes.contains(policyJson)) {
            const QJsonObject p = QJsonDocument::fromJson(policyJson.toUtf8()).object();
            auto mode = [&](const char* tag) {
                const QString v = p.value(QLatin1String(tag)).toString().trimmed();
                return dmarcAlignmentModeFrom(v.isEmpty() ? std::nullopt : std::optional<QChar>(v.at(0)));
            };
            modes.insert(policyJson, {mode("adkim"), mode("aspf")});
        }
        if (headerFrom.isEmpty())
            headerFrom = out.domain;
        const auto [adkim, aspf] = modes.value(policyJson);
        const Key key{kind, headerFrom, domain, result, kind == u"dkim" ? adkim : aspf};
        ReportAlignmentRow& row = rows[key];
        row.kind = kind;
        row.headerFrom = headerFrom;
        row.domain = domain;
        row.result = result;
        row.messages += messages;
        row.receiverPass += receiverPass;
    };

    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString& sql) -> std::expected<void, QString> {
        q.prepare(sql);
        q.addBindValue(out.domain);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return std::unexpected(QStringLiteral("database error: %1").arg(q.lastError().text()));
        return {};
    };
    const QString where = QStringLiteral(" WHERE p.domain = ? AND p.begin_ts >= ? AND p.begin_ts < ? ");
    // The first DKIM signature and the SPF result of each row are columns of dmarc_records.
    if (auto r = run(QStringLiteral("SELECT p.policy_json, r.header_from, r.dkim_domain, r.dkim_result, "
                                    "r.spf_domain, r.spf_result, SUM(r.count), "
                                    "SUM(CASE WHEN r.dkim = 'pass' THEN r.count ELSE 0 END), "
                                    "SUM(CASE WHEN r.spf = 'pass' THEN r.count ELSE 0 END) "
                                    "FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report") +
                     where + QStringLiteral("GROUP BY 1, 2, 3, 4, 5, 6"));
        !r)
        return std::unexpected(r.error());
    while (q.next()) {
        const QString policy = q.value(0).toString();
        const QString headerFrom = lower(q.value(1));
        add(policy, QStringLiteral("dkim"), headerFrom, lower(q.value(2)), lower(q.value(3)),
            q.value(6).toLongLong(), q.value(7).toLongLong());
        add(policy, QStringLiteral("spf"), headerFrom, lower(q.value(4)), lower(q.value(5)),
            q.value(6).toLongLong(), q.value(8).toLongLong());
    }
    // Further DKIM signatures of a row.
    if (auto r = run(QStringLiteral("SELECT p.policy_json, r.header_from, d.domain, d.result, SUM(r.count), "
                                    "SUM(CASE WHEN r.dkim = 'pass' THEN r.count ELSE 0 END) "
                                    "FROM dmarc_dkim d JOIN dmarc_records r ON r.id = d.record "
                                    "JOIN dmarc_reports p ON p.id = r.report") +
                     where + QStringLiteral("GROUP BY 1, 2, 3, 4"));
        !r)
        return std::unexpected(r.error());
    while (q.next())
        add(q.value(0).toString(), QStringLiteral("dkim"), lower(q.value(1)), lower(q.value(2)),
            lower(q.value(3)), q.value(4).toLongLong(), q.value(5).toLongLong());

    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->alignment = alignment.align(it->headerFrom, it->domain, it.key().mode);
        if (it->readingsDiffer()) {
            ++out.differing;
            out.differingMessages += it->messages;
        }
        out.rows.append(*it);
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const ReportAlignmentRow& a, const ReportAlignmentRow& b) {
        if (a.readingsDiffer() != b.readingsDiffer())
            return a.readingsDiffer();
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return std::tie(a.kind, a.headerFrom, a.domain, a.result) <
               std::tie(b.kind, b.headerFrom, b.domain, b.result);
    });
    return out;
}
