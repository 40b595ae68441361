#include "ReceivedHop.h"

QJsonObject ReceivedHop::toJson() const {
    QJsonObject o{{QStringLiteral("hop"), hop},
                  {QStringLiteral("from"), helo},
                  {QStringLiteral("helo"), helo},
                  {QStringLiteral("reverseName"), reverseName},
                  {QStringLiteral("ip"), ip},
                  {QStringLiteral("by"), by},
                  {QStringLiteral("with"), with},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("for"), forAddress},
                  {QStringLiteral("date"), date.isValid() ? date.toUTC().toString(Qt::ISODate) : dateText},
                  {QStringLiteral("receivingSystem"), receivingSystem},
                  {QStringLiteral("raw"), raw}};
    if (!via.isEmpty())
        o.insert(QStringLiteral("via"), via);
    o.insert(QStringLiteral("delaySeconds"), delaySeconds ? QJsonValue(double(*delaySeconds)) : QJsonValue());
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
