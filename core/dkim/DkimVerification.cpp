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
    o.insert(QStringLiteral("alignment"), alignment.summary());
    o.insert(QStringLiteral("dmarcAlignment"), alignment.toJson());
    o.insert(QStringLiteral("findings"), findingArray);
    return o;
}

QJsonObject DkimDmarcContext::toJson() const {
    auto reading = [](const QString& domain, DmarcAlignmentMode adkim) {
        return QJsonObject{
            {QStringLiteral("recordDomain"), domain.isEmpty() ? QJsonValue() : QJsonValue(domain)},
            {QStringLiteral("adkim"), dmarcAlignmentModeName(adkim)}};
    };
    QJsonObject o{{QStringLiteral("rfc9989"), reading(recordDomain9989, adkim9989)},
                  {QStringLiteral("rfc7489"), reading(recordDomain7489, adkim7489)}};
    if (dnsError)
        o.insert(QStringLiteral("dnsError"), true);
    return o;
}

QJsonObject DomainKeySignatureInfo::toJson() const {
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("selector"), selector},
            {QStringLiteral("algorithm"), algorithm},
            {QStringLiteral("evaluated"), false}};
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
    QJsonArray domainKeys;
    for (const DomainKeySignatureInfo& d : domainKeySignatures)
        domainKeys.append(d.toJson());
    return QJsonObject{{QStringLiteral("message"), label},
                       {QStringLiteral("fromDomain"), fromDomain},
                       {QStringLiteral("signatures"), sigs},
                       {QStringLiteral("domainKeySignatures"), domainKeys},
                       {QStringLiteral("authenticationResults"), auth},
                       {QStringLiteral("dmarc"), dmarc.toJson()},
                       {QStringLiteral("dmarcAligned"), dmarcAligned},
                       {QStringLiteral("dmarcAlignedByReading"),
                        QJsonObject{{QStringLiteral("rfc9989"),
                                     dmarcAligned9989 ? QJsonValue(*dmarcAligned9989) : QJsonValue()},
                                    {QStringLiteral("rfc7489"), dmarcAligned7489}}},
                       {QStringLiteral("convertedLineEndings"), convertedLineEndings},
                       {QStringLiteral("findings"), findingArray}};
}
