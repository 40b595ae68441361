#include "SeedResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonValue SeedResult::ourVerdictJson() const {
    if (!analysis)
        return QJsonValue::Null;
    const MessageAnalysis& a = *analysis;
    QJsonObject o;
    o.insert(u"spf"_s, a.spf.result);
    QJsonArray dkim;
    for (const DkimSignatureVerification& s : a.dkim.signatures)
        dkim.append(QJsonObject{
            {u"d"_s, s.signature.domain}, {u"s"_s, s.signature.selector}, {u"result"_s, s.result}});
    o.insert(u"dkim"_s, dkim);
    o.insert(u"dmarc"_s, a.dmarc9989.result);
    o.insert(u"dmarc7489"_s, a.dmarc7489.result);
    o.insert(u"arc"_s, a.arc.chain);
    o.insert(u"verdict"_s, a.verdict);
    return o;
}

QJsonObject SeedResult::toJson() const {
    QJsonObject o;
    o.insert(u"name"_s, name);
    o.insert(u"address"_s, address);
    o.insert(u"arrived"_s, arrived);
    o.insert(u"seconds"_s, seconds ? QJsonValue(qRound(*seconds * 10) / 10.0) : QJsonValue(QJsonValue::Null));
    o.insert(u"folder"_s, folder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(folder));
    // Not looked into is not "missing": no placement, and the error says why.
    o.insert(u"placement"_s,
             lookedInto ? QJsonValue(seedPlacementName(placement)) : QJsonValue(QJsonValue::Null));
    o.insert(u"cleaned"_s, cleaned);
    o.insert(u"receiverVerdict"_s, analysis ? analysis->receiver.toJson() : QJsonValue(QJsonValue::Null));
    o.insert(u"ourVerdict"_s, ourVerdictJson());
    QJsonArray differences;
    if (analysis)
        for (const VerdictDifference& d : analysis->differences)
            differences.append(d.toJson());
    o.insert(u"differences"_s, differences);
    o.insert(u"error"_s, failed()      ? QJsonValue(seedErrorName(error))
                         : !lookedInto ? QJsonValue(u"not-sent"_s)
                                       : QJsonValue(QJsonValue::Null));
    o.insert(u"errorText"_s, errorText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorText));
    return o;
}
