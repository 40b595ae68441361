#pragma once
// DANE for one MX host (RFC 7672): the _25._tcp TLSA records, their DNSSEC status and, when the
// STARTTLS probe ran, whether the chain the host presented matches them. toJson() is the
// transport JSON's mx[].dane.

#include "TlsaRecord.h"
#include "dnssec/DnssecStatus.h"

#include <QJsonObject>
#include <QList>
#include <optional>

struct DaneResult {
    struct Tlsa {
        QString rdata;                    // as published
        std::optional<TlsaRecord> record; // parsed, or `error` says why not
        QString error;
        std::optional<bool> matches; // unset: not probed, or the record is unusable for SMTP
        int matchedCertificate = -1; // index in the presented chain (0 = the server's own)
        bool usable() const { return record && record->usableForSmtp(); }
        QString meaning() const { return record ? record->meaning() : QStringLiteral("unusable: ") + error; }
    };

    QString name;           // the TLSA owner used: _25._tcp.<host> (or of the MX's CNAME target)
    QStringList namesAsked; // every _25._tcp name asked, in order (RFC 7672 §2.2.2: target, then the MX name)
    QList<Tlsa> tlsa;
    DnssecStatus dnssec;
    QString dnsError;            // the TLSA lookup failed (SERVFAIL, timeout): senders defer mail
    QString unknown;             // offline and the name is in no loaded zone: nothing is known
    std::optional<bool> matches; // any usable record matches the presented chain; unset: not probed
    QString notMatched;          // why matching could not run although TLSA is published

    bool published() const { return !tlsa.isEmpty(); }
    qsizetype usableCount() const;
    // "none", "matches", "mismatch", "not-secure", "published" (not probed), "dns-error", "unknown"
    QString state() const;
    QJsonObject toJson() const;
};
