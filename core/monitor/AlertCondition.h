#pragma once
// One regression that is present after an audit of a domain: a finding, a grade below an earlier
// one, a record that changed, a certificate or signature about to expire. `key` names it stably
// across audits ("finding/DMARC-POLICY-NONE/…", "grade", "record/spf", "expiry/starttls/mx…");
// `fingerprint()` changes when what the alert says changes (a further drop, another severity).

#include <QJsonObject>
#include <QString>

struct AlertCondition {
    QString domain;
    QString key;
    QString kind;     // "finding", "grade", "record", "expiry"
    QString severity; // "error", "warning", "info"
    QString summary;  // one line for people, naming what changed
    QString before;   // the earlier value ("" when there was none)
    QString after;    // the value now
    QString code;     // the finding code, when one stands behind the condition
    // A record change is an event: it alerts once, is never repeated and sends no resolution.
    bool event = false;

    QString fingerprint() const;
    QJsonObject toJson() const;
    static AlertCondition fromJson(const QJsonObject& object);
};
