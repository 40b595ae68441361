#pragma once
// The values SPF macros expand to (RFC 7208 §7.2): the client address, the sender, HELO, the
// current domain and, for "exp" text only, the receiving host and the time.

#include <QHostAddress>
#include <QString>

#include <functional>

struct SpfMacroContext {
    QHostAddress ip;                              // IPv4-mapped IPv6 already turned into IPv4
    QString localPart;                            // %{l}
    QString senderDomain;                         // %{o}
    QString helo;                                 // %{h}
    QString domain;                               // %{d}: the current domain of check_host()
    QString receiver = QStringLiteral("unknown"); // %{r}
    qint64 timestamp = 0;                         // %{t}
    // %{p}: the validated domain name of the client (needs DNS, so only computed when used).
    std::function<QString()> validatedName;

    QString sender() const { return localPart + QLatin1Char('@') + senderDomain; } // %{s}
};
