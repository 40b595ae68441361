#pragma once
// Everything one audit run has to say: the events of every audited domain, sent as one message
// to each destination.

#include "AlertEvent.h"

#include <QList>

struct AlertNotification {
    QDateTime sentAt;
    QList<AlertEvent> events;

    int firingCount() const {
        return int(
            std::count_if(events.cbegin(), events.cend(), [](const AlertEvent& e) { return e.firing(); }));
    }
    int resolvedCount() const { return int(events.size()) - firingCount(); }
    bool isEmpty() const { return events.isEmpty(); }
};
