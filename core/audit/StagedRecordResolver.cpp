#include "StagedRecordResolver.h"

namespace {
QString keyOf(const QString& name, DnsRecordType type) {
    return name + QLatin1Char('|') + dnsRecordTypeName(type);
}
} // namespace

StagedRecordResolver::StagedRecordResolver(QList<DnsRecord> records, QString label,
                                           std::shared_ptr<Resolver> fallback)
    : m_label(std::move(label))
    , m_fallback(std::move(fallback)) {
    for (const DnsRecord& r : records)
        m_records[keyOf(r.name, r.type)] << r;
}

bool StagedRecordResolver::resolveAsync(const QString& rawName, DnsRecordType type, bool background,
                                        std::function<void(DnsAnswer)> done) {
    QString name = rawName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (!m_fallback || m_records.contains(keyOf(name, type)))
        return false; // answered from the plan at once: resolve() on the caller's thread
    return m_fallback->resolveAsync(name, type, background, std::move(done));
}

DnsAnswer StagedRecordResolver::resolve(const QString& rawName, DnsRecordType type) {
    QString name = rawName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const auto it = m_records.constFind(keyOf(name, type));
    if (it == m_records.constEnd()) {
        if (m_fallback)
            return m_fallback->resolve(name, type);
        DnsAnswer a;
        a.name = name;
        a.type = type;
        a.outcome = DnsOutcome::Refused;
        a.source = DnsSource::ZoneFile;
        a.origin = DnsSource::ZoneFile;
        a.server = m_label;
        a.error = QStringLiteral("%1 is not in the plan and there is no resolver below it").arg(name);
        return a;
    }
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.outcome = DnsOutcome::Answer;
    a.records = *it;
    a.source = DnsSource::ZoneFile;
    a.origin = DnsSource::ZoneFile;
    a.server = m_label;
    a.staged = true;
    return a;
}

QString StagedRecordResolver::describe() const {
    QString d = QStringLiteral("Terraform plan: %1").arg(m_label);
    if (m_fallback)
        d += QStringLiteral(" over ") + m_fallback->describe();
    return d;
}
