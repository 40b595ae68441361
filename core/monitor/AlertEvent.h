#pragma once
// One entry of an alert message: a condition that fires (new, changed, or repeated after
// --realert) or that is resolved, with when it started and the audit that saw it.

#include "AlertCondition.h"

#include <QDateTime>

struct AlertEvent {
    AlertCondition condition;
    QString status; // "firing" or "resolved"
    QString reason; // "new", "changed", "repeat", "resolved"
    QDateTime startsAt;
    QDateTime endsAt; // resolved: when the audit saw it gone
    qint64 auditId = 0;
    QString grade; // the domain's grade in that audit

    bool firing() const { return status == QLatin1String("firing"); }
};
