// The comparison engine without DNS: the name map, what ConfigSnapshot reads from each check's
// JSON (SPF tree, DMARC tags under both readings, DKIM selectors, transport), and how
// ConfigComparison pairs items and says why a difference matters.

#include "monitor/ConfigComparison.h"
#include "monitor/ConfigSnapshot.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject term(const QString& text, const QString& mechanism, const QString& qualifier,
                 const QStringList& ranges = {}, const QStringList& flags = {},
                 const QJsonArray& children = {}, const QString& target = {}) {
    QJsonObject o{{u"node"_s, u"term"_s},
                  {u"term"_s, text},
                  {u"mechanism"_s, mechanism},
                  {u"ranges"_s, QJsonArray::fromStringList(ranges)},
                  {u"flags"_s, QJsonArray::fromStringList(flags)},
                  {u"children"_s, children}};
    if (!qualifier.isEmpty())
        o.insert(u"qualifier"_s, qualifier);
    if (!target.isEmpty())
        o.insert(u"target"_s, target);
    return o;
}

QJsonObject record(const QString& domain, const QJsonArray& terms) {
    return {{u"node"_s, u"record"_s}, {u"domain"_s, domain}, {u"children"_s, terms}};
}

QJsonObject spf(const QJsonObject& tree, int lookups = 1) {
    return {{u"status"_s, u"found"_s}, {u"lookups"_s, lookups}, {u"lookupLimit"_s, 10}, {u"tree"_s, tree}};
}

QString valueOf(const QList<ConfigItem>& items, const QString& item) {
    for (const ConfigItem& i : items)
        if (i.item == item)
            return i.value;
    return u"<missing>"_s;
}

QJsonObject dmarcTag(const QString& tag, const QJsonValue& value, const QString& source, const QString& def) {
    return {{u"tag"_s, tag},
            {u"value"_s, value},
            {u"present"_s, !value.isNull()},
            {u"source"_s, source},
            {u"default"_s, def}};
}

QJsonObject dmarc(const QString& p, const QJsonValue& sp, const QJsonValue& np, const QJsonValue& pct) {
    const QString both = u"RFC 9989, RFC 7489"_s;
    QJsonArray tags{
        dmarcTag(u"v"_s, u"DMARC1"_s, both, u"(required)"_s),
        dmarcTag(u"p"_s, p, both, u"none (with rua), else no DMARC"_s),
        dmarcTag(u"sp"_s, sp, both, u"the value of p"_s),
        dmarcTag(u"np"_s, np, u"RFC 9989 (unknown to RFC 7489 receivers)"_s, u"the value of sp, else p"_s),
        dmarcTag(u"adkim"_s, QJsonValue(), both, u"r"_s),
        dmarcTag(u"rua"_s, QJsonValue(), both, u"(none: no aggregate reports)"_s),
        dmarcTag(u"pct"_s, pct, u"RFC 7489 only (removed by RFC 9989)"_s, u"100"_s)};
    QJsonObject policy{
        {u"rfc9989"_s, QJsonObject{{u"applied"_s, p}, {u"stated"_s, p}}},
        {u"rfc7489"_s, QJsonObject{{u"applied"_s, p}, {u"stated"_s, p}, {u"pct"_s, pct.toInt(100)}}}};
    return {{u"record"_s, u"v=DMARC1"_s}, {u"tags"_s, tags}, {u"policy"_s, policy}};
}

} // namespace

class TestConfigComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nameMap() {
        ConfigNameMap map;
        QVERIFY(map.add(u"staging.example.com=example.com"_s));
        QCOMPARE(map.apply(u"mailto:dmarc@staging.example.com"_s), u"mailto:dmarc@example.com"_s);
        QCOMPARE(map.apply(u"MX mail.Staging.Example.com."_s), u"MX mail.example.com."_s);
        QCOMPARE(map.apply(u"include:_spf.provider.test"_s), u"include:_spf.provider.test"_s);
        // A name that only ends in the same letters is not under it.
        QCOMPARE(map.apply(u"otherstaging.example.com"_s), u"otherstaging.example.com"_s);
        QCOMPARE(map.apply(u"192.0.2.0/24"_s), u"192.0.2.0/24"_s);
        QVERIFY(!map.add(u"staging.example.com"_s));
        QVERIFY(!map.add(u"=example.com"_s));
        QVERIFY(!map.add(u"a..b=example.com"_s));
    }

    void nameMapLongestRuleWins() {
        ConfigNameMap map;
        map.add(u"staging.example.com"_s, u"example.com"_s);
        map.add(u"mail.staging.example.com"_s, u"mx.example.com"_s);
        QCOMPARE(map.apply(u"mail.staging.example.com www.staging.example.com"_s),
                 u"mx.example.com www.example.com"_s);
    }

    void spfSnapshot() {
        // ip4 pass, ~ip4 softfail, an include with a range and a macro term, a term after all
        // (never evaluated), and -all.
        const QJsonObject included =
            record(u"_spf.provider.test"_s,
                   {term(u"ip4:198.51.100.0/24"_s, u"ip4"_s, u"+"_s, {u"198.51.100.0/24"_s}),
                    term(u"exists:%{i}.provider.test"_s, u"exists"_s, u"+"_s, {}, {u"unexpanded"_s})});
        const QJsonObject tree = record(
            u"example.com"_s,
            {term(u"ip4:192.0.2.0/25"_s, u"ip4"_s, u"+"_s, {u"192.0.2.0/25"_s}),
             term(u"~ip4:192.0.2.128/25"_s, u"ip4"_s, u"~"_s, {u"192.0.2.128/25"_s}),
             term(u"include:_spf.provider.test"_s, u"include"_s, u"+"_s, {}, {}, {included},
                  u"_spf.provider.test"_s),
             term(u"-all"_s, u"all"_s, u"-"_s),
             term(u"ip4:203.0.113.0/24"_s, u"ip4"_s, u"+"_s, {u"203.0.113.0/24"_s}, {u"after-all"_s})});
        const QList<ConfigItem> items = ConfigSnapshot::spfItems(spf(tree, 2));
        QCOMPARE(valueOf(items, u"record"_s), u"found"_s);
        QCOMPARE(valueOf(items, u"all-qualifier"_s), u"-all (fail)"_s);
        QCOMPARE(valueOf(items, u"DNS lookups"_s), u"2 of 10"_s);
        QCOMPARE(valueOf(items, u"sender 192.0.2.0/25"_s), u"pass"_s);
        QCOMPARE(valueOf(items, u"sender 192.0.2.128/25"_s), u"softfail"_s);
        QCOMPARE(valueOf(items, u"sender 198.51.100.0/24"_s), u"pass"_s);
        QCOMPARE(valueOf(items, u"include:_spf.provider.test"_s), u"evaluated"_s);
        QCOMPARE(valueOf(items, u"unresolved exists:%{i}.provider.test (in _spf.provider.test)"_s),
                 u"macros expand per message"_s);
        QCOMPARE(valueOf(items, u"sender 203.0.113.0/24"_s), u"<missing>"_s); // after all
    }

    void spfAllThroughRedirect() {
        const QJsonObject target = record(u"_spf.example.com"_s, {term(u"~all"_s, u"all"_s, u"~"_s)});
        const QJsonObject tree =
            record(u"example.com"_s, {term(u"redirect=_spf.example.com"_s, u"redirect"_s, {}, {}, {},
                                           {target}, u"_spf.example.com"_s)});
        const QList<ConfigItem> items = ConfigSnapshot::spfItems(spf(tree));
        QCOMPARE(valueOf(items, u"all-qualifier"_s), u"~all (softfail) via redirect"_s);
        QCOMPARE(valueOf(items, u"redirect=_spf.example.com"_s), u"evaluated"_s);
        const QJsonObject noAll = record(u"example.com"_s, {term(u"mx"_s, u"mx"_s, u"+"_s)});
        QCOMPARE(valueOf(ConfigSnapshot::spfItems(spf(noAll)), u"all-qualifier"_s), u"no all (neutral)"_s);
    }

    void spfWithoutRecord() {
        // The check still builds a root node; only the record item is compared (no "no all",
        // no "0 lookups" as if there were a record).
        QJsonObject noRecord = spf(record(u"example.com"_s, {}), 0);
        noRecord.insert(u"status"_s, u"no-record"_s);
        const QList<ConfigItem> items = ConfigSnapshot::spfItems(noRecord);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().value, u"no-record"_s);
        QVERIFY(ConfigSnapshot::spfItems({}).isEmpty());
    }

    void dmarcEffectiveValues() {
        // sp absent reads as p's value; np (RFC 9989 only) as sp; pct only under RFC 7489.
        const QList<ConfigItem> items =
            ConfigSnapshot::dmarcItems(dmarc(u"quarantine"_s, QJsonValue(), QJsonValue(), QJsonValue()));
        QCOMPARE(valueOf(items, u"tag sp (RFC 9989)"_s), u"quarantine"_s);
        QCOMPARE(valueOf(items, u"tag sp (RFC 7489)"_s), u"quarantine"_s);
        QCOMPARE(valueOf(items, u"tag np (RFC 9989)"_s), u"quarantine"_s);
        QCOMPARE(valueOf(items, u"tag np (RFC 7489)"_s), u"<missing>"_s);
        QCOMPARE(valueOf(items, u"tag pct (RFC 7489)"_s), u"100"_s);
        QCOMPARE(valueOf(items, u"tag pct (RFC 9989)"_s), u"<missing>"_s);
        QCOMPARE(valueOf(items, u"tag adkim (RFC 9989)"_s), u"r"_s);
        QCOMPARE(valueOf(items, u"tag rua (RFC 7489)"_s), u"(none)"_s);
        QCOMPARE(valueOf(items, u"applied policy (RFC 9989)"_s), u"quarantine"_s);
    }

    void dmarcStatedEqualsDefault() {
        // sp=quarantine written out and sp left to default to p=quarantine behave the same.
        const auto a =
            ConfigSnapshot::dmarcItems(dmarc(u"quarantine"_s, u"quarantine"_s, QJsonValue(), QJsonValue()));
        const auto b =
            ConfigSnapshot::dmarcItems(dmarc(u"quarantine"_s, QJsonValue(), QJsonValue(), QJsonValue()));
        QVERIFY(ConfigComparison::compare(u"a.test"_s, a, u"b.test"_s, b).identical());
    }

    void dmarcPctDiffersUnderRfc7489Only() {
        const auto a = ConfigSnapshot::dmarcItems(dmarc(u"reject"_s, QJsonValue(), QJsonValue(), 50));
        const auto b =
            ConfigSnapshot::dmarcItems(dmarc(u"reject"_s, QJsonValue(), QJsonValue(), QJsonValue()));
        const ConfigComparison c = ConfigComparison::compare(u"a.test"_s, a, u"b.test"_s, b);
        QStringList items;
        for (const ConfigDifference& d : c.differences())
            items << d.item;
        QCOMPARE(items, (QStringList{u"applied policy (RFC 7489)"_s, u"tag pct (RFC 7489)"_s}));
        QCOMPARE(c.differences().at(1).why(),
                 u"RFC 7489 receivers apply the policy to a different share of failing mail."_s);
    }

    void dmarcMissing() {
        const auto none = ConfigSnapshot::dmarcItems(QJsonObject{{u"record"_s, QJsonValue()}});
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.first().value, u"none"_s);
    }

    void dkimAndTransport() {
        const QJsonObject dkim{
            {u"selectors"_s, QJsonArray{QJsonObject{{u"selector"_s, u"s1"_s},
                                                    {u"found"_s, true},
                                                    {u"keyType"_s, u"rsa"_s},
                                                    {u"keyBits"_s, 2048},
                                                    {u"flags"_s, QJsonArray()}},
                                        QJsonObject{{u"selector"_s, u"ed"_s},
                                                    {u"found"_s, true},
                                                    {u"keyType"_s, u"ed25519"_s},
                                                    {u"keyBits"_s, 256},
                                                    {u"flags"_s, QJsonArray{u"testing"_s}}},
                                        QJsonObject{{u"selector"_s, u"gone"_s}, {u"found"_s, false}}}}};
        const auto d = ConfigSnapshot::dkimItems(dkim);
        QCOMPARE(d.size(), 2);
        QCOMPARE(valueOf(d, u"selector s1"_s), u"rsa 2048"_s);
        QCOMPARE(valueOf(d, u"selector ed"_s), u"ed25519 256 (testing)"_s);
        const QJsonObject transport{
            {u"mx"_s, QJsonArray{QJsonObject{{u"host"_s, u"MX.example.com"_s}, {u"preference"_s, 5}}}},
            {u"mtaSts"_s, QJsonObject{{u"record"_s, u"v=STSv1; id=1"_s},
                                      {u"policy"_s, QJsonObject{{u"mode"_s, u"enforce"_s}}}}},
            {u"tlsRpt"_s,
             QJsonObject{{u"rua"_s, QJsonArray{u"mailto:b@example.com"_s, u"mailto:a@example.com"_s}}}}};
        const auto t = ConfigSnapshot::transportItems(transport);
        QCOMPARE(valueOf(t, u"MX mx.example.com"_s), u"preference 5"_s);
        QCOMPARE(valueOf(t, u"MTA-STS mode"_s), u"enforce"_s);
        QCOMPARE(valueOf(t, u"TLS-RPT rua"_s), u"mailto:a@example.com, mailto:b@example.com"_s);
        QVERIFY(ConfigSnapshot::transportItems({}).isEmpty());
    }

    void pairsItemsAndMapsSideA() {
        const QList<ConfigItem> a{
            {u"spf"_s, u"include:_spf.staging.example.com"_s, u"evaluated"_s, u"spf-include"_s},
            {u"dkim"_s, u"selector s1"_s, u"rsa 1024"_s, u"dkim-selector"_s},
            {u"transport"_s, u"TLS-RPT rua"_s, u"mailto:tls@staging.example.com"_s, u"tls-rpt"_s}};
        const QList<ConfigItem> b{
            {u"transport"_s, u"TLS-RPT rua"_s, u"mailto:tls@example.com"_s, u"tls-rpt"_s},
            {u"dkim"_s, u"selector s1"_s, u"rsa 2048"_s, u"dkim-selector"_s},
            {u"spf"_s, u"include:_spf.example.com"_s, u"evaluated"_s, u"spf-include"_s}};
        ConfigNameMap map;
        QVERIFY(map.add(u"staging.example.com=example.com"_s));
        const ConfigComparison c =
            ConfigComparison::compare(u"staging.example.com"_s, a, u"example.com"_s, b, map);
        QCOMPARE(c.rows().size(), 3);
        // Area order: spf, dkim, transport; the mapped include pairs with B's.
        QCOMPARE(c.rows().at(0).area, u"spf"_s);
        QVERIFY(!c.rows().at(0).differs);
        QCOMPARE(c.rows().at(1).area, u"dkim"_s);
        QVERIFY(c.rows().at(1).differs);
        QCOMPARE(c.rows().at(1).valueA, u"rsa 1024"_s);
        QCOMPARE(c.rows().at(1).valueB, u"rsa 2048"_s);
        QVERIFY(!c.rows().at(2).differs);
        QCOMPARE(c.differences().size(), 1);
        QVERIFY(!c.identical());
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(u"result"_s).toString(), u"differs"_s);
        QCOMPARE(json.value(u"differences"_s).toArray().size(), 1);
        QVERIFY(
            !json.value(u"differences"_s).toArray().first().toObject().value(u"why"_s).toString().isEmpty());
        // Without the map the include and the rua differ too.
        QCOMPARE(
            ConfigComparison::compare(u"staging.example.com"_s, a, u"example.com"_s, b).differences().size(),
            4);
    }

    void oneSidedItem() {
        const ConfigComparison c = ConfigComparison::compare(
            u"a.test"_s, {{u"spf"_s, u"sender 192.0.2.0/24"_s, u"pass"_s, u"spf-sender"_s}}, u"b.test"_s, {});
        QCOMPARE(c.differences().size(), 1);
        QCOMPARE(c.differences().first().shownB(), ConfigDifference::absentText());
        QVERIFY(c.differences().first().toJson().value(u"b"_s).isNull());
        QVERIFY(c.toText().contains(u"sender 192.0.2.0/24"_s));
        QVERIFY(ConfigComparison::compare(u"a.test"_s, {}, u"b.test"_s, {}).identical());
    }
};

QTEST_APPLESS_MAIN(TestConfigComparison)
#include "tst_configcomparison.moc"
