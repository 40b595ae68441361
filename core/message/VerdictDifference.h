#pragma once
// One place where the receiver's own verdict (its Authentication-Results at delivery) and
// Mailsight's verification today disagree, with the most likely reason.

#include <QJsonObject>

struct VerdictDifference {
    QString method;   // "spf", "dkim", "dmarc", "arc"
    QString subject;  // what was compared: "d=example.com s=sel1", "smtp.mailfrom=example.com"
    QString receiver; // the receiver's result
    QString ours;     // Mailsight's result
    QString explanation;

    QJsonObject toJson() const;
};
