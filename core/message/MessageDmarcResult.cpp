#include "MessageDmarcResult.h"

#include <QJsonArray>

QJsonObject MessageIdentifierAlignment::toJson() const {
    QJsonObject o = alignment.toJson();
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("result"), result);
    if (method == QLatin1String("dkim"))
        o.insert(QStringLiteral("selector"), selector);
    return o;
}

QJsonObject MessageDmarcResult::toJson() const {
    QJsonArray dkimArray;
    for (const MessageIdentifierAlignment& a : dkim)
        dkimArray.append(a.toJson());
    QJsonObject alignment{{QStringLiteral("spf"), spf.toJson()},
                          {QStringLiteral("dkim"), dkimArray},
                          {QStringLiteral("fromOrgDomain"), fromOrgDomain},
                          {QStringLiteral("orgDomainMethod"), orgDomainMethod}};
    QJsonObject o{{QStringLiteral("result"), result},
                  {QStringLiteral("policy"), policy.isEmpty() ? QJsonValue() : QJsonValue(policy)},
                  {QStringLiteral("disposition"), disposition},
                  {QStringLiteral("alignment"), alignment},
                  {QStringLiteral("reading"), reading.toJson()},
                  {QStringLiteral("explanation"), explanation}};
    o.insert(QStringLiteral("arcOverride"), QJsonObject{{QStringLiteral("plausible"), arcOverridePlausible},
                                                        {QStringLiteral("why"), arcOverride}});
    return o;
}
