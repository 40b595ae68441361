#pragma once
// One address or name to look up on the lists, with why it is checked ("MX mx1.example.com",
// "SPF ip4:192.0.2.0/28 in example.com", "aggregate reports: 1200 messages passing DMARC").

#include <QJsonObject>
#include <QStringList>

struct BlocklistSubject {
    enum class Kind { Address, Domain };
    QString value; // "192.0.2.25", "2001:db8::25", "example.com"
    Kind kind = Kind::Address;
    QStringList reasons;

    QJsonObject toJson() const;
};
