#include "ConnectionLogEntry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject ConnectionLogEntry::toJson() const {
    QJsonArray certs;
    for (const CertificateInfo& c : chain)
        certs.append(c.toJson());
    QJsonObject o{{u"sequence"_s, sequence},
                  {u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {u"protocol"_s, protocol},
                  {u"host"_s, host},
                  {u"port"_s, port},
                  {u"address"_s, address},
                  {u"connectedPort"_s, connectedPort},
                  {u"tlsVersion"_s, tlsVersion},
                  {u"cipher"_s, cipher},
                  {u"chain"_s, certs},
                  {u"certificateErrors"_s, QJsonArray::fromStringList(certificateErrors)},
                  {u"outcome"_s, outcome},
                  {u"error"_s, error},
                  {u"ms"_s, elapsedMs}};
    if (!via.isEmpty())
        o.insert(u"via"_s, via);
    return o;
}
