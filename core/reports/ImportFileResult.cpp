#include "ImportFileResult.h"

#include <QJsonArray>

QString importStatusName(ImportStatus status) {
    switch (status) {
    case ImportStatus::Imported:
        return QStringLiteral("imported");
    case ImportStatus::Duplicate:
        return QStringLiteral("duplicate");
    case ImportStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QJsonObject ImportFileResult::toJson() const {
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("status"), importStatusName(status)},
                  {QStringLiteral("reports"), reports},
                  {QStringLiteral("duplicates"), duplicates},
                  {QStringLiteral("records"), records},
                  {QStringLiteral("messages"), messages},
                  {QStringLiteral("domains"), QJsonArray::fromStringList(domains)},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}
