#include "ReceiverVerdict.h"

#include <QJsonArray>

namespace {
QJsonObject resultJson(const AuthenticationResult& r) {
    QJsonObject props;
    for (auto it = r.properties.cbegin(); it != r.properties.cend(); ++it)
        props.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("result"), r.result}, {QStringLiteral("properties"), props}};
    if (!r.reason.isEmpty())
        o.insert(QStringLiteral("reason"), r.reason);
    return o;
}
} // namespace

QString ReceiverVerdict::topAuthServId(const MailMessage& message) {
    for (const MailHeader& h : message.headers)
        if (h.isNamed("Authentication-Results"))
            return AuthenticationResultsHeader::parseAuthenticationResults(QString::fromUtf8(h.value()))
                .authServId;
    return {};
}

ReceiverVerdict ReceiverVerdict::read(const MailMessage& message, const DeliveryPath& path) {
    ReceiverVerdict v;
    v.authServId = topAuthServId(message);
    // Fields below the Received field of the hop before the border were written before the
    // receiving system saw the message. (Its own fields may sit just below its Received field.)
    const int limit = path.trustedFieldLimit(message);
    for (int i = 0; i < limit && i < message.headers.size(); ++i) {
        const MailHeader& h = message.headers.at(i);
        if (h.isNamed("Authentication-Results")) {
            const AuthenticationResultsHeader ar =
                AuthenticationResultsHeader::parseAuthenticationResults(QString::fromUtf8(h.value()));
            if (!v.authServId.isEmpty() && ar.authServId.compare(v.authServId, Qt::CaseInsensitive) == 0)
                v.headers << ar;
        } else if (h.isNamed("Received-SPF") && !v.receivedSpf) {
            v.receivedSpf = AuthenticationResultsHeader::parseReceivedSpf(QString::fromUtf8(h.value()));
        }
    }
    for (const AuthenticationResultsHeader& ar : std::as_const(v.headers))
        for (const AuthenticationResult& r : ar.results) {
            if (r.method == QLatin1String("spf") && !v.spf)
                v.spf = r;
            else if (r.method == QLatin1String("dkim"))
                v.dkim << r;
            else if (r.method == QLatin1String("dmarc") && !v.dmarc)
                v.dmarc = r;
            else if (r.method == QLatin1String("arc") && !v.arc)
                v.arc = r;
        }
    if (!v.spf && v.receivedSpf && !v.receivedSpf->results.isEmpty())
        v.spf = v.receivedSpf->results.first();
    return v;
}

QJsonValue ReceiverVerdict::toJson() const {
    if (!isPresent())
        return QJsonValue();
    QJsonObject o{{QStringLiteral("authServId"), authServId}};
    o.insert(QStringLiteral("spf"), spf ? QJsonValue(resultJson(*spf)) : QJsonValue());
    QJsonArray dkimArray;
    for (const AuthenticationResult& r : dkim)
        dkimArray.append(resultJson(r));
    o.insert(QStringLiteral("dkim"), dkimArray);
    o.insert(QStringLiteral("dmarc"), dmarc ? QJsonValue(resultJson(*dmarc)) : QJsonValue());
    o.insert(QStringLiteral("arc"), arc ? QJsonValue(resultJson(*arc)) : QJsonValue());
    QJsonArray raw;
    for (const AuthenticationResultsHeader& h : headers)
        raw.append(h.raw);
    if (receivedSpf)
        raw.append(QStringLiteral("Received-SPF: ") + receivedSpf->raw);
    o.insert(QStringLiteral("fields"), raw);
    return o;
}
