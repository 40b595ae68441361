#pragma once
// One DNS record the audit saw, for the evidence appendix and record-by-record diffs; `staged`
// when it came from a staged zone file or Terraform plan rather than live DNS.

#include <QJsonObject>
#include <QString>

struct AuditRecord {
    QString name;
    QString type;
    quint32 ttl = 0;
    QString data; // presentation form (TXT joined and unquoted)
    bool staged = false;
    QString source; // "network", "zone", "cache"

    QString key() const { return name + QLatin1Char(' ') + type; } // the RRset it belongs to
    QString zoneLine() const;
    QJsonObject toJson() const;
    static AuditRecord fromJson(const QJsonObject& object);
    bool operator==(const AuditRecord&) const = default;
};
