#pragma once
// Everything the transport checks found for one domain: MX hosts (with addresses and reverse
// names), MTA-STS (record, fetch, policy, coverage), TLS-RPT, BIMI, and the findings. toJson() is what
// `mailsight-cli transport --format json` prints (without the evidence arrays).

#include "BimiResult.h"
#include "DaneResult.h"
#include "MtaStsPolicy.h"
#include "MtaStsRecord.h"
#include "TlsRptRecord.h"
#include "findings/Finding.h"
#include "net/HttpsResponse.h"
#include "net/SmtpProbeResult.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

struct TransportResult {
    struct ReverseName {
        QString address;
        QStringList ptr;       // the names the PTR lookup returned
        QString confirmedName; // the PTR name that resolves back to the address, if any
        QString error;         // the PTR lookup failed (timeout, SERVFAIL...): nothing is known
        bool confirmed() const { return !confirmedName.isEmpty(); }
    };
    struct MxHost {
        QString host;
        quint16 preference = 0;
        QStringList addresses; // A then AAAA
        QString cnameTarget;   // set when the MX names an alias
        bool ipLiteral = false;
        QList<ReverseName> fcrdns;
        DaneResult dane; // RFC 7672: _25._tcp TLSA records, their DNSSEC status, the match
    };
    struct Mx {
        QList<MxHost> hosts; // in preference order
        bool nullMx = false;
        bool missing = false;          // no MX record at all
        QStringList fallbackAddresses; // the domain's own A/AAAA when MX is missing
        QString dnsError;              // the MX query failed
    };
    struct MtaSts {
        QStringList records; // TXT records at _mta-sts starting with v=STSv1
        std::optional<MtaStsRecord> record;
        bool fetched = false;
        QString notFetched; // why a policy that senders would fetch was not (offline)
        HttpsResponse fetch;
        std::optional<MtaStsPolicy> policy;
        QMap<QString, bool> covered; // MX host -> covered by an mx pattern
        QString dnsError;
    };
    struct TlsRpt {
        QStringList records;
        std::optional<TlsRptRecord> record;
        QString dnsError;
    };

    using Bimi = BimiResult;

    QString domain;
    Mx mx;
    MtaSts mtaSts;
    TlsRpt tlsRpt;
    Bimi bimi; // BIMI (draft-brand-indicators-for-message-identification)
    bool smtpProbed = false;
    QMap<QString, SmtpProbeResult> starttls; // MX host -> probe, when probed
    QList<Finding> findings;

    bool dnsFailed() const { return !mx.dnsError.isEmpty(); }
    Severity worstSeverity() const;
    QJsonObject toJson() const;
};
