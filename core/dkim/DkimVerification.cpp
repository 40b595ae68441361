#include "DkimVerification.h"

#include <QJsonArray>

QJsonObject DkimSignatureVerification::toJson() const {
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    QJsonObject o = signature.toJson();
    o.insert(QStringLiteral("result"), result);
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("keyName"), keyName);
    o.insert(QStringLiteral("keyOutcome"), dnsOutcomeName(keyOutcome));
    if (!keyRecord.isEmpty())
        o.insert(QStringLiteral("keyRecord"), keyRecord);
    if (!key.keyType.isEmpty() || !key.error.isEmpty())
        o.insert(QStringLiteral("key"), key.toJson());
    if (bodyHashMatches)
        o.insert(QStringLiteral("bodyHashMatches"), *bodyHashMatches);
    if (signatureMatches)
        o.insert(QStringLiteral("signatureMatches"), *signatureMatches);
    if (!computedBodyHash.isEmpty())
        o.insert(QStringLiteral("computedBodyHash"), computedBodyHash);
    o.insert(QStringLiteral("expired"), expired);
    o.insert(QStringLiteral("overSignedHeaders"), QJsonArray::fromStringList(overSignedHeaders));
    o.insert(QStringLiteral("alignment"), DkimAlignment::name(alignment));
    o.insert(QStringLiteral("findings"), findingArray);
    return o;
}

QJsonObject DkimVerification::toJson() const {
    QJsonArray sigs;
    for (const DkimSignatureVerification& s : signatures)
        sigs.append(s.toJson());
    QJsonArray auth;
    for (const AuthenticationResultsHeader& a : authenticationResults)
        auth.append(a.toJson());
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    return QJsonObject{{QStringLiteral("message"), label},
                       {QStringLiteral("fromDomain"), fromDomain},
                       {QStringLiteral("signatures"), sigs},
                       {QStringLiteral("authenticationResults"), auth},
                       {QStringLiteral("dmarcAligned"), dmarcAligned},
                       {QStringLiteral("convertedLineEndings"), convertedLineEndings},
                       {QStringLiteral("findings"), findingArray}};
}
