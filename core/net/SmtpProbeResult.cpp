#include "SmtpProbeResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString SmtpProbeResult::outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Tls:
        return u"tls"_s;
    case Outcome::NotOffered:
        return u"not-offered"_s;
    case Outcome::NoAddress:
        return u"no-address"_s;
    case Outcome::Refused:
        return u"refused"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::TlsFailed:
        return u"tls-failed"_s;
    case Outcome::ProtocolError:
        return u"protocol-error"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QJsonObject SmtpProbeResult::toJson() const {
    QJsonObject o{{u"host"_s, host},
                  {u"address"_s, address},
                  {u"port"_s, port},
                  {u"outcome"_s, outcomeName(outcome)},
                  {u"offered"_s, outcome == Outcome::NotOffered ? QJsonValue(false)
                                 : reached()                    ? QJsonValue(true)
                                                                : QJsonValue()},
                  {u"tlsVersion"_s, tlsVersion},
                  {u"cipher"_s, cipher},
                  {u"error"_s, error},
                  {u"ms"_s, elapsedMs}};
    if (!chain.isEmpty()) {
        const CertificateInfo& leaf = chain.first();
        o.insert(u"certificate"_s, QJsonObject{{u"subject"_s, leaf.subject},
                                               {u"sans"_s, QJsonArray::fromStringList(leaf.sans)},
                                               {u"issuer"_s, leaf.issuer},
                                               {u"notAfter"_s, leaf.notAfter.toString(Qt::ISODate)},
                                               {u"chainValid"_s, chainValid},
                                               {u"nameMatches"_s, nameMatches},
                                               {u"errors"_s, QJsonArray::fromStringList(certificateErrors)}});
    }
    return o;
}
