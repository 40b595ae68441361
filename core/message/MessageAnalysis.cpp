#include "MessageAnalysis.h"

#include <QJsonArray>

QJsonObject MessageSpfCheck::toJson() const {
    QJsonObject o{{QStringLiteral("identity"), identity},
                  {QStringLiteral("domain"), domain},
                  {QStringLiteral("result"), result},
                  {QStringLiteral("reason"), reason}};
    if (tree) {
        if (tree->evaluation)
            o.insert(QStringLiteral("evaluation"), tree->evaluation->toJson());
        o.insert(QStringLiteral("tree"), tree->toJson());
    }
    return o;
}

bool MessageAnalysis::undetermined() const {
    return dmarc9989.result == QLatin1String("temperror") && dmarc7489.result == QLatin1String("temperror");
}

QJsonObject MessageAnalysis::toJson() const {
    QJsonObject spfObject = spf.toJson();
    spfObject.insert(QStringLiteral("aligned"), dmarc9989.spf.aligned());
    spfObject.insert(QStringLiteral("alignment"),
                     QJsonObject{{QStringLiteral("rfc9989"), dmarc9989.spf.toJson()},
                                 {QStringLiteral("rfc7489"), dmarc7489.spf.toJson()}});
    spfObject.insert(QStringLiteral("ip"), envelope.ip);
    spfObject.insert(QStringLiteral("helo"), spfHelo.toJson());

    QJsonArray dkimArray;
    for (qsizetype i = 0; i < dkim.signatures.size(); ++i) {
        const DkimSignatureVerification& s = dkim.signatures.at(i);
        QJsonObject o = s.toJson();
        o.insert(QStringLiteral("result"), s.result);
        o.insert(QStringLiteral("domain"), s.signature.domain);
        o.insert(QStringLiteral("selector"), s.signature.selector);
        const bool aligned9989 = i < dmarc9989.dkim.size() && dmarc9989.dkim.at(i).aligned();
        o.insert(QStringLiteral("aligned"), aligned9989);
        QJsonObject alignment;
        if (i < dmarc9989.dkim.size())
            alignment.insert(QStringLiteral("rfc9989"), dmarc9989.dkim.at(i).toJson());
        if (i < dmarc7489.dkim.size())
            alignment.insert(QStringLiteral("rfc7489"), dmarc7489.dkim.at(i).toJson());
        o.insert(QStringLiteral("alignment"), alignment);
        dkimArray.append(o);
    }

    QJsonArray differenceArray;
    for (const VerdictDifference& d : differences)
        differenceArray.append(d.toJson());
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());

    return QJsonObject{
        {QStringLiteral("message"), label},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("from"), fromAddress},
        {QStringLiteral("fromDomain"), fromDomain},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("date"), date},
        {QStringLiteral("bodyAvailable"), bodyAvailable},
        {QStringLiteral("envelope"), envelope.toJson()},
        {QStringLiteral("spf"), spfObject},
        {QStringLiteral("dkim"), dkimArray},
        {QStringLiteral("arc"), arc.toJson()},
        {QStringLiteral("dmarc"), QJsonObject{{QStringLiteral("rfc9989"), dmarc9989.toJson()},
                                              {QStringLiteral("rfc7489"), dmarc7489.toJson()}}},
        {QStringLiteral("receiverVerdict"), receiver.toJson()},
        {QStringLiteral("differences"), differenceArray},
        {QStringLiteral("hops"), path.toJson()},
        {QStringLiteral("receiver"), path.receiver},
        {QStringLiteral("findings"), findingArray}};
}
