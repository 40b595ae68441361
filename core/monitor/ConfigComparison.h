#pragma once
// Compares two domains' mail configurations structurally (staging against production): every
// item of ConfigSnapshot on both sides, side A's names rewritten by the name map first, so that
// only unexpected differences are left. Text and JSON for the CLI, rows for the GUI's table.

#include "ConfigDifference.h"
#include "ConfigItem.h"
#include "ConfigNameMap.h"

#include <QJsonObject>
#include <QList>

#include <memory>

class AuditCheck;
struct AuditReport;

class ConfigComparison {
public:
    static ConfigComparison compare(const AuditReport& a, const AuditReport& b,
                                    const ConfigNameMap& map = {});
    // The same over items (tests, and reports read back from JSON).
    static ConfigComparison compare(const QString& domainA, const QList<ConfigItem>& a,
                                    const QString& domainB, const QList<ConfigItem>& b,
                                    const ConfigNameMap& map = {});

    QString domainA() const { return m_domainA; }
    QString domainB() const { return m_domainB; }
    // Every item of either side, area by area (spf, dmarc, dkim, transport), A's order first.
    const QList<ConfigDifference>& rows() const { return m_rows; }
    QList<ConfigDifference> differences() const;
    bool identical() const { return differences().isEmpty(); }
    QStringList notes() const { return m_notes; } // what could not be compared, and why
    QStringList mapRules() const { return m_mapRules; }

    QJsonObject toJson() const;
    QString toText() const;
    static QStringList areas(); // in display order
    // The audit checks whose JSON the comparison reads (NS, DNSSEC and blocklists are not compared).
    static QList<std::shared_ptr<AuditCheck>> auditChecks(bool transport = true);
    static QString areaTitle(const QString& area);

private:
    QString m_domainA;
    QString m_domainB;
    QList<ConfigDifference> m_rows;
    QStringList m_notes;
    QStringList m_mapRules;
};
