#pragma once
// The SMTP envelope of a received message as far as it can be known afterwards: the connecting
// IP, the HELO name and the MAIL FROM address, each with where it was read. Explicit values win;
// then what the receiving system recorded (Received-SPF, Return-Path, its border Received field,
// its Authentication-Results).

#include "DeliveryPath.h"
#include "ReceiverVerdict.h"

#include <optional>

struct MessageEnvelope {
    QString ip;
    QString ipSource; // "--ip", "Received-SPF client-ip", "Received (hop 2)", ...; "" when unknown
    QString helo;
    QString heloSource;
    QString mailFrom; // the address; "" with nullSender for "<>"
    QString mailFromSource;
    bool nullSender = false;

    bool hasMailFrom() const { return !mailFromSource.isEmpty(); }
    QString mailFromDomain() const;
    static MessageEnvelope read(const MailMessage& message, const DeliveryPath& path,
                                const ReceiverVerdict& receiver, const std::optional<QString>& ip,
                                const std::optional<QString>& helo, const std::optional<QString>& mailFrom);
    // "<user@example.com>" or "user@example.com" → "user@example.com"; "<>" → "".
    static QString bareAddress(const QString& text);
    QJsonObject toJson() const;
};
