#pragma once
// The "Can the DNS be trusted" section of the audit document (HTML export and PDF): the DNSSEC
// chain of trust (DnssecSectionHtml), every authoritative server compared (NsSectionHtml) and the
// blocklists (BlocklistSectionHtml), from the report's "dnssec", "ns" and "blocklists" checks.

#include <QCoreApplication>
#include <QString>

struct AuditReport;

class DnsTrustSectionHtml {
    Q_DECLARE_TR_FUNCTIONS(DnsTrustSectionHtml)

public:
    // Whether the report has any of the three checks (the section is left out otherwise).
    static bool present(const AuditReport& report);
    // The section's body (the heading is the document's).
    static QString html(const AuditReport& report);
    static QString anchor(int index) { return QStringLiteral("dnstrust-%1").arg(index); }
    static QString title(const QString& domain) { return tr("Can the DNS of %1 be trusted").arg(domain); }
};
