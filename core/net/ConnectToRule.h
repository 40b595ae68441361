#pragma once
// One --connect-to HOST:PORT:ADDR:PORT rule, with curl's meaning: a connection meant for HOST:PORT
// goes to ADDR:PORT instead, while TLS still checks the certificate against HOST. An empty HOST or
// PORT on the left matches any; an empty ADDR keeps the host (resolved as usual), an empty PORT on
// the right keeps the port. IPv6 addresses go in brackets: "mx.example.com:25:[2001:db8::25]:2525".

#include <QString>
#include <expected>

struct ConnectToRule {
    QString host;       // lower case, no trailing dot; empty: any host
    quint16 port = 0;   // 0: any port
    QString toHost;     // an address or a host name; empty: the original host
    quint16 toPort = 0; // 0: the original port

    static std::expected<ConnectToRule, QString> parse(const QString& text);
    bool matches(const QString& host, quint16 port) const;
    QString toString() const;
};
