#include "ArcSet.h"

QJsonObject ArcAuthenticationResults::toJson() const {
    QJsonObject o = results.toJson();
    o.remove(QStringLiteral("header"));
    o.insert(QStringLiteral("instance"), instance);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QJsonObject ArcSignatureCheck::toJson() const {
    QJsonObject o{{QStringLiteral("result"), result}, {QStringLiteral("reason"), reason}};
    if (!keyName.isEmpty())
        o.insert(QStringLiteral("keyName"), keyName);
    if (!key.keyType.isEmpty() || !key.error.isEmpty())
        o.insert(QStringLiteral("key"), key.toJson());
    if (temporary)
        o.insert(QStringLiteral("temporary"), true);
    if (bodyHashMatches)
        o.insert(QStringLiteral("bodyHashMatches"), *bodyHashMatches);
    if (signatureMatches)
        o.insert(QStringLiteral("signatureMatches"), *signatureMatches);
    return o;
}

QString ArcSet::sealer() const {
    return seal.domain.isEmpty() ? ams.domain : seal.domain;
}

QJsonObject ArcSet::toJson() const {
    QJsonObject o{{QStringLiteral("instance"), instance},
                  {QStringLiteral("sealer"), sealer()},
                  {QStringLiteral("complete"), isComplete()}};
    if (sealCount > 0) {
        o.insert(QStringLiteral("cv"), seal.chainValidation);
        QJsonObject s = seal.toJson();
        s.insert(QStringLiteral("check"), sealCheck.toJson());
        o.insert(QStringLiteral("seal"), s);
    }
    if (amsCount > 0) {
        QJsonObject m = ams.toJson();
        m.insert(QStringLiteral("check"), amsCheck.toJson());
        o.insert(QStringLiteral("messageSignature"), m);
    }
    if (aarCount > 0)
        o.insert(QStringLiteral("authenticationResults"), aar.toJson());
    o.insert(QStringLiteral("ams"), amsCheck.result);
    o.insert(QStringLiteral("as"), sealCheck.result);
    return o;
}
