#include "MessageEnvelope.h"

#include "ReceivedHeaderParser.h"

QString MessageEnvelope::bareAddress(const QString& text) {
    QString v = text.trimmed();
    const qsizetype lt = v.indexOf(QLatin1Char('<'));
    if (lt >= 0) {
        const qsizetype gt = v.indexOf(QLatin1Char('>'), lt);
        v = v.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1);
    } else {
        v = v.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    }
    return v.trimmed();
}

QString MessageEnvelope::mailFromDomain() const {
    if (nullSender)
        return {};
    // Authentication-Results may give smtp.mailfrom as a bare domain.
    QString d = mailFrom.section(QLatin1Char('@'), -1).toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d;
}

MessageEnvelope MessageEnvelope::read(const MailMessage& message, const DeliveryPath& path,
                                      const ReceiverVerdict& receiver, const std::optional<QString>& ip,
                                      const std::optional<QString>& helo,
                                      const std::optional<QString>& mailFrom) {
    MessageEnvelope e;
    const AuthenticationResult* receivedSpf = receiver.receivedSpf && !receiver.receivedSpf->results.isEmpty()
                                                  ? &receiver.receivedSpf->results.first()
                                                  : nullptr;
    auto arProperty = [&](const QString& method, const QString& key) -> QString {
        for (const AuthenticationResultsHeader& h : receiver.headers)
            for (const AuthenticationResult& r : h.results)
                if (r.method == method && r.properties.contains(key))
                    return r.properties.value(key);
        return {};
    };
    const ReceivedHop* border = path.border();

    // The connecting IP.
    if (ip) {
        e.ip = *ip;
        e.ipSource = QStringLiteral("--ip");
    } else if (receivedSpf &&
               !ReceivedHeaderParser::addressIn(receivedSpf->properties.value(QStringLiteral("client-ip")))
                    .isEmpty()) {
        e.ip = ReceivedHeaderParser::addressIn(receivedSpf->properties.value(QStringLiteral("client-ip")));
        e.ipSource = QStringLiteral("Received-SPF client-ip");
    } else if (border && !border->ip.isEmpty()) {
        e.ip = border->ip;
        e.ipSource = QStringLiteral("Received (hop %1, by %2)").arg(border->hop).arg(border->by);
    } else {
        for (const QString& key : {QStringLiteral("policy.iprev"), QStringLiteral("smtp.remote-ip")}) {
            const QString value = ReceivedHeaderParser::addressIn(arProperty(QStringLiteral("iprev"), key));
            if (!value.isEmpty()) {
                e.ip = value;
                e.ipSource = QStringLiteral("Authentication-Results iprev");
                break;
            }
        }
    }

    // HELO.
    if (helo) {
        e.helo = *helo;
        e.heloSource = QStringLiteral("--helo");
    } else if (receivedSpf && !receivedSpf->properties.value(QStringLiteral("helo")).isEmpty()) {
        e.helo = receivedSpf->properties.value(QStringLiteral("helo"));
        e.heloSource = QStringLiteral("Received-SPF helo");
    } else if (const QString h = arProperty(QStringLiteral("spf"), QStringLiteral("smtp.helo"));
               !h.isEmpty()) {
        e.helo = h;
        e.heloSource = QStringLiteral("Authentication-Results smtp.helo");
    } else if (border && !border->helo.isEmpty()) {
        e.helo = border->helo;
        e.heloSource = QStringLiteral("Received (hop %1, by %2)").arg(border->hop).arg(border->by);
    }

    // MAIL FROM.
    if (mailFrom) {
        e.mailFrom = bareAddress(*mailFrom);
        e.nullSender = e.mailFrom.isEmpty();
        e.mailFromSource = QStringLiteral("--mail-from");
        return e;
    }
    const int limit = path.trustedFieldLimit(message);
    for (int i = 0; i < message.headers.size(); ++i) {
        if (!message.headers.at(i).isNamed("Return-Path"))
            continue;
        if (i > limit)
            break;
        e.mailFrom = bareAddress(QString::fromUtf8(message.headers.at(i).value()));
        e.nullSender = e.mailFrom.isEmpty();
        e.mailFromSource = QStringLiteral("Return-Path");
        return e;
    }
    if (receivedSpf && receivedSpf->properties.contains(QStringLiteral("envelope-from"))) {
        e.mailFrom = bareAddress(receivedSpf->properties.value(QStringLiteral("envelope-from")));
        e.nullSender = e.mailFrom.isEmpty();
        e.mailFromSource = QStringLiteral("Received-SPF envelope-from");
        return e;
    }
    if (const QString m = arProperty(QStringLiteral("spf"), QStringLiteral("smtp.mailfrom")); !m.isEmpty()) {
        e.mailFrom = bareAddress(m);
        e.mailFromSource = QStringLiteral("Authentication-Results smtp.mailfrom");
    }
    return e;
}

QJsonObject MessageEnvelope::toJson() const {
    auto value = [](const QString& v, const QString& source) {
        return source.isEmpty() ? QJsonValue() : QJsonValue(v);
    };
    return QJsonObject{{QStringLiteral("ip"), value(ip, ipSource)},
                       {QStringLiteral("ipSource"), ipSource},
                       {QStringLiteral("helo"), value(helo, heloSource)},
                       {QStringLiteral("heloSource"), heloSource},
                       {QStringLiteral("mailFrom"), value(mailFrom, mailFromSource)},
                       {QStringLiteral("mailFromSource"), mailFromSource},
                       {QStringLiteral("nullSender"), nullSender}};
}
