#pragma once
// The _smtp._tls TXT record (RFC 8460 §3): "v=TLSRPTv1; rua=mailto:tls@example.com".

#include <QString>
#include <QStringList>

struct TlsRptRecord {
    QString text;
    QStringList rua;    // the report URIs, mailto: or https:
    QStringList errors; // empty when the record is valid
    bool isValid() const { return errors.isEmpty(); }

    static TlsRptRecord parse(const QString& text);
    // RFC 8460 §3: TXT records not starting with "v=TLSRPTv1" are discarded; exactly one must remain.
    static QStringList candidates(const QStringList& txtRecords);
};
