#include "ReportAlignment.h"

#include <QJsonArray>

QJsonObject ReportAlignmentRow::toJson() const {
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("headerFrom"), headerFrom},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("result"), result},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("receiverPass"), receiverPass},
            {QStringLiteral("readingsDiffer"), readingsDiffer()},
            {QStringLiteral("alignment"), alignment.toJson()}};
}

QJsonObject ReportAlignment::toJson() const {
    QJsonArray list;
    for (const ReportAlignmentRow& r : rows)
        list.append(r.toJson());
    QJsonObject o{{QStringLiteral("domain"), domain},
                  {QStringLiteral("rows"), list},
                  {QStringLiteral("differing"), differing},
                  {QStringLiteral("differingMessages"), differingMessages}};
    if (since.isValid())
        o.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    return o;
}
