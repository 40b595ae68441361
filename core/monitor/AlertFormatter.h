#pragma once
// An alert message in each format a destination takes:
// - json: mailsight's own document (version 1), given to --alert-command on stdin and posted to
//   --alert-webhook with --alert-format json;
// - slack: an incoming-webhook body with `blocks` (and `text` as the notification fallback);
// - alertmanager: the body of Alertmanager's POST /api/v2/alerts, an array of
//   {labels, annotations, startsAt, endsAt, generatorURL};
// - mail: an RFC 5322 message for `sendmail -t -oi`.

#include "AlertNotification.h"

#include <QByteArray>
#include <QStringList>

class AlertFormatter {
public:
    static QStringList formats() {
        return {QStringLiteral("json"), QStringLiteral("slack"), QStringLiteral("alertmanager")};
    }
    // format: one of formats(). realertSeconds (--realert) sets the endsAt of firing alerts for
    // Alertmanager: twice that for a standing alert (re-sent at least that often while the audits
    // run), once that for a record change (an event, never re-sent).
    static QByteArray format(const QString& format, const AlertNotification& n, qint64 realertSeconds);

    static QByteArray json(const AlertNotification& n);
    static QByteArray slack(const AlertNotification& n);
    static QByteArray alertmanager(const AlertNotification& n, qint64 realertSeconds);
    static QByteArray mail(const AlertNotification& n, const QStringList& to);

    // "[mailsight] 2 firing, 1 resolved: example.com, example.net"
    static QString subject(const AlertNotification& n);
    // Plain text, one block per event, for mail and people.
    static QString text(const AlertNotification& n);
};
