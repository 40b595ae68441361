#include "AuditHistory.h"

#include "AuditSchema.h"
#include "HistorySqlDialect.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString sqlError(const QString& what, const QSqlQuery& q) {
    return QStringLiteral("%1: %2").arg(what, q.lastError().text());
}

QString quarterOf(const QDateTime& t) {
    const QDate d = t.toUTC().date();
    return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

QDateTime quarterStart(const QDateTime& t) {
    const QDate d = t.toUTC().date();
    return QDateTime(QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1), QTime(0, 0), Qt::UTC);
}

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AuditHistory::AuditHistory(std::shared_ptr<HistoryDatabase> database)
    : m_database(std::move(database)) {}

std::expected<std::unique_ptr<AuditHistory>, QString>
AuditHistory::open(std::shared_ptr<HistoryDatabase> database) {
    if (!database)
        return std::unexpected(QStringLiteral("no history database"));
    auto migrated = database->migrate(AuditSchema::component(), AuditSchema::migrations());
    if (!migrated)
        return std::unexpected(migrated.error());
    return std::unique_ptr<AuditHistory>(new AuditHistory(std::move(database)));
}

std::expected<qint64, QString> AuditHistory::store(AuditReport& report) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    if (!db->transaction())
        return std::unexpected(QStringLiteral("cannot start a transaction: %1").arg(db->lastError().text()));
    auto fail = [&](const QString& message) {
        db->rollback();
        return std::unexpected(message);
    };
    report.id = 0; // the stored JSON must not claim an id before it has one
    QSqlQuery q(*db);
    q.prepare(
        QStringLiteral("INSERT INTO audits (domain, started_at, finished_at, grade, errors, warnings, infos, "
                       "staged, resolver, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(report.domain);
    q.addBindValue(iso(report.startedAt));
    q.addBindValue(iso(report.finishedAt));
    q.addBindValue(report.grade);
    q.addBindValue(report.count(Severity::Error));
    q.addBindValue(report.count(Severity::Warning));
    q.addBindValue(report.count(Severity::Info));
    q.addBindValue(report.staged ? 1 : 0);
    q.addBindValue(report.resolver);
    QJsonObject stored = report.toJson();
    stored.remove(QStringLiteral("diff")); // a comparison belongs to the moment it was asked
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(sqlError(QStringLiteral("cannot store the audit"), q));
    const qint64 id = q.lastInsertId().toLongLong();
    for (const Finding& f : std::as_const(report.findings)) {
        QSqlQuery fq(*db);
        fq.prepare(QStringLiteral(
            "INSERT INTO audit_findings (audit_id, code, severity, area, title) VALUES (?, ?, ?, ?, ?)"));
        fq.addBindValue(id);
        fq.addBindValue(f.code);
        fq.addBindValue(severityName(f.severity));
        fq.addBindValue(f.area);
        fq.addBindValue(f.title);
        if (!fq.exec())
            return fail(sqlError(QStringLiteral("cannot store a finding"), fq));
    }
    if (!report.staged) {
        for (const auto& v :
             report.check(QStringLiteral("dkim")).value(QStringLiteral("selectors")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString fingerprint = s.value(QStringLiteral("fingerprint")).toString();
            if (!s.value(QStringLiteral("found")).toBool() || fingerprint.isEmpty())
                continue;
            QSqlQuery kq(*db);
            kq.prepare(
                QStringLiteral(
                    "INSERT INTO audit_keys (domain, fingerprint, selector, key_type, bits, first_seen, "
                    "first_audit, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain, "
                    "fingerprint) DO UPDATE SET last_seen = excluded.last_seen, first_seen = "
                    "%1(audit_keys.first_seen, excluded.first_seen)")
                    .arg(HistorySqlDialect::least(m_database->backend())));
            kq.addBindValue(report.domain);
            kq.addBindValue(fingerprint);
            kq.addBindValue(s.value(QStringLiteral("selector")).toString());
            kq.addBindValue(s.value(QStringLiteral("keyType")).toString());
            kq.addBindValue(s.value(QStringLiteral("keyBits")).toInt());
            kq.addBindValue(iso(report.startedAt));
            kq.addBindValue(id);
            kq.addBindValue(iso(report.startedAt));
            if (!kq.exec())
                return fail(sqlError(QStringLiteral("cannot store a DKIM key"), kq));
        }
    }
    if (!db->commit())
        return fail(QStringLiteral("cannot commit the audit: %1").arg(db->lastError().text()));
    report.id = id;
    return id;
}

std::expected<QList<AuditHistoryEntry>, QString> AuditHistory::list(const QString& domain) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(
        QStringLiteral(
            "SELECT id, domain, started_at, grade, errors, warnings, infos, staged, resolver FROM audits ") +
        (domain.isEmpty() ? QString() : QStringLiteral("WHERE domain = ? ")) +
        QStringLiteral("ORDER BY started_at DESC, id DESC"));
    if (!domain.isEmpty())
        q.addBindValue(domain);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot list audits"), q));
    QList<AuditHistoryEntry> out;
    while (q.next())
        out << AuditHistoryEntry{q.value(0).toLongLong(),
                                 q.value(1).toString(),
                                 QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                                 q.value(3).toString(),
                                 q.value(4).toInt(),
                                 q.value(5).toInt(),
                                 q.value(6).toInt(),
                                 q.value(7).toInt() != 0,
                                 q.value(8).toString()};
    return out;
}

std::expected<AuditReport, QString> AuditHistory::load(qint64 id) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT report FROM audits WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read audit %1").arg(id), q));
    if (!q.next())
        return std::unexpected(QStringLiteral("no audit with id %1 in the history").arg(id));
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    auto report = AuditReport::fromJson(doc.object());
    if (!report)
        return std::unexpected(QStringLiteral("audit %1: %2").arg(id).arg(report.error()));
    report->id = id;
    return report;
}

std::expected<std::optional<AuditReport>, QString> AuditHistory::baseline(const QString& domain,
                                                                          const QString& compare,
                                                                          const QDateTime& before,
                                                                          QString* kind) {
    bool isId = false;
    const qint64 id = compare.toLongLong(&isId);
    if (isId) {
        auto r = load(id);
        if (!r)
            return std::unexpected(r.error());
        if (kind)
            *kind = QStringLiteral("audit %1").arg(id);
        return std::optional<AuditReport>(*r);
    }
    if (compare != QLatin1String("last") && compare != QLatin1String("quarter"))
        return std::unexpected(
            QStringLiteral("--compare takes last, quarter or an audit id, not '%1'").arg(compare));
    auto entries = list(domain);
    if (!entries)
        return std::unexpected(entries.error());
    const AuditHistoryEntry* last = nullptr;
    const AuditHistoryEntry* previousQuarter = nullptr;
    const QDateTime quarterBegin = quarterStart(before);
    for (const AuditHistoryEntry& e : std::as_const(*entries)) { // newest first
        if (e.staged || e.startedAt >= before)
            continue;
        if (!last)
            last = &e;
        if (!previousQuarter && e.startedAt < quarterBegin)
            previousQuarter = &e;
    }
    const AuditHistoryEntry* pick =
        compare == QLatin1String("quarter") && previousQuarter ? previousQuarter : last;
    if (!pick)
        return std::optional<AuditReport>();
    if (kind)
        *kind = pick == previousQuarter && compare == QLatin1String("quarter")
                    ? QStringLiteral("last audit of an earlier quarter (%1)").arg(quarterOf(pick->startedAt))
                    : (compare == QLatin1String("quarter")
                           ? QStringLiteral("last audit (none from an earlier quarter)")
                           : QStringLiteral("last audit"));
    auto r = load(pick->id);
    if (!r)
        return std::unexpected(r.error());
    return std::optional<AuditReport>(*r);
}

QHash<QString, QDateTime> AuditHistory::keyFirstSeen(const QString& domain) {
    QHash<QString, QDateTime> out;
    auto db = m_database->connection();
    if (!db)
        return out;
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT fingerprint, first_seen FROM audit_keys WHERE domain = ?"));
    q.addBindValue(domain);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs));
    return out;
}

std::expected<QJsonArray, QString> AuditHistory::quarterlyTrend(const QStringList& domains) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    // quarter -> domain -> the newest audit in that quarter
    QMap<QString, QHash<QString, AuditHistoryEntry>> byQuarter;
    for (const QString& domain : domains) {
        auto entries = list(domain);
        if (!entries)
            return std::unexpected(entries.error());
        for (const AuditHistoryEntry& e : std::as_const(*entries)) {
            if (e.staged)
                continue;
            auto& slot = byQuarter[quarterOf(e.startedAt)];
            if (!slot.contains(domain))
                slot.insert(domain, e);
        }
    }
    QJsonArray out;
    for (auto it = byQuarter.constBegin(); it != byQuarter.constEnd(); ++it) {
        QJsonObject grades;
        int errors = 0, warnings = 0, infos = 0;
        for (auto d = it->constBegin(); d != it->constEnd(); ++d) {
            grades.insert(d.key(), d->grade);
            errors += d->errors;
            warnings += d->warnings;
            infos += d->infos;
        }
        out.append(QJsonObject{{QStringLiteral("quarter"), it.key()},
                               {QStringLiteral("grades"), grades},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("infos"), infos}});
    }
    return out;
}
