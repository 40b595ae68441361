#include "DkimKeyRecord.h"

#include <QJsonArray>

QJsonObject DkimKeyRecord::toJson() const {
    QJsonObject tagsObject;
    for (const DkimTag& t : tags.tags)
        tagsObject.insert(t.name, t.value);
    QJsonObject o{{QStringLiteral("raw"), raw},
                  {QStringLiteral("tags"), tagsObject},
                  {QStringLiteral("keyType"), keyType},
                  {QStringLiteral("revoked"), isRevoked()},
                  {QStringLiteral("testing"), isTesting()},
                  {QStringLiteral("strictSubdomain"), isStrictSubdomain()},
                  {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
    if (!hashAlgorithms.isEmpty())
        o.insert(QStringLiteral("hashAlgorithms"), QJsonArray::fromStringList(hashAlgorithms));
    if (!serviceTypes.isEmpty())
        o.insert(QStringLiteral("serviceTypes"), QJsonArray::fromStringList(serviceTypes));
    if (hasGranularity)
        o.insert(QStringLiteral("granularity"), granularity);
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), notes);
    return o;
}
