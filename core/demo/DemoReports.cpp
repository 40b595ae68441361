#include "DemoReports.h"

#include "DemoWorld.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "reports/ReportImporter.h"
#include "reports/ReverseNameStore.h"
#include "reports/SpfSnapshotStore.h"
#include "spf/SpfTreeBuilder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>

namespace {

// Fictional receivers under reserved names (RFC 2606 / RFC 6761): the demo names no real company.
struct Reporter {
    const char* org;
    const char* email;
    const char* domain;
    double share; // of each sender's daily messages this receiver sees
};
constexpr Reporter Reporters[] = {
    {"Example Receiver", "noreply-dmarc@receiver.example", "receiver.example", 0.55},
    {"Mailbox Test Mail", "dmarc-reports@mailbox.test", "mailbox.test", 0.30},
    {"Example Net Mail", "postmaster@example.net", "example.net", 0.15},
};

enum class Role { Legitimate, Forwarder, ShadowIt, Spoofer };

// One sender of mail as a domain. Addresses come from the documentation ranges (RFC 5737,
// RFC 3849); the legitimate ones lie inside the demo SPF trees (mx, include:_spf.provider.test).
struct Row {
    const char* domain;
    const char* ip;
    const char* reverse; // "" : no PTR
    Role role;
    int daily;    // messages per day, before the weekly rhythm
    int sinceAgo; // sends only in the last N days (0: always)
    const char* spfDomain;
    const char* dkimDomain; // "" : unsigned
    const char* selector;
};
constexpr Row Rows[] = {
    {"example.com", "192.0.2.25", "mail.example.com", Role::Legitimate, 420, 0, "example.com", "example.com",
     "s1"},
    {"example.com", "2001:db8:25::25", "mail.example.com", Role::Legitimate, 60, 0, "example.com",
     "example.com", "ed1"},
    {"example.com", "198.51.100.7", "mta1.provider.test", Role::Legitimate, 260, 0, "example.com",
     "example.com", "s1"},
    {"example.com", "203.0.113.20", "mta2.provider.test", Role::Legitimate, 90, 0, "example.com",
     "example.com", "s1"},
    {"example.com", "192.0.2.150", "lists.example.net", Role::Forwarder, 25, 0, "lists.example.net",
     "example.com", "s1"},
    {"example.com", "192.0.2.201", "out1.tickets.saas.test", Role::ShadowIt, 40, 50, "example.com",
     "tickets.saas.test", "tk1"},
    {"example.com", "192.0.2.222", "", Role::Spoofer, 120, 0, "example.com", "", ""},
    {"example.com", "2001:db8:bad::66", "", Role::Spoofer, 30, 0, "example.com", "", ""},
    {"monitor.test", "192.0.2.40", "mail.monitor.test", Role::Legitimate, 180, 0, "monitor.test",
     "monitor.test", "selector1"},
    {"monitor.test", "198.51.100.9", "mta3.provider.test", Role::Legitimate, 140, 0, "monitor.test",
     "monitor.test", "selector1"},
    {"monitor.test", "192.0.2.150", "lists.example.net", Role::Forwarder, 12, 0, "lists.example.net",
     "monitor.test", "selector1"},
    {"monitor.test", "192.0.2.130", "out.newsletter.saas.test", Role::ShadowIt, 150, 70, "monitor.test",
     "newsletter.saas.test", "nl2026"},
    {"monitor.test", "192.0.2.240", "", Role::Spoofer, 90, 0, "monitor.test", "", ""},
};

QString roleName(Role r) {
    switch (r) {
    case Role::Legitimate:
        return QStringLiteral("legitimate");
    case Role::Forwarder:
        return QStringLiteral("forwarder");
    case Role::ShadowIt:
        return QStringLiteral("shadow-it");
    case Role::Spoofer:
        break;
    }
    return QStringLiteral("spoofer");
}

// A fixed pseudo-random number in [0, 1) from the day and the row: the demo is the same on every
// run of the same day, and no two senders move in step.
double noise(qint64 day, int row, int salt) {
    quint32 x = quint32(day * 2654435761u) ^ quint32(row * 40503u) ^ quint32(salt * 9973u);
    x ^= x >> 15;
    x *= 0x2c1b3c6du;
    x ^= x >> 12;
    x *= 0x297a2d39u;
    x ^= x >> 15;
    return double(x % 10000u) / 10000.0;
}

int messagesOn(const Row& row, int rowIndex, const QDate& day, qint64 dayNumber, int daysAgo) {
    if (row.sinceAgo > 0 && daysAgo > row.sinceAgo)
        return 0;
    double n = row.daily;
    if (row.role == Role::Spoofer) {
        // Spoofing comes in bursts: nothing most days, a campaign now and then.
        const double r = noise(dayNumber / 3, rowIndex, 7);
        if (r > 0.22)
            return 0;
        n *= 0.5 + 3.0 * r;
    } else {
        const bool weekend = day.dayOfWeek() >= 6;
        n *= weekend ? 0.35 : 1.0;
        n *= 0.8 + 0.4 * noise(dayNumber, rowIndex, 1);
        if (row.role == Role::ShadowIt && row.sinceAgo > 0) // the tool was rolled out gradually
            n *= qMin(1.0, 0.3 + double(row.sinceAgo - daysAgo) / 20.0);
    }
    return int(std::lround(n));
}

QString xmlEscape(const QString& s) {
    return s.toHtmlEscaped();
}

QByteArray aggregateXml(const Reporter& reporter, const QString& domain, const QString& reportId,
                        qint64 begin, qint64 end, const QString& rows) {
    const bool reject = domain == QLatin1String("example.com");
    QString x;
    x += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback>\n  <version>1.0</version>\n");
    x += QStringLiteral("  <report_metadata>\n    <org_name>%1</org_name>\n    <email>%2</email>\n"
                        "    <report_id>%3</report_id>\n    <date_range><begin>%4</begin><end>%5</end>"
                        "</date_range>\n  </report_metadata>\n")
             .arg(xmlEscape(QLatin1String(reporter.org)), xmlEscape(QLatin1String(reporter.email)), reportId)
             .arg(begin)
             .arg(end);
    x += QStringLiteral("  <policy_published>\n    <domain>%1</domain>\n    <adkim>%2</adkim>\n"
                        "    <aspf>r</aspf>\n    <p>%3</p>\n    <sp>%3</sp>\n    <pct>100</pct>\n"
                        "  </policy_published>\n")
             .arg(domain, reject ? QStringLiteral("s") : QStringLiteral("r"),
                  reject ? QStringLiteral("reject") : QStringLiteral("none"));
    x += rows;
    x += QStringLiteral("</feedback>\n");
    return x.toUtf8();
}

QString recordXml(const Row& row, int count, bool reject) {
    const bool spfAligned = row.role == Role::Legitimate;
    const bool dkimAligned = row.role == Role::Legitimate || row.role == Role::Forwarder;
    const bool pass = spfAligned || dkimAligned;
    const QString disposition =
        pass ? QStringLiteral("none") : (reject ? QStringLiteral("reject") : QStringLiteral("none"));
    const QLatin1String dkimDomain(row.dkimDomain);
    QString auth;
    if (!dkimDomain.isEmpty())
        auth += QStringLiteral("      <dkim><domain>%1</domain><selector>%2</selector><result>pass</result>"
                               "</dkim>\n")
                    .arg(dkimDomain, QLatin1String(row.selector));
    const QString spfResult = row.role == Role::Legitimate ? QStringLiteral("pass")
                              : row.role == Role::Spoofer  ? QStringLiteral("fail")
                                                           : QStringLiteral("softfail");
    auth += QStringLiteral("      <spf><domain>%1</domain><result>%2</result></spf>\n")
                .arg(QLatin1String(row.spfDomain), spfResult);
    return QStringLiteral("  <record>\n    <row>\n      <source_ip>%1</source_ip>\n      <count>%2</count>\n"
                          "      <policy_evaluated><disposition>%3</disposition><dkim>%4</dkim><spf>%5</spf>"
                          "</policy_evaluated>\n    </row>\n    <identifiers><header_from>%6</header_from>"
                          "</identifiers>\n    <auth_results>\n%7    </auth_results>\n  </record>\n")
        .arg(QLatin1String(row.ip))
        .arg(count)
        .arg(disposition, dkimAligned ? QStringLiteral("pass") : QStringLiteral("fail"),
             spfAligned ? QStringLiteral("pass") : QStringLiteral("fail"), QLatin1String(row.domain), auth);
}

QByteArray tlsRptJson(qint64 begin, qint64 end) {
    const auto iso = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
    };
    const auto failure = [](const char* type, const char* sending, int sessions) {
        return QJsonObject{{QStringLiteral("result-type"), QLatin1String(type)},
                           {QStringLiteral("sending-mta-ip"), QLatin1String(sending)},
                           {QStringLiteral("receiving-ip"), QStringLiteral("192.0.2.25")},
                           {QStringLiteral("receiving-mx-hostname"), QStringLiteral("mail.example.com")},
                           {QStringLiteral("failed-session-count"), sessions}};
    };
    const QJsonObject report{
        {QStringLiteral("organization-name"), QStringLiteral("Example Receiver")},
        {QStringLiteral("date-range"), QJsonObject{{QStringLiteral("start-datetime"), iso(begin)},
                                                   {QStringLiteral("end-datetime"), iso(end)}}},
        {QStringLiteral("contact-info"), QStringLiteral("tls-reports@receiver.example")},
        {QStringLiteral("report-id"), QStringLiteral("%1_example.com").arg(iso(begin))},
        {QStringLiteral("policies"),
         QJsonArray{QJsonObject{
             {QStringLiteral("policy"),
              QJsonObject{
                  {QStringLiteral("policy-type"), QStringLiteral("sts")},
                  {QStringLiteral("policy-string"),
                   QJsonArray{QStringLiteral("version: STSv1"), QStringLiteral("mode: enforce"),
                              QStringLiteral("mx: mail.example.com"), QStringLiteral("max_age: 604800")}},
                  {QStringLiteral("policy-domain"), QStringLiteral("example.com")},
                  {QStringLiteral("mx-host"), QJsonArray{QStringLiteral("mail.example.com")}}}},
             {QStringLiteral("summary"), QJsonObject{{QStringLiteral("total-successful-session-count"), 1874},
                                                     {QStringLiteral("total-failure-session-count"), 23}}},
             {QStringLiteral("failure-details"),
              QJsonArray{failure("certificate-expired", "198.51.100.201", 14),
                         failure("starttls-not-supported", "203.0.113.77", 6),
                         failure("validation-failure", "198.51.100.202", 3)}}}}}};
    return QJsonDocument(report).toJson();
}

} // namespace

QStringList DemoReports::domains() {
    return {QStringLiteral("example.com"), QStringLiteral("monitor.test")};
}

QList<DemoReports::Sender> DemoReports::senders() {
    QList<Sender> out;
    for (const Row& r : Rows)
        out.append({QLatin1String(r.ip), QLatin1String(r.reverse), roleName(r.role)});
    return out;
}

QList<DemoReports::File> DemoReports::files(const QDate& today, int days) {
    QList<File> out;
    for (const QString& domain : domains()) {
        const bool reject = domain == QLatin1String("example.com");
        for (int ago = days; ago >= 1; --ago) {
            const QDate day = today.addDays(-ago);
            const qint64 begin = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const qint64 end = begin + 86399;
            const qint64 dayNumber = begin / 86400;
            for (const Reporter& reporter : Reporters) {
                QString rows;
                int index = 0;
                for (const Row& row : Rows) {
                    ++index;
                    if (domain != QLatin1String(row.domain))
                        continue;
                    const int n =
                        int(std::lround(messagesOn(row, index, day, dayNumber, ago) * reporter.share));
                    if (n > 0)
                        rows += recordXml(row, n, reject);
                }
                if (rows.isEmpty())
                    continue;
                const QString id =
                    QStringLiteral("%1.%2.%3").arg(QLatin1String(reporter.domain), domain).arg(begin);
                out.append({QStringLiteral("%1!%2!%3!%4.xml")
                                .arg(QLatin1String(reporter.domain), domain)
                                .arg(begin)
                                .arg(end),
                            aggregateXml(reporter, domain, id, begin, end, rows)});
            }
        }
    }
    // One SMTP TLS report (RFC 8460) a week ago: a few senders failed to reach example.com's MX.
    const qint64 tlsBegin = QDateTime(today.addDays(-7), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    out.append({QStringLiteral("receiver.example!example.com!%1.json").arg(tlsBegin),
                tlsRptJson(tlsBegin, tlsBegin + 86399)});
    return out;
}

std::expected<int, QString> DemoReports::importInto(const std::shared_ptr<HistoryDatabase>& database,
                                                    const QDate& today) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return std::unexpected(QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    for (const File& f : files(today)) {
        QFile out(dir.filePath(f.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.data) != f.data.size())
            return std::unexpected(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    }
    ReportImporter importer(database);
    if (auto prepared = importer.prepare(); !prepared)
        return std::unexpected(prepared.error());
    int stored = 0;
    for (const ImportFileResult& r : importer.importPaths({dir.path()})) {
        if (r.status == ImportStatus::Rejected)
            return std::unexpected(QStringLiteral("demo report %1 refused: %2").arg(r.path, r.reason));
        stored += r.reports;
    }
    ReverseNameStore names(database);
    for (const Sender& s : senders())
        if (!s.reverseName.isEmpty())
            (void)names.store(s.ip, s.reverseName, QStringLiteral("answer"));
    // The SPF trees the sources are matched against, as an audit would have stored them.
    auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
    if (!zones)
        return std::unexpected(zones.error());
    DnsSession session(*zones);
    SpfSnapshotStore snapshots(database);
    for (const QString& domain : domains())
        if (auto s = snapshots.store(domain, SpfTreeBuilder(&session, {}).build(domain).toJson()); !s)
            return std::unexpected(s.error());
    return stored;
}
