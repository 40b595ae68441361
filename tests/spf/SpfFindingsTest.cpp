// One row per finding code: a domain in tests/zones/spf.test.zone served by NSD, the code its
// tree must produce. Also: a clean domain has no findings, and no query is asked twice.

#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "findings/FindingCatalogue.h"
#include "spf/SpfTreeBuilder.h"

#include <QFile>
#include <QSet>
#include <QtTest>

class SpfFindingsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findingCodes_data();
    void findingCodes();
    void cleanDomainHasNoFindings();
    void everyCodeIsInTheCatalogue();
    void noQueryTwice();

private:
    std::shared_ptr<DnsSession> session() const;
    quint16 m_port = 0;
};

void SpfFindingsTest::initTestCase() {
    QFile f(qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE"));
    QVERIFY2(f.open(QIODevice::ReadOnly), "the NSD fixture is not running");
    m_port = static_cast<quint16>(f.readAll().trimmed().toUInt());
    QVERIFY(m_port > 0);
}

std::shared_ptr<DnsSession> SpfFindingsTest::session() const {
    return std::make_shared<DnsSession>(
        std::make_shared<LdnsResolver>(LdnsResolverOptions{.servers = {{QStringLiteral("127.0.0.1"), m_port}},
                                                           .timeoutMs = 1500,
                                                           .retries = 0,
                                                           .rateLimiter = {}}));
}

void SpfFindingsTest::findingCodes_data() {
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    const struct {
        const char* domain;
        const char* code;
        const char* severity;
    } rows[] = {
        {"missing.spf.test", "SPF-MISSING", "error"},
        {"multiple.spf.test", "SPF-MULTIPLE-RECORDS", "error"},
        {"syntax.spf.test", "SPF-SYNTAX", "error"},
        {"limit.spf.test", "SPF-LOOKUP-LIMIT", "error"},
        {"near.spf.test", "SPF-LOOKUP-NEAR-LIMIT", "warning"},
        {"void.spf.test", "SPF-VOID-LIMIT", "error"},
        {"loop.spf.test", "SPF-INCLUDE-LOOP", "error"},
        {"noinc.spf.test", "SPF-INCLUDE-NO-RECORD", "error"},
        {"dup.spf.test", "SPF-DUPLICATE-INCLUDE", "warning"},
        {"plusall.spf.test", "SPF-PERMISSIVE-ALL", "error"},
        {"neutral.spf.test", "SPF-NEUTRAL-ALL", "warning"},
        {"noall.spf.test", "SPF-NEUTRAL-ALL", "warning"},
        {"ptr.spf.test", "SPF-PTR", "warning"},
        {"type99.spf.test", "SPF-TYPE99", "warning"},
        {"long.spf.test", "SPF-RECORD-TOO-LONG", "warning"},
        {"mxmany.spf.test", "SPF-MX-TOO-MANY", "error"},
        {"redirign.spf.test", "SPF-REDIRECT-IGNORED", "warning"},
        {"afterall.spf.test", "SPF-TERMS-AFTER-ALL", "warning"},
        {"overlap.spf.test", "SPF-OVERLAPPING-RANGES", "info"},
        {"dup.spf.test", "SPF-OVERLAPPING-RANGES", "info"},
        {"dnserror.spf.test", "SPF-DNS-ERROR", "error"},
    };
    for (const auto& r : rows)
        QTest::newRow(r.code) << QString::fromLatin1(r.domain) << QString::fromLatin1(r.code)
                              << QString::fromLatin1(r.severity);
}

void SpfFindingsTest::findingCodes() {
    QFETCH(QString, domain);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    auto s = session();
    const SpfLookupTree tree = SpfTreeBuilder(s.get(), {}).build(domain);
    QStringList codes;
    for (const Finding& f : tree.findings) {
        codes << f.code;
        if (f.code == code) {
            QCOMPARE(severityName(f.severity), severity);
            QVERIFY(!f.evidence.isEmpty());
            QVERIFY(!f.fix.isEmpty());
            QVERIFY(f.rfc.startsWith(QLatin1String("RFC 7208")));
        }
    }
    QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(' '))));
    if (code == QLatin1String("SPF-DNS-ERROR"))
        QVERIFY2(!codes.contains(QLatin1String("SPF-INCLUDE-NO-RECORD")),
                 "a DNS failure is not a missing record");
    if (code == QLatin1String("SPF-LOOKUP-LIMIT")) {
        QCOMPARE(tree.lookups, 12);
        // The 11th lookup is the fourth "a" of c2.spf.test.
        QString crossing;
        tree.forEach([&](const SpfTreeNode& n, const QStringList&) {
            if (n.has(SpfTreeNode::CrossesLimit))
                crossing = n.domain + QLatin1Char(' ') + n.term.text;
        });
        QCOMPARE(crossing, QStringLiteral("c2.spf.test a/26"));
    }
}

void SpfFindingsTest::cleanDomainHasNoFindings() {
    auto s = session();
    const SpfLookupTree tree = SpfTreeBuilder(s.get(), {}).build(QStringLiteral("ok.spf.test"));
    QStringList codes;
    for (const Finding& f : tree.findings)
        codes << f.code;
    QVERIFY2(codes.isEmpty(), qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(tree.lookups, 1);
    QCOMPARE(tree.maxDepth, 1);
}

void SpfFindingsTest::everyCodeIsInTheCatalogue() {
    for (const char* code :
         {"SPF-MISSING", "SPF-MULTIPLE-RECORDS", "SPF-SYNTAX", "SPF-LOOKUP-LIMIT", "SPF-LOOKUP-NEAR-LIMIT",
          "SPF-VOID-LIMIT", "SPF-INCLUDE-LOOP", "SPF-INCLUDE-NO-RECORD", "SPF-DUPLICATE-INCLUDE",
          "SPF-PERMISSIVE-ALL", "SPF-NEUTRAL-ALL", "SPF-PTR", "SPF-TYPE99", "SPF-RECORD-TOO-LONG",
          "SPF-MX-TOO-MANY", "SPF-REDIRECT-IGNORED", "SPF-TERMS-AFTER-ALL", "SPF-OVERLAPPING-RANGES",
          "SPF-DNS-ERROR"})
        QVERIFY2(FindingCatalogue::find(QString::fromLatin1(code)), code);
}

void SpfFindingsTest::noQueryTwice() {
    // limit.spf.test evaluates c1/c2 with five "a" terms each on the same names: every question
    // goes to the server once; repeats are answered by the session cache.
    auto s = session();
    SpfTreeBuilder(s.get(), {}).build(QStringLiteral("limit.spf.test"));
    QSet<QString> asked;
    int network = 0;
    for (const QueryLogEntry& e : s->log()->entries()) {
        if (e.answer.source != DnsSource::Network)
            continue;
        ++network;
        const QString key = e.answer.name + QLatin1Char('/') + dnsRecordTypeName(e.answer.type);
        QVERIFY2(!asked.contains(key), qPrintable(key + QStringLiteral(" asked twice")));
        asked.insert(key);
    }
    QVERIFY(network >= 3);
}

QTEST_GUILESS_MAIN(SpfFindingsTest)
#include "SpfFindingsTest.moc"
