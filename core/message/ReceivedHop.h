#pragma once
// One Received header field (RFC 5321 §4.4, RFC 5322 §3.6.7) read into its clauses: who connected
// (the HELO name, the reverse DNS name and the IP the receiving host recorded), who received
// (by), how (with), the queue id, the recipient (for) and when; plus its place on the delivery path.

#include <QDateTime>
#include <QJsonObject>
#include <optional>

struct ReceivedHop {
    int headerIndex = -1; // in the message (0 = topmost)
    QString raw;          // the field's value, unfolded
    QString helo;         // the name the client gave in HELO/EHLO (or the literal it gave)
    QString reverseName;  // the client's name as the receiving host found it (reverse DNS)
    QString ip;           // the client's address, without brackets or "IPv6:"
    QString by;           // the receiving host
    QString via;
    QString with; // "ESMTPS", "SMTP", "LMTP", "local"...
    QString id;
    QString forAddress;
    QString comments;    // the text of the comments after "by" and "with" (software, TLS)
    QString dateText;    // as written
    QDateTime date;      // invalid when it could not be read
    bool parsed = false; // at least one clause was recognised
    QString error;       // why the field could not be read

    // Set by DeliveryPath.
    int hop = 0;                        // 1 = the oldest hop (the first server the message met)
    std::optional<qint64> delaySeconds; // since the hop before it
    bool receivingSystem = false;       // added by the system that received the message last

    QJsonObject toJson() const;
};
