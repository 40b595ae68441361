#pragma once
// One address of one authoritative server of a zone, as the per-server check found it.

#include <QJsonObject>
#include <QString>
#include <optional>

struct NsServer {
    QString name;    // the NS host name, lower case, no trailing dot
    QString address; // IPv4 or IPv6 literal; empty when the name has no address
    QString askedAt; // where the questions went ("127.0.0.2:40053" after --connect-to); empty: not asked
    std::optional<quint32> serial; // the SOA serial it serves
    bool authoritative = false;    // its SOA answer carried the AA flag
    QString error;                 // why it is lame ("timeout", "REFUSED", …); empty: it is not
    bool inDelegation = false;     // named by the parent's NS set
    bool inZone = false;           // named by the zone's own NS set

    bool lame() const { return !error.isEmpty(); }
    // {name, address, serial (number or null), authoritative, error (string or null), lame,
    //  askedAt, inDelegation, inZone}
    QJsonObject toJson() const;
};
