#pragma once
// A DMARC aggregate report (RFC 7489 Appendix C, RFC 9990) as plain values: the header (metadata
// and published policy) and its rows. Result words are lower case; an empty string means the
// reporter gave none (or gave a value that could not be used, see the parser's warnings).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct DmarcDkimAuth {
    QString domain;
    QString selector;
    QString result; // none, pass, fail, policy, neutral, temperror, permerror
    QString humanResult;
};

struct DmarcSpfAuth {
    QString domain;
    QString scope;  // mfrom, helo (absent in RFC 9990)
    QString result; // none, neutral, pass, fail, softfail, temperror, permerror
};

struct AggregateRecord {
    QString sourceIp;
    qint64 count = 0;
    QString disposition; // none, quarantine, reject (RFC 9990 also: pass)
    QString dkimAligned; // policy_evaluated/dkim: pass or fail
    QString spfAligned;  // policy_evaluated/spf: pass or fail
    QStringList reasons; // "type: comment"
    QString headerFrom;
    QString envelopeFrom;
    QString envelopeTo;
    QList<DmarcDkimAuth> dkim;
    QList<DmarcSpfAuth> spf;

    // DMARC passes when either identifier passes aligned (RFC 7489 §6.6.2).
    bool dmarcPass() const { return dkimAligned == u"pass" || spfAligned == u"pass"; }
    QJsonObject toJson() const;
};

struct AggregateReportHeader {
    QString version; // as written; never a reason to refuse a report
    QString namespaceUri;
    QString orgName;
    QString email;
    QString extraContactInfo;
    QString reportId;
    QString generator;
    qint64 begin = 0; // seconds since the epoch, UTC
    qint64 end = 0;
    QStringList errors; // <error> elements of report_metadata

    QString domain; // policy_published, lower case
    QString adkim;
    QString aspf;
    QString p;
    QString sp;
    QString np;
    QString pct;
    QString fo;
    QString testing;
    QString discoveryMethod;

    // The reporter's identity for duplicate detection: org_name, or the email when org_name is empty.
    QString orgKey() const { return orgName.isEmpty() ? email : orgName; }
    QJsonObject policyJson() const;
    QJsonObject toJson() const;
};

struct AggregateReport {
    AggregateReportHeader header;
    QList<AggregateRecord> records;
    QStringList warnings;

    QJsonObject toJson() const;
};
