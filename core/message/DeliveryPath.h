#pragma once
// The way a message came: its Received header fields read oldest first, the delay between hops,
// and the hop where the receiving system accepted it from outside (the "border" hop), whose client
// address and HELO name are what SPF was checked against. The receiving system is told by the
// authserv-id of its Authentication-Results (or the topmost Received "by"); its internal hops
// (loopback and private addresses, hosts of its own organizational domain, hops without "from")
// are walked past from the top.

#include "ReceivedHop.h"
#include "mail/MailMessage.h"

#include <QJsonArray>

struct DeliveryPath {
    QList<ReceivedHop> hops; // oldest first
    QString receiver;        // the receiving system (authserv-id, else the topmost "by")
    int borderHop = -1;      // index in hops; -1 without Received fields
    QString connectingIp;    // of the border hop ("" when it names none)
    QString helo;            // of the border hop

    // receiverId: the authserv-id the receiving system writes in Authentication-Results; empty:
    // the topmost Received "by" is taken.
    static DeliveryPath read(const MailMessage& message, const QString& receiverId = {});
    // True for loopback, private (RFC 1918, RFC 4193), link-local and shared (RFC 6598) addresses.
    static bool isInternalAddress(const QString& ip);
    // The header index above which the receiving system's own fields lie: the Received field of
    // the hop before the border one; when the border hop is the first, the end of the trace and
    // authentication fields that follow its Received field (a sender's own header block below them
    // is never the receiver's, whatever authserv-id it claims). Without Received fields: every field.
    int trustedFieldLimit(const MailMessage& message) const;
    const ReceivedHop* border() const { return borderHop >= 0 ? &hops.at(borderHop) : nullptr; }
    QJsonArray toJson() const;
};
