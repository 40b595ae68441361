#include "ZoneDriftChecker.h"

#include "dns/DnsSession.h"

#include <QFuture>

using namespace Qt::StringLiterals;

ZoneDriftChecker::ZoneDriftChecker(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session)) {}

QList<ZoneDriftReport::Key> ZoneDriftChecker::mailKeys(const QString& domain,
                                                       const QStringList& dkimSelectors) {
    const QString d = ZoneDriftReport::normalizedName(domain);
    QList<ZoneDriftReport::Key> keys{{d, u"TXT"_s},
                                     {d, u"MX"_s},
                                     {u"_dmarc."_s + d, u"TXT"_s},
                                     {u"_mta-sts."_s + d, u"TXT"_s},
                                     {u"_smtp._tls."_s + d, u"TXT"_s}};
    for (const QString& s : dkimSelectors)
        keys.append({ZoneDriftReport::normalizedName(s + u"._domainkey."_s + d), u"TXT"_s});
    return keys;
}

ZoneDriftReport ZoneDriftChecker::check(const QString& domain, const ZoneDriftSource& source,
                                        const QStringList& dkimSelectors) const {
    QList<ZoneDriftReport::Key> keys = mailKeys(domain, dkimSelectors);
    for (const DnsRecord& r : source.records) {
        const auto key = ZoneDriftReport::keyOf(r.name, dnsRecordTypeName(r.type));
        if (!keys.contains(key))
            keys << key;
    }
    // Independent questions: all in flight at once, then collected.
    QMap<ZoneDriftReport::Key, ZoneDriftReport::LiveRRset> live;
    QList<QFuture<DnsAnswer>> pending;
    QList<ZoneDriftReport::Key> asked;
    for (const auto& key : std::as_const(keys)) {
        const auto type = dnsRecordTypeFromName(key.second);
        if (!type) { // a type Mailsight cannot ask: reported, not guessed
            live.insert(key, {{}, false, u"type not supported by the resolver"_s});
            continue;
        }
        pending << m_session->lookup(key.first, *type);
        asked << key;
    }
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const DnsAnswer answer = pending[i].result();
        ZoneDriftReport::LiveRRset set;
        switch (answer.outcome) {
        case DnsOutcome::Answer:
            set.records = answer.records;
            break;
        case DnsOutcome::NoData:
        case DnsOutcome::NxDomain:
            break;
        default:
            set.answered = false;
            set.outcome = dnsOutcomeName(answer.outcome);
            if (!answer.error.isEmpty())
                set.outcome += u": "_s + answer.error;
            break;
        }
        live.insert(asked.at(i), set);
    }
    ZoneDriftReport report = ZoneDriftReport::compare(domain, source.label, source.records, live);
    for (const QString& s : source.skipped)
        report.addNote(u"skipped in the source: "_s + s);
    return report;
}
