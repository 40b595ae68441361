#pragma once
// What was found at one selector: the DNS outcome, any CNAME delegation, the key record, the key
// as OpenSSL reads it, short flags for tables, and the findings. Same value in CLI, JSON and GUI.

#include "DkimKeyInfo.h"
#include "DkimKeyRecord.h"
#include "dns/DnsOutcome.h"
#include "findings/Finding.h"

#include <QJsonObject>

enum class DkimSelectorSource { Common, User, Message };
QString dkimSelectorSourceName(DkimSelectorSource source); // "common", "user", "message"

struct DkimSelectorCandidate {
    QString selector;
    DkimSelectorSource source = DkimSelectorSource::User;
    QString origin; // where it came from: a file name for selectors read from messages
};

struct DkimSelectorResult {
    QString selector;
    QString name; // <selector>._domainkey.<domain>
    DkimSelectorSource source = DkimSelectorSource::Common;
    QString origin;
    DnsOutcome outcome = DnsOutcome::NxDomain;
    QString dnsError;
    QStringList cnameChain;           // the targets followed, in order
    bool found = false;               // a DKIM key record (valid or not, revoked included) is published
    bool dangling = false;            // a CNAME whose target holds no record
    QStringList texts;                // every TXT record at the name, joined
    QList<QList<QByteArray>> strings; // the character-strings of each TXT record (255-byte splits)
    DkimKeyRecord record;
    DkimKeyInfo key;
    QStringList flags; // "cname", "revoked", "testing", "strict", "sha1", "multiple", "invalid", ...
    QList<Finding> findings;

    QString cname() const { return cnameChain.isEmpty() ? QString() : cnameChain.last(); }
    // The worst severity among the findings; nullopt when there are none.
    std::optional<Severity> worstSeverity() const;
    QJsonObject toJson() const;
};
