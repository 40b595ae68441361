#include "AuditAreaSummary.h"

#include "findings/FindingCatalogue.h"
#include "transport/TransportVerdict.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using State = AuditAreaSummary::State;

namespace {

// What an area's own JSON says, before its findings are counted.
struct Reading {
    State state = State::Ok; // Unknown when the check could not tell; findings can only make it worse
    QString reason;
};

Reading spf(const AuditReport& report, const QJsonObject&) {
    const QJsonObject s = report.check(u"spf"_s);
    const QString status = s.value(u"status"_s).toString();
    const int lookups = s.value(u"lookups"_s).toInt();
    const int limit = s.value(u"lookupLimit"_s).toInt(10);
    if (status == u"no-record"_s)
        return {State::Error, AuditAreaSummary::tr("No SPF record: receivers cannot tell who may send")};
    if (status == u"multiple-records"_s)
        return {State::Error, AuditAreaSummary::tr("More than one SPF record: SPF fails")};
    if (status == u"dns-error"_s)
        return {State::Unknown, AuditAreaSummary::tr("The SPF record could not be read")};
    if (status == u"syntax-error"_s)
        return {State::Error, AuditAreaSummary::tr("The SPF record has a syntax error: SPF fails")};
    if (status != u"found"_s)
        return {State::Unknown, AuditAreaSummary::tr("Not checked")};
    if (lookups > limit)
        return {State::Error, AuditAreaSummary::tr("%1 of %2 lookups: SPF fails").arg(lookups).arg(limit)};
    // The qualifier of the record's own "all" says what happens to everyone else.
    QString all;
    for (const QString& term : s.value(u"record"_s).toString().split(u' ', Qt::SkipEmptyParts))
        if (term.endsWith(u"all"_s) && term.size() <= 4)
            all = term;
    return {State::Ok,
            all.isEmpty()
                ? AuditAreaSummary::tr("%1 of %2 lookups").arg(lookups).arg(limit)
                : AuditAreaSummary::tr("%1 of %2 lookups, ends in %3").arg(lookups).arg(limit).arg(all)};
}

Reading dkim(const AuditReport& report, const QJsonObject&) {
    const QJsonObject d = report.check(u"dkim"_s);
    QStringList keys;
    for (const QJsonValue& v : d.value(u"selectors"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(u"found"_s).toBool())
            continue;
        const QString type = s.value(u"keyType"_s).toString().toUpper();
        const int bits = s.value(u"keyBits"_s).toInt();
        keys << (bits > 0 ? u"%1 (%2 %3)"_s.arg(s.value(u"selector"_s).toString(), type).arg(bits)
                          : s.value(u"selector"_s).toString());
    }
    if (keys.isEmpty()) {
        // DNS cannot list selectors: none found is not proof of none (ux.md).
        const int tried = int(d.value(u"tried"_s).toArray().size());
        return {State::Unknown,
                tried > 0 ? AuditAreaSummary::tr("No key among %n selector(s) tried", nullptr, tried)
                          : AuditAreaSummary::tr("No selector known")};
    }
    return {State::Ok, AuditAreaSummary::tr("%n key(s): ", nullptr, int(keys.size())) + keys.join(u", "_s)};
}

Reading dmarc(const AuditReport& report, const QJsonObject&) {
    const QJsonObject d = report.check(u"dmarc"_s);
    if (d.value(u"record"_s).toString().isEmpty())
        return {State::Error, AuditAreaSummary::tr("No DMARC record: forged mail is not refused")};
    const QJsonObject policy = d.value(u"policy"_s).toObject().value(u"rfc9989"_s).toObject();
    const QString applied = policy.value(u"applied"_s).toString();
    int rua = 0;
    for (const QJsonValue& v : d.value(u"reportDestinations"_s).toArray())
        rua += v.toObject().value(u"tag"_s).toString() == u"rua"_s ? 1 : 0;
    const QString reports = rua > 0 ? AuditAreaSummary::tr("reports to %n address(es)", nullptr, rua)
                                    : AuditAreaSummary::tr("no aggregate reports (rua)");
    const State state = applied == u"none"_s ? State::Warning : State::Ok;
    return {state, u"p=%1, %2"_s.arg(applied.isEmpty() ? u"?"_s : applied, reports)};
}

Reading reports(const AuditReport&, const QJsonObject& senders) {
    const qint64 messages = senders.value(u"messages"_s).toInteger();
    const QJsonObject tls = senders.value(u"tlsRpt"_s).toObject();
    const int tlsReports = tls.value(u"reports"_s).toInt();
    if (messages <= 0 && tlsReports <= 0)
        return {State::Unknown, AuditAreaSummary::tr("No DMARC or TLS-RPT report imported")};
    QStringList parts;
    State state = State::Ok;
    if (messages > 0) {
        const qint64 pass = senders.value(u"dmarc"_s).toObject().value(u"pass"_s).toInteger();
        const double rate = 100.0 * double(pass) / double(messages);
        parts << AuditAreaSummary::tr("%1 messages from %n source(s), %2% pass DMARC", nullptr,
                                      int(senders.value(u"sourceCount"_s).toInteger()))
                     .arg(QLocale().toString(messages), QLocale().toString(rate, 'f', 1));
        state = rate >= 98.0 ? State::Ok : rate >= 90.0 ? State::Warning : State::Error;
    }
    const qint64 tlsFailed = tls.value(u"failedSessions"_s).toInteger();
    if (tlsFailed > 0) {
        parts << AuditAreaSummary::tr("%n failed TLS session(s)", nullptr, int(tlsFailed));
        state = std::max(state, State::Warning);
    }
    if (parts.isEmpty())
        parts << AuditAreaSummary::tr("%n TLS-RPT report(s), no failure", nullptr, tlsReports);
    return {state, parts.join(u", "_s)};
}

Reading transport(const AuditReport& report, const QJsonObject&) {
    const QJsonObject t = report.check(u"transport"_s);
    const TransportVerdict verdict = TransportVerdict::fromJson(t);
    const QJsonObject status = t.value(u"mxStatus"_s).toObject();
    const int mx = int(t.value(u"mx"_s).toArray().size());
    QString reason;
    if (status.contains(u"error"_s))
        reason = AuditAreaSummary::tr("The MX records could not be read");
    else if (t.value(u"nullMx"_s).toBool() && mx == 0)
        reason = AuditAreaSummary::tr("Null MX: receives no mail");
    else if (status.value(u"missing"_s).toBool())
        reason = AuditAreaSummary::tr("No MX record");
    else {
        const QJsonObject sts = t.value(u"mtaSts"_s).toObject();
        const QString mode = sts.value(u"policy"_s).toObject().value(u"mode"_s).toString();
        const QString record = sts.value(u"record"_s).toString();
        const QJsonObject fetch = sts.value(u"fetch"_s).toObject();
        QString tls;
        if (record.isEmpty())
            tls = AuditAreaSummary::tr("no MTA-STS");
        else if (!sts.value(u"id"_s).isString())
            tls = AuditAreaSummary::tr("MTA-STS record invalid");
        else if (fetch.value(u"url"_s).isNull() && fetch.contains(u"error"_s))
            tls = AuditAreaSummary::tr("MTA-STS policy not fetched");
        else if (mode.isEmpty())
            tls = AuditAreaSummary::tr("MTA-STS policy not usable");
        else
            tls = AuditAreaSummary::tr("MTA-STS %1").arg(mode);
        reason = AuditAreaSummary::tr("%n MX", nullptr, mx) + u", "_s + tls;
    }
    switch (verdict.level) {
    case TransportVerdict::Level::Protected:
    case TransportVerdict::Level::NoMail:
        return {State::Ok, reason};
    case TransportVerdict::Level::Partial:
        return {State::Warning, reason};
    case TransportVerdict::Level::AtRisk:
        return {State::Error, reason};
    case TransportVerdict::Level::Unknown:
        break;
    }
    return {State::Unknown, reason};
}

Reading dnsTrust(const AuditReport& report, const QJsonObject&) {
    QStringList parts;
    bool known = false;
    State state = State::Ok;
    if (const QJsonObject d = report.check(u"dnssec"_s); !d.isEmpty()) {
        const QString status = d.value(u"status"_s).toString();
        if (d.contains(u"notValidated"_s)) {
            parts << AuditAreaSummary::tr("DNSSEC not validated");
        } else if (status == u"secure"_s) {
            parts << AuditAreaSummary::tr("chain secure");
            known = true;
        } else if (status == u"insecure"_s) {
            parts << AuditAreaSummary::tr("not signed");
            known = true;
        } else if (status == u"bogus"_s) {
            parts << AuditAreaSummary::tr("chain broken");
            state = State::Error;
            known = true;
        } else {
            parts << AuditAreaSummary::tr("DNSSEC %1").arg(status);
        }
    }
    if (const QJsonObject ns = report.check(u"ns"_s); !ns.isEmpty()) {
        if (!ns.value(u"checked"_s).toBool()) {
            parts << AuditAreaSummary::tr("servers not checked");
        } else {
            known = true;
            const int servers = int(ns.value(u"servers"_s).toArray().size());
            const bool differ = !ns.value(u"differences"_s).toArray().isEmpty();
            parts << (differ ? AuditAreaSummary::tr("%n server(s), answers differ", nullptr, servers)
                             : AuditAreaSummary::tr("%n server(s) agree", nullptr, servers));
        }
    }
    if (const QJsonObject b = report.check(u"blocklists"_s); !b.isEmpty()) {
        if (!b.value(u"queried"_s).toBool(true)) {
            parts << AuditAreaSummary::tr("blocklists not asked");
        } else {
            const QJsonObject counts = b.value(u"counts"_s).toObject();
            const int listed = counts.value(u"listed"_s).toInt();
            const int clear = counts.value(u"clear"_s).toInt();
            known = known || listed > 0 || clear > 0;
            parts << (listed > 0  ? AuditAreaSummary::tr("listed %n time(s)", nullptr, listed)
                      : clear > 0 ? AuditAreaSummary::tr("on no blocklist")
                                  : AuditAreaSummary::tr("no blocklist answered"));
        }
    }
    return {known ? state : std::max(state, State::Unknown), parts.join(u", "_s)};
}

bool hasCheck(const AuditReport& report, const QString& area) {
    return !report.check(area).isEmpty();
}

// One entry per area, in display order.
struct Area {
    QString id;
    const char* title; // translated in AuditAreaSummary's context
    QStringList findingAreas;
    std::function<bool(const AuditReport&)> present;
    std::function<Reading(const AuditReport&, const QJsonObject&)> read;
};

const QList<Area>& areas() {
    // clang-format off
    static const QList<Area> list = {
        {u"spf"_s, QT_TRANSLATE_NOOP("AuditAreaSummary", "SPF"), {u"spf"_s},
         [](const AuditReport&) { return true; }, spf},
        {u"dkim"_s, QT_TRANSLATE_NOOP("AuditAreaSummary", "DKIM"), {u"dkim"_s},
         [](const AuditReport&) { return true; }, dkim},
        {u"dmarc"_s, QT_TRANSLATE_NOOP("AuditAreaSummary", "DMARC"), {u"dmarc"_s},
         [](const AuditReport&) { return true; }, dmarc},
        {u"reports"_s, QT_TRANSLATE_NOOP("AuditAreaSummary", "Reports"), {},
         [](const AuditReport&) { return true; }, reports},
        {u"transport"_s, QT_TRANSLATE_NOOP("AuditAreaSummary", "Transport"), {u"transport"_s},
         [](const AuditReport& r) { return hasCheck(r, u"transport"_s); }, transport},
        {u"dnstrust"_s, QT_TRANSLATE_NOOP("AuditAreaSummary", "DNS"), {u"dnssec"_s, u"ns"_s, u"blocklists"_s},
         [](const AuditReport& r) {
             return hasCheck(r, u"dnssec"_s) || hasCheck(r, u"ns"_s) || hasCheck(r, u"blocklists"_s);
         }, dnsTrust},
    };
    // clang-format on
    return list;
}

} // namespace

QList<AuditAreaSummary> AuditAreaSummary::of(const AuditReport& report, const QJsonObject& senders) {
    QList<AuditAreaSummary> out;
    for (const Area& area : areas()) {
        if (!area.present(report))
            continue;
        AuditAreaSummary s;
        s.id = area.id;
        s.title = tr(area.title);
        // A check that is not in the report (cancelled, timed out) tells nothing.
        const bool checked =
            area.findingAreas.isEmpty() || std::any_of(area.findingAreas.cbegin(), area.findingAreas.cend(),
                                                       [&](const QString& a) { return hasCheck(report, a); });
        if (!checked) {
            s.state = State::Unknown;
            s.reason = report.cancelled ? tr("Not checked: the audit was cancelled") : tr("Not checked");
            out << s;
            continue;
        }
        const Reading reading = area.read(report, senders);
        s.state = reading.state;
        s.reason = reading.reason;
        // The worst finding of the area can only make the state worse, and names the problem
        // when the area's own reading says nothing is wrong.
        const Finding* worst = nullptr;
        for (const Finding& f : report.findings)
            if (area.findingAreas.contains(f.area) && f.severity != Severity::Info &&
                (!worst || f.severity > worst->severity))
                worst = &f;
        if (worst) {
            const State fromFinding = worst->severity == Severity::Error ? State::Error : State::Warning;
            if (fromFinding > s.state) {
                s.state = fromFinding;
                s.reason += u": "_s + FindingCatalogue::localized(*worst).title;
            }
        }
        out << s;
    }
    return out;
}

QString AuditAreaSummary::stateWord(State state) {
    switch (state) {
    case State::Ok:
        return tr("OK");
    case State::Warning:
        return severityLabel(Severity::Warning); // the word every finding uses
    case State::Error:
        return severityLabel(Severity::Error);
    case State::Unknown:
        break;
    }
    return tr("Unknown");
}

QString AuditAreaSummary::stateKey(State state) {
    switch (state) {
    case State::Ok:
        return u"ok"_s;
    case State::Warning:
        return u"warning"_s;
    case State::Error:
        return u"error"_s;
    case State::Unknown:
        break;
    }
    return u"unknown"_s;
}
