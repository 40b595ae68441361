#pragma once
// What the BIMI check found for one domain (TransportResult::Bimi): the record at
// default._bimi.<domain>, the DMARC prerequisite under both readings, the logo at l= (its bytes
// kept so that a viewer can show it, only when it passed the SVG Tiny PS check) and the authority
// evidence at a=. toJson() is the "bimi" object of `mailsight-cli transport --format json`.

#include "BimiAuthorityEvidence.h"
#include "BimiRecord.h"
#include "net/HttpsResponse.h"

#include <QJsonObject>
#include <optional>

struct BimiResult {
    struct Dmarc {
        bool checked = false;  // looked up (only when the record asks for a logo)
        bool enforced = false; // quarantine/reject for all mail under both readings
        QString policy9989;    // the applied policy, "" when none applies
        QString policy7489;
        QString recordDomain9989;
        QString recordDomain7489;
        int pct = 100;        // RFC 7489 pct of the applied record
        bool testing = false; // RFC 9989 t=y
        QStringList problems; // why BIMI is not allowed, each in words
        QJsonObject toJson() const;
    };
    struct Logo {
        QString url;
        bool fetched = false;
        HttpsResponse fetch;
        QByteArray svg; // as served (SVGZ decompressed)
        QString title;
        bool valid = false;
        QStringList errors;
        QJsonObject toJson() const;
    };
    struct Authority {
        QString url;
        bool fetched = false;
        HttpsResponse fetch;
        std::optional<BimiAuthorityEvidence> evidence;
        bool valid = false;
        QStringList errors;
        QJsonObject toJson() const;
    };

    QString name;         // default._bimi.<domain>, or of the organizational domain when its record applies
    QString recordDomain; // the domain whose record applies (the domain or its organizational domain)
    bool fromOrganizationalDomain = false; // §8.2 step 6: the domain has none, its organizational domain has
    QStringList records;                   // TXT records starting with v=BIMI1
    std::optional<BimiRecord> record;
    QString dnsError;
    QString notFetched; // why the logo and evidence were not fetched (offline)
    Dmarc dmarc;
    Logo logo;
    Authority authority;

    bool declined() const { return record && record->isDeclination(); }
    QJsonObject toJson() const;
};
