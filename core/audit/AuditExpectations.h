#pragma once
// Audit-as-code: the expectations file a team keeps in git beside its DNS (docs/expectations.md).
// `default` applies to every domain, `domains` overrides per domain key by key. evaluate() turns
// each unmet expectation into an EXPECT-… finding carrying the expected and the actual value.

#include "AuditCheckOptions.h"
#include "AuditReport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <expected>
#include <optional>

struct DomainExpectations {
    std::optional<QString> dmarcMinPolicy; // none | quarantine | reject
    std::optional<bool> dmarcRequireRua;
    std::optional<int> spfMaxLookups;
    std::optional<QStringList> spfAllowedIncludes;
    std::optional<QStringList> dkimSelectors;
    std::optional<int> dkimMinKeyBits;
    std::optional<int> dkimMaxKeyAgeDays;

    // Values set in `over` replace ours.
    DomainExpectations mergedWith(const DomainExpectations& over) const;
};

class AuditExpectations {
public:
    static std::expected<AuditExpectations, QString> parse(const QByteArray& json);
    static std::expected<AuditExpectations, QString> load(const QString& path);

    DomainExpectations forDomain(const QString& domain) const;
    // Selectors the DKIM check must probe for this domain.
    AuditCheckOptions checkOptionsFor(const QString& domain, AuditCheckOptions base = {}) const;
    // keyFirstSeen: key fingerprint -> the first audit that saw it (from the history).
    QList<Finding> evaluate(const AuditReport& report, const QHash<QString, QDateTime>& keyFirstSeen = {},
                            const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

private:
    DomainExpectations m_default;
    QHash<QString, DomainExpectations> m_domains;
};
