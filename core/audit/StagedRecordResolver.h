#pragma once
// Overlays planned RRsets (a Terraform plan) on the resolver below: a (name, type) the plan sets
// is answered from the plan and marked staged; every other question goes down unchanged. Unlike
// a staged zone file, a plan holds only the records it manages, so it must not hide the rest of
// the zone.

#include "dns/Resolver.h"

#include <QHash>

class StagedRecordResolver : public Resolver {
public:
    StagedRecordResolver(QList<DnsRecord> records, QString label, std::shared_ptr<Resolver> fallback);

    DnsAnswer resolve(const QString& name, DnsRecordType type) override;
    // Questions the plan does not answer go to the fallback's asynchronous path when it has one.
    bool resolveAsync(const QString& name, DnsRecordType type, bool background,
                      std::function<void(DnsAnswer)> done) override;
    QString describe() const override;
    std::shared_ptr<Resolver> fallback() const override { return m_fallback; }
    int size() const { return int(m_records.size()); }

private:
    QHash<QString, QList<DnsRecord>> m_records; // "name|TYPE" -> RRset
    QString m_label;
    std::shared_ptr<Resolver> m_fallback;
};
