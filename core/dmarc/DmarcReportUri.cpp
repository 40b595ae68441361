#include "DmarcReportUri.h"

QJsonObject DmarcReportUri::toJson() const {
    QJsonObject o{{QStringLiteral("tag"), tag},
                  {QStringLiteral("uri"), raw},
                  {QStringLiteral("scheme"), scheme},
                  {QStringLiteral("valid"), valid}};
    if (!address.isEmpty())
        o.insert(QStringLiteral("address"), address);
    if (!domain.isEmpty())
        o.insert(QStringLiteral("domain"), domain);
    if (!sizeLimit.isEmpty()) {
        o.insert(QStringLiteral("sizeLimit"), sizeLimit);
        o.insert(QStringLiteral("sizeBytes"), sizeBytes);
    }
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
