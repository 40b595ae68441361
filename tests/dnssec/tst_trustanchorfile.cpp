// TrustAnchorFile: the formats trust anchors come in (Debian's root.key and root.ds, ldns-keygen
// output with comments, $ORIGIN, multi-line records) and clear errors for everything else.
#include "dnssec/TrustAnchorFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Debian dns-root-data's root.key (KSK-2017), as the package ships it.
const QByteArray kRootKey =
    ". IN DNSKEY 257 3 8 "
    "AwEAAaz/tAm8yTn4Mfeh5eyI96WSVexTBAvkMgJzkKTOiW1vkIbzxeF3+/4RgWOq7HrxRixHlFlExOLAJr5emLvN7SWXgn"
    "Lh4+B5xQlNVz8Og8kvArMtNROxVQuCaSnIDdD5LKyWbRd2n9WGe2R8PzgCmr3EgVLrjyBxWezF0jLHwVN8efS3rCj/"
    "EWgvIWgb9tarpVUDK/"
    "b58Da+sqqls3eNbuv7pr+eoZG+SrDK6nWeL3c6H5Apxz7LjVc1uTIdsIXxuOLYA4/"
    "ilBmSVIzuDWfdRUfhHdY6+cn8HFRm+2hM8AnXGXws95"
    "55KrUB5qihylGa8subX2Nn6UwNR1AkUTV74bU= ; keytag 20326\n";
const QByteArray kRootDs =
    ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n";
} // namespace

class TestTrustAnchorFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rootKey() {
        const auto set = TrustAnchorFile::parse(kRootKey, u"root.key"_s);
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QCOMPARE(set->anchors().size(), 1);
        const TrustAnchor& a = set->anchors().first();
        QCOMPARE(a.record.type, DnsRecordType::DNSKEY);
        QCOMPARE(a.zone(), QString());
        QCOMPARE(a.keyTag, 20326); // computed, not read from the comment
        QCOMPARE(a.algorithm, 8);
        QCOMPARE(set->zones(), QStringList{QString()});
        QCOMPARE(set->source(), u"root.key"_s);
    }
    void rootDs() {
        const auto set = TrustAnchorFile::parse(kRootDs + kRootKey, u"both"_s);
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QCOMPARE(set->anchors().size(), 2);
        QCOMPARE(set->anchors().first().record.type, DnsRecordType::DS);
        QCOMPARE(set->anchors().first().keyTag, 20326);
        QCOMPARE(set->anchors().first().describe(), u"DS . key tag 20326 algorithm 8"_s);
    }
    void originTtlAndParentheses() {
        const QByteArray text =
            "; ldns-keygen style\n$TTL 3600\n$ORIGIN test.\n"
            "example 3600 IN DS 2371 13 2 (\n"
            "    1F987CC6583E92DF0890718C42 ; first half\n"
            "    1E5D7AB9F6A0B6E34C1A6A14C1C6B8C2D8E6C1 )\n"
            "@ DS 1 13 2 1F987CC6583E92DF0890718C421E5D7AB9F6A0B6E34C1A6A14C1C6B8C2D8E6C1\n";
        const auto set = TrustAnchorFile::parse(text, u"t"_s);
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QCOMPARE(set->anchors().size(), 2);
        QCOMPARE(set->anchors().at(0).zone(), u"example.test"_s);
        QCOMPARE(set->anchors().at(0).keyTag, 2371);
        QCOMPARE(set->anchors().at(1).zone(), u"test"_s);
        QCOMPARE(set->closestZone(u"a.example.test"_s), std::optional<QString>(u"example.test"_s));
        QCOMPARE(set->closestZone(u"other.test"_s), std::optional<QString>(u"test"_s));
        QCOMPARE(set->closestZone(u"example.com"_s), std::nullopt);
    }
    void errors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"no DS or DNSKEY record"_s;
        QTest::newRow("comments only") << QByteArray("; nothing\n\n") << u"no DS or DNSKEY record"_s;
        QTest::newRow("other type") << QByteArray(". IN A 192.0.2.1\n") << u"t:1: A is not a trust anchor"_s;
        QTest::newRow("no owner") << QByteArray("  IN DS 1 13 2 00\n") << u"t:1: the record has no owner"_s;
        QTest::newRow("bad digest") << QByteArray(". IN DS 1 13 2 zz\n")
                                    << u"t:1: the DS record cannot be read"_s;
        QTest::newRow("bad key") << QByteArray("\n. IN DNSKEY 257 3 13 !!!\n")
                                 << u"t:2: the DNSKEY record cannot be read"_s;
        QTest::newRow("protocol") << QByteArray(". IN DNSKEY 257 2 13 AAAA\n")
                                  << u"protocol field must be 3"_s;
        QTest::newRow("unclosed") << QByteArray(". IN DS 1 13 2 (\n00\n") << u"t:1: '(' is never closed"_s;
        QTest::newRow("close") << QByteArray(". IN DS 1 13 2 00 )\n") << u"')' without '('"_s;
        QTest::newRow("directive") << QByteArray("$INCLUDE /etc/passwd\n") << u"unknown directive $INCLUDE"_s;
        QTest::newRow("no data") << QByteArray(". IN DS\n") << u"has no data"_s;
    }
    void errors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto set = TrustAnchorFile::parse(text, u"t"_s);
        QVERIFY(!set);
        QVERIFY2(set.error().contains(expected), qPrintable(set.error()));
    }
    void readFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"root.key"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kRootKey);
        f.close();
        const auto set = TrustAnchorFile::read(path);
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        QCOMPARE(set->source(), path);
        const auto missing = TrustAnchorFile::read(dir.filePath(u"none"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().startsWith(u"cannot open trust anchor file"_s), qPrintable(missing.error()));
    }
    void merge() {
        auto root = TrustAnchorFile::parse(kRootKey, u"root.key"_s);
        auto own =
            TrustAnchorFile::parse("example.test. IN DS 2371 13 2 "
                                   "1F987CC6583E92DF0890718C421E5D7AB9F6A0B6E34C1A6A14C1C6B8C2D8E6C1\n",
                                   u"own"_s);
        QVERIFY(root && own);
        root->merge(*own);
        QCOMPARE(root->anchors().size(), 2);
        QCOMPARE(root->source(), u"root.key + own"_s);
        QCOMPARE(root->closestZone(u"mail.example.test"_s), std::optional<QString>(u"example.test"_s));
        QCOMPARE(root->closestZone(u"example.com"_s), std::optional<QString>(QString()));
    }
};

QTEST_GUILESS_MAIN(TestTrustAnchorFile)
#include "tst_trustanchorfile.moc"
