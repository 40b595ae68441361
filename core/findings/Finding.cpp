#include "Finding.h"

#include <QJsonArray>

QJsonObject Finding::toJson() const {
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("rfc"), rfc},
                  {QStringLiteral("fix"), fix},
                  {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)}};
    if (!area.isEmpty())
        o.insert(QStringLiteral("area"), area);
    if (!domain.isEmpty())
        o.insert(QStringLiteral("domain"), domain);
    return o;
}

Finding Finding::fromJson(const QJsonObject& o) {
    Finding f;
    f.code = o.value(QStringLiteral("code")).toString();
    f.severity = severityFromName(o.value(QStringLiteral("severity")).toString()).value_or(Severity::Info);
    f.title = o.value(QStringLiteral("title")).toString();
    f.detail = o.value(QStringLiteral("detail")).toString();
    f.rfc = o.value(QStringLiteral("rfc")).toString();
    f.fix = o.value(QStringLiteral("fix")).toString();
    for (const auto& v : o.value(QStringLiteral("evidence")).toArray())
        f.evidence << v.toString();
    f.area = o.value(QStringLiteral("area")).toString();
    f.domain = o.value(QStringLiteral("domain")).toString();
    return f;
}
