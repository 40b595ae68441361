#include "MtaStsExplanation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString MtaStsExplanation::duration(qint64 seconds) {
    const qint64 day = 86400;
    const qint64 years = seconds / (365 * day);
    const qint64 days = seconds / day;
    const qint64 hours = seconds / 3600;
    if (years >= 2)
        return tr("%1 s (about %2 years)").arg(seconds).arg(years);
    if (years == 1)
        return tr("%1 s (about a year)").arg(seconds);
    if (days >= 2)
        return tr("%1 s (%2 days)").arg(seconds).arg(days);
    if (days == 1)
        return tr("%1 s (a day)").arg(seconds);
    if (hours >= 2)
        return tr("%1 s (%2 hours)").arg(seconds).arg(hours);
    if (hours == 1)
        return tr("%1 s (an hour)").arg(seconds);
    return tr("%1 s").arg(seconds);
}

QStringList MtaStsExplanation::lines(const QJsonObject& sts) {
    QStringList out;
    const QJsonObject policy = sts.value(u"policy"_s).toObject();
    if (!policy.isEmpty()) {
        const QString mode = policy.value(u"mode"_s).toString();
        if (mode == u"enforce"_s)
            out << tr("mode: enforce — senders that apply MTA-STS deliver only over TLS with a valid "
                      "certificate to an MX host matching one of the mx patterns; otherwise they keep the "
                      "message and retry, and never fall back to clear text.");
        else if (mode == u"testing"_s)
            out << tr(
                "mode: testing — senders check TLS and the certificate and report failures (TLS-RPT), but "
                "deliver anyway: nothing is protected yet.");
        else if (mode == u"none"_s)
            out << tr("mode: none — senders drop any policy they cached: the way to retire MTA-STS.");
        else
            out << tr("mode: missing or unknown — senders reject the policy.");
        const QJsonValue maxAge = policy.value(u"maxAge"_s);
        if (maxAge.isDouble())
            out << tr("max_age: %1 — how long senders keep applying this policy after fetching it, even if "
                      "the policy host becomes unreachable. RFC 8461 suggests weeks (e.g. 1209600 s, "
                      "14 days) or more.")
                       .arg(duration(maxAge.toInteger()));
        else
            out << tr("max_age: missing — senders reject the policy.");
        QStringList mx;
        for (const QJsonValue& v : policy.value(u"mx"_s).toArray())
            mx << v.toString();
        if (mx.isEmpty())
            out << tr("mx: none — no MX host can match, so an enforce policy would stop all mail.");
        else
            out << tr("mx: %1 — the MX host names senders accept; \"*.example.com\" matches exactly one "
                      "label in place of the \"*\" (mx1.example.com, not a.b.example.com).")
                       .arg(mx.join(u", "_s));
    }
    const QJsonValue id = sts.value(u"id"_s);
    if (id.isString())
        out << tr("id: %1 (in the _mta-sts TXT record) — senders re-fetch the policy only when this id "
                  "changes "
                  "or their cached copy expires: change the id every time you change the policy file.")
                   .arg(id.toString());
    return out;
}
