#include "NsDifference.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QList<QPair<QStringList, QStringList>> NsDifference::versions() const {
    QList<QPair<QStringList, QStringList>> out; // (records, addresses)
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto found =
            std::find_if(out.begin(), out.end(), [&](const auto& v) { return v.first == it.value(); });
        if (found == out.end())
            out.append({it.value(), {it.key()}});
        else
            found->second << it.key();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    return out;
}

QJsonObject NsDifference::toJson() const {
    QJsonObject v;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        v.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject o;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonObject{
        {u"name"_s, name}, {u"type"_s, dnsRecordTypeName(type)}, {u"values"_s, v}, {u"outcomes"_s, o}};
}
