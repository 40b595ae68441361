#include "TransportVerdict.h"

#include "findings/Severity.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString TransportVerdict::levelKey(Level level) {
    switch (level) {
    case Level::Protected:
        return u"protected"_s;
    case Level::Partial:
        return u"partial"_s;
    case Level::AtRisk:
        return u"at-risk"_s;
    case Level::NoMail:
        return u"no-mail"_s;
    case Level::Unknown:
        break;
    }
    return u"unknown"_s;
}

TransportVerdict TransportVerdict::fromJson(const QJsonObject& t) {
    TransportVerdict v;
    const QString domain = t.value(u"domain"_s).toString();
    Severity worst = Severity::Info;
    for (const QJsonValue& f : t.value(u"findings"_s).toArray())
        worst = qMax(worst,
                     severityFromName(f.toObject().value(u"severity"_s).toString()).value_or(Severity::Info));
    const QJsonObject status = t.value(u"mxStatus"_s).toObject();
    const QJsonArray hosts = t.value(u"mx"_s).toArray();
    auto finish = [&v] {
        switch (v.level) {
        case Level::Protected:
            v.word = tr("Protected");
            break;
        case Level::Partial:
            v.word = tr("Partly protected");
            break;
        case Level::AtRisk:
            v.word = tr("At risk");
            break;
        case Level::NoMail:
            v.word = tr("No mail");
            break;
        case Level::Unknown:
            v.word = tr("Unknown");
            break;
        }
        return v;
    };
    if (status.contains(u"error"_s)) {
        v.level = Level::Unknown;
        v.sentence =
            tr("The MX records of %1 could not be read (%2), so nothing is known about how mail reaches it.")
                .arg(domain, status.value(u"error"_s).toString());
        return finish();
    }
    if (t.value(u"nullMx"_s).toBool() && hosts.isEmpty()) {
        v.level = worst == Severity::Error ? Level::AtRisk : Level::NoMail;
        v.sentence =
            tr("%1 publishes a null MX (RFC 7505): it receives no mail, and senders bounce mail to it "
               "at once.")
                .arg(domain);
        return finish();
    }
    if (status.value(u"missing"_s).toBool()) {
        const QJsonArray fallback = status.value(u"fallbackAddresses"_s).toArray();
        v.level =
            fallback.isEmpty() ? Level::AtRisk : (worst == Severity::Error ? Level::AtRisk : Level::Partial);
        v.sentence = fallback.isEmpty()
                         ? tr("%1 has no MX record and no address: mail to it bounces.").arg(domain)
                         : tr("%1 has no MX record: senders deliver to the domain's own address (RFC 5321 "
                              "§5.1), without MTA-STS.")
                               .arg(domain);
        return finish();
    }

    const int count = int(hosts.size());
    const QString reach = count == 1 ? tr("Mail reaches %1 over 1 MX host").arg(domain)
                                     : tr("Mail reaches %1 over %2 MX hosts").arg(domain).arg(count);
    const QJsonObject sts = t.value(u"mtaSts"_s).toObject();
    const QJsonObject policy = sts.value(u"policy"_s).toObject();
    const QJsonObject covered = sts.value(u"covered"_s).toObject();
    const QJsonObject fetch = sts.value(u"fetch"_s).toObject();
    const QString mode = policy.value(u"mode"_s).toString();
    const bool policyUsable =
        !policy.isEmpty() && policy.value(u"errors"_s).toArray().isEmpty() && !mode.isEmpty();
    int uncovered = 0;
    for (auto it = covered.constBegin(); it != covered.constEnd(); ++it)
        uncovered += it.value().toBool() ? 0 : 1;
    QString tls;
    bool enforced = false;
    if (sts.value(u"record"_s).isNull() || sts.value(u"record"_s).toString().isEmpty()) {
        tls = tr("no MTA-STS: senders use TLS only if it is offered, and an attacker can strip it");
    } else if (!sts.value(u"id"_s).isString()) {
        tls = tr("the MTA-STS record is invalid, so senders ignore MTA-STS");
    } else if (fetch.value(u"url"_s).isNull() && fetch.contains(u"error"_s)) {
        tls = tr("an MTA-STS record is published; the policy was not fetched (offline)");
    } else if (!policyUsable) {
        tls = tr("the MTA-STS policy cannot be used by senders (see the findings)");
    } else if (mode == u"enforce"_s) {
        enforced = uncovered == 0;
        tls = uncovered == 0 ? (count == 2 ? tr("MTA-STS enforce covers both")
                                           : tr("MTA-STS enforce covers all of them"))
                             : tr("MTA-STS enforce leaves %1 of them uncovered: senders that apply it refuse "
                                  "to deliver there")
                                   .arg(uncovered);
    } else if (mode == u"testing"_s) {
        tls = tr("MTA-STS is in testing mode: senders report TLS failures but still deliver without TLS");
    } else {
        tls = tr("MTA-STS mode none: senders forget any earlier policy");
    }
    v.sentence = reach + tr("; ") + tls;
    const QJsonObject probes = t.value(u"starttls"_s).toObject();
    if (!probes.isEmpty()) {
        int tlsOk = 0;
        for (auto it = probes.constBegin(); it != probes.constEnd(); ++it)
            tlsOk += it.value().toObject().value(u"outcome"_s).toString() == u"tls"_s ? 1 : 0;
        const int probed = int(probes.size());
        v.sentence += tr("; STARTTLS works on %1 of %2 probed").arg(tlsOk).arg(probed);
    }
    v.sentence += u'.';
    if (worst == Severity::Error)
        v.level = Level::AtRisk;
    else if (worst == Severity::Warning || !enforced)
        v.level = Level::Partial;
    else
        v.level = Level::Protected;
    return finish();
}
