#include "DkimResult.h"

int DkimResult::foundCount() const {
    int n = 0;
    for (const DkimSelectorResult& s : selectors)
        n += s.found ? 1 : 0;
    return n;
}

QJsonObject DkimResult::toJson(const QJsonArray& queries) const {
    QJsonArray selectorArray;
    for (const DkimSelectorResult& s : selectors)
        selectorArray.append(s.toJson());
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    return QJsonObject{{QStringLiteral("domain"), domain},
                       {QStringLiteral("selectors"), selectorArray},
                       {QStringLiteral("tried"), QJsonArray::fromStringList(tried)},
                       {QStringLiteral("discovered"), discovered},
                       {QStringLiteral("notice"), notice},
                       {QStringLiteral("findings"), findingArray},
                       {QStringLiteral("queries"), queries}};
}
