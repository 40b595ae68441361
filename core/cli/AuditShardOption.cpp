#include "AuditShardOption.h"

#include "CliContext.h"
#include "audit/AuditReport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>

CliOption AuditShardOption::option() {
    return {QStringLiteral("shard"), true, false, QStringLiteral("I/N"),
            QStringLiteral("audit only the I-th of N slices of the list (1 <= I <= N; a domain's slice "
                           "comes from a hash of its name, whatever the list's order); `merge` joins the "
                           "N JSON outputs")};
}

AuditShardOption::AuditShardOption(DomainShard shard, QString options)
    : m_shard(shard)
    , m_options(std::move(options)) {}

std::expected<std::optional<AuditShardOption>, QString> AuditShardOption::parse(const CliArgs& args,
                                                                                const CliContext& context) {
    if (!args.has(QStringLiteral("shard")))
        return std::optional<AuditShardOption>();
    auto shard = DomainShard::parse(args.value(QStringLiteral("shard")));
    if (!shard)
        return std::unexpected(shard.error());
    // The options that shape the reports, so that merge refuses parts audited differently; where
    // the output goes, how fast, the alerts, the exit code and the PDF's cover are left out.
    static const QSet<QString> kIgnored{QStringLiteral("shard"),
                                        QStringLiteral("output"),
                                        QStringLiteral("pdf"),
                                        QStringLiteral("metrics"),
                                        QStringLiteral("fail-on"),
                                        QStringLiteral("organisation"),
                                        QStringLiteral("no-report-sections"),
                                        QStringLiteral("reports-since"),
                                        QStringLiteral("reports-until"),
                                        QStringLiteral("concurrency"),
                                        QStringLiteral("max-qps"),
                                        QStringLiteral("max-qps-per-server"),
                                        QStringLiteral("blocklist-rate"),
                                        QStringLiteral("domains-file")};
    // Files by their content: CI jobs check the repository out in different places. (--compare
    // is not left out: the history a report is compared with shapes its diff.)
    static const QSet<QString> kFiles{QStringLiteral("expect"),       QStringLiteral("terraform-plan"),
                                      QStringLiteral("trust-anchor"), QStringLiteral("blocklists"),
                                      QStringLiteral("config"),       QStringLiteral("ca-file")};
    QStringList shaping;
    for (auto it = args.values.constBegin(); it != args.values.constEnd(); ++it) {
        if (kIgnored.contains(it.key()) || it.key().startsWith(QLatin1String("alert-")))
            continue;
        QStringList values = it.value();
        if (kFiles.contains(it.key()))
            for (QString& v : values) {
                QFile f(v);
                v = f.open(QIODevice::ReadOnly)
                        ? QString::fromLatin1(
                              QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
                        : v;
            }
        shaping << it.key() + QLatin1Char('=') + values.join(QLatin1Char('\x1f'));
    }
    if (context.offline)
        shaping << QStringLiteral("offline");
    if (context.demo)
        shaping << QStringLiteral("demo");
    shaping.sort();
    return std::optional<AuditShardOption>(AuditShardOption(*shard, DomainShard::listFingerprint(shaping)));
}

QStringList AuditShardOption::select(const QStringList& domains) {
    m_list = DomainShard::listFingerprint(domains);
    m_listSize = domains.size();
    m_positions.clear();
    QStringList out;
    for (qsizetype i = 0; i < domains.size(); ++i)
        if (m_shard.contains(domains.at(i))) {
            out << domains.at(i);
            m_positions << i;
        }
    return out;
}

void AuditShardOption::stamp(qsizetype index, AuditReport& report) const {
    if (index >= 0 && index < m_positions.size())
        report.shard = m_shard.stamp(m_positions.at(index), m_listSize, m_list, m_options);
}
