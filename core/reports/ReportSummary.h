#pragma once
// What the imported reports say about one domain over a date range: who sends as it (by source
// address, reverse name and matched SPF include), with what SPF / DKIM / DMARC results, over time,
// and what a stricter policy would do. The CLI prints it, the Reports tab shows it.

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

struct PassFail {
    qint64 pass = 0;
    qint64 fail = 0;
    QJsonObject toJson() const;
};

struct ReportSource {
    QString ip;
    qint64 count = 0;
    PassFail spf;         // aligned SPF, as evaluated by the receiver
    PassFail dkim;        // aligned DKIM
    PassFail dmarc;       // either aligned
    qint64 forwarded = 0; // DKIM pass and SPF fail: the signature survived a hop that broke SPF
    qint64 quarantined = 0;
    qint64 rejected = 0;
    QString reverseName;    // stored PTR answer, or empty
    QString reverseDomain;  // its registrable domain
    QString matchedInclude; // top-level SPF term covering the address, or "unknown"
    QJsonObject toJson() const;
};

// Its members are all relocatable: lists of a hundred thousand sources grow by moving memory.
Q_DECLARE_TYPEINFO(ReportSource, Q_RELOCATABLE_TYPE);

struct SourceGroup {
    QString name;
    qint64 count = 0;
    qint64 dmarcPass = 0;
    int sources = 0;
    QJsonObject toJson() const;
};

struct DailyVolume {
    QDate day;
    qint64 pass = 0;        // DMARC pass
    qint64 failNone = 0;    // DMARC fail, delivered anyway (disposition none)
    qint64 quarantined = 0; // disposition quarantine
    qint64 rejected = 0;    // disposition reject
    qint64 total() const { return pass + failNone + quarantined + rejected; }
    QJsonObject toJson() const;
};

struct SelectorSeen {
    QString domain;
    QString selector;
    qint64 messages = 0;
    qint64 pass = 0;
    QJsonObject toJson() const;
};

struct PolicySimulation {
    QString policy;              // quarantine or reject
    qint64 messages = 0;         // messages failing DMARC: what the policy would act on
    qint64 alreadyApplied = 0;   // of those, already given that disposition (or a stronger one)
    qint64 knownSenders = 0;     // of those, from addresses the SPF record authorises (fix before enforcing)
    qint64 sourceCount = 0;      // sources failing DMARC, listed or not
    QList<ReportSource> sources; // failing sources, by failing volume (the biggest, see sourceLimit)
    QJsonObject toJson(int limit = 0) const;
};

struct TlsRptDaily {
    QDate day;
    qint64 successful = 0;
    qint64 failed = 0;
    QJsonObject toJson() const;
};

struct ReportSummary {
    QString domain;
    QDate since; // invalid: open
    QDate until;
    int reports = 0;
    qint64 messages = 0;
    QJsonObject publishedPolicy; // of the latest report
    QString spfSnapshotTakenAt;  // ISO date of the SPF tree used, or empty
    PassFail dmarc;
    // The lists of sources hold the biggest `sourceLimit` entries (0: all); the counts cover all.
    int sourceLimit = 0;
    qint64 sourceCount = 0; // distinct source addresses in the range
    qint64 unknownSourceCount = 0;
    qint64 unknownMessages = 0; // from the unknown sources, listed or not
    qint64 forwarderCount = 0;
    QList<ReportSource> sources; // by volume
    QList<SourceGroup> byReverseDomain;
    QList<SourceGroup> byInclude;
    QList<ReportSource> unknownSources; // no SPF include matches, by volume
    QList<ReportSource> forwarders;
    QList<SelectorSeen> dkimSelectors;
    QList<DailyVolume> daily;
    PolicySimulation quarantine;
    PolicySimulation reject;
    int tlsReports = 0;
    qint64 tlsSuccessful = 0;
    qint64 tlsFailed = 0;
    QList<TlsRptDaily> tlsDaily;
    QList<QPair<QString, qint64>> tlsFailureTypes;

    // limit > 0: the lists of sources hold at most the biggest `limit` entries (counts are given).
    QJsonObject toJson(int limit = 0) const;
};
