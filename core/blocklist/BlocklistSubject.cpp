#include "BlocklistSubject.h"

#include <QJsonArray>

QJsonObject BlocklistSubject::toJson() const {
    return {{QStringLiteral("subject"), value},
            {QStringLiteral("kind"),
             kind == Kind::Address ? QStringLiteral("address") : QStringLiteral("domain")},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}
