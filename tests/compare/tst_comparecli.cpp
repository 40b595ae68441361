// `mailsight-cli compare` on the zones in data/: prod.test against one variant per kind of
// difference (each with --map so that only the planted difference is left), staging identical
// under --map, drift of live DNS (data/prod.test.zone) from a zone file and a Terraform state,
// and the usage errors.

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::runCli;

namespace {

QString data(const QString& name) {
    return QStringLiteral(MAILSIGHT_COMPARE_DATA) + QLatin1Char('/') + name;
}

// Every zone of data/ (offline): the domains compared, the SPF provider and the root.
QStringList world() {
    QStringList args{u"--offline"_s};
    for (const QString& f :
         QDir(QStringLiteral(MAILSIGHT_COMPARE_DATA)).entryList({u"*.zone"_s}, QDir::Files))
        args << u"--zone"_s << data(f);
    return args;
}

QStringList liveWorld() {
    return {u"--offline"_s,
            u"--live-zone"_s,
            data(u"prod.test.zone"_s),
            u"--live-zone"_s,
            data(u"provider.test.zone"_s),
            u"--live-zone"_s,
            data(u"root.zone"_s)};
}

QJsonObject json(const QByteArray& out) {
    return QJsonDocument::fromJson(out).object();
}

QStringList differingItems(const QJsonObject& o) {
    QStringList items;
    for (const auto& v : o.value(u"differences"_s).toArray())
        items << v.toObject().value(u"area"_s).toString() + u": "_s +
                     v.toObject().value(u"item"_s).toString();
    items.sort();
    return items;
}

} // namespace

class TestCompareCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identicalWithMap() {
        const auto r = runCli(world() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, u"staging.test"_s,
                                                    u"prod.test"_s, u"--map"_s, u"staging.test=prod.test"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(u"result"_s).toString(), u"identical"_s);
        QVERIFY(o.value(u"items"_s).toArray().size() > 20); // compared, not empty
        QCOMPARE(o.value(u"map"_s).toArray().first().toString(), u"staging.test=prod.test"_s);
    }

    void namesDifferWithoutMap() {
        // Without --map every name-bearing item differs: the map is what makes staging comparable.
        const auto r = runCli(
            world() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, u"staging.test"_s, u"prod.test"_s});
        QCOMPARE(r.exitCode, 1);
        const QStringList items = differingItems(json(r.out));
        QVERIFY2(items.contains(u"transport: MX mail.staging.test"_s), qPrintable(items.join(u", "_s)));
        QVERIFY(items.contains(u"dmarc: tag rua (RFC 9989)"_s));
    }

    void differs_data() {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("spf sender") << u"sender.test"_s
                                    << QStringList{u"spf: sender 192.0.2.25/32"_s,
                                                   u"spf: sender 192.0.2.26/32"_s};
        QTest::newRow("spf all") << u"softall.test"_s << QStringList{u"spf: all-qualifier"_s};
        QTest::newRow("spf include") << u"include.test"_s
                                     << QStringList{u"spf: DNS lookups"_s,
                                                    u"spf: include:_spf2.provider.test"_s,
                                                    u"spf: sender 203.0.113.0/24"_s};
        QTest::newRow("spf unresolved")
            << u"unresolved.test"_s
            << QStringList{u"spf: DNS lookups"_s,
                           u"spf: unresolved exists:%{i}._spf.prod.test (in prod.test)"_s};
        QTest::newRow("dmarc policy")
            << u"policy.test"_s
            << QStringList{u"dmarc: applied policy (RFC 7489)"_s, u"dmarc: applied policy (RFC 9989)"_s,
                           u"dmarc: tag np (RFC 9989)"_s,         u"dmarc: tag p (RFC 7489)"_s,
                           u"dmarc: tag p (RFC 9989)"_s,          u"dmarc: tag sp (RFC 7489)"_s,
                           u"dmarc: tag sp (RFC 9989)"_s};
        // np is unknown to RFC 7489: only the RFC 9989 reading differs.
        QTest::newRow("dmarc np") << u"np.test"_s << QStringList{u"dmarc: tag np (RFC 9989)"_s};
        QTest::newRow("dmarc rua") << u"rua.test"_s
                                   << QStringList{u"dmarc: tag rua (RFC 7489)"_s,
                                                  u"dmarc: tag rua (RFC 9989)"_s};
        QTest::newRow("dkim selector")
            << u"selector.test"_s << QStringList{u"dkim: selector s1"_s, u"dkim: selector s2"_s};
        QTest::newRow("dkim key size") << u"keysize.test"_s << QStringList{u"dkim: selector s1"_s};
        QTest::newRow("mx") << u"mx.test"_s << QStringList{u"transport: MX mail.prod.test"_s};
        QTest::newRow("tls-rpt") << u"tlsrpt.test"_s << QStringList{u"transport: TLS-RPT rua"_s};
    }
    void differs() {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        const auto r = runCli(world() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, variant,
                                                    u"prod.test"_s, u"--map"_s, variant + u"=prod.test"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(u"result"_s).toString(), u"differs"_s);
        QCOMPARE(differingItems(o), expected);
        for (const auto& v : o.value(u"differences"_s).toArray()) {
            const QJsonObject d = v.toObject();
            QVERIFY(!d.value(u"why"_s).toString().isEmpty());
            QVERIFY(d.value(u"a"_s) != d.value(u"b"_s));
        }
    }

    void keySizeValues() {
        const auto r = runCli(world() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, u"keysize.test"_s,
                                                    u"prod.test"_s, u"--map"_s, u"keysize.test=prod.test"_s});
        const QJsonObject d = json(r.out).value(u"differences"_s).toArray().first().toObject();
        QCOMPARE(d.value(u"a"_s).toString(), u"rsa 1024"_s);
        QCOMPARE(d.value(u"b"_s).toString(), u"rsa 2048"_s);
    }

    void text() {
        const auto r = runCli(world() + QStringList{u"compare"_s, u"softall.test"_s, u"prod.test"_s,
                                                    u"--map"_s, u"softall.test=prod.test"_s});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"softall.test (A) compared with prod.test (B): differs in 1 item(s)"_s),
                 qPrintable(out));
        QVERIFY(out.contains(u"A: ~all (softfail)"_s));
        QVERIFY(out.contains(u"B: -all (fail)"_s));
        QVERIFY(out.contains(u"all-qualifier decides"_s));
    }

    void noTransport() {
        const auto r =
            runCli(world() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, u"mx.test"_s, u"prod.test"_s,
                                         u"--map"_s, u"mx.test=prod.test"_s, u"--no-transport"_s});
        QCOMPARE(r.exitCode, 0);
    }

    void driftZone() {
        const auto r =
            runCli(liveWorld() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, u"--zone"_s,
                                             data(u"drift/prod.test.source.zone"_s), u"prod.test"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(u"result"_s).toString(), u"drift"_s);
        QStringList entries;
        for (const auto& v : o.value(u"entries"_s).toArray())
            entries << v.toObject().value(u"kind"_s).toString() + QLatin1Char(' ') +
                           v.toObject().value(u"name"_s).toString() + QLatin1Char(' ') +
                           v.toObject().value(u"type"_s).toString();
        // The split SPF TXT, MAIL in capitals and the absolute MX target are not drift.
        QCOMPARE(entries,
                 (QStringList{u"different _dmarc.prod.test TXT"_s, u"live-only _smtp._tls.prod.test TXT"_s,
                              u"source-only www.prod.test A"_s}));
    }

    void driftInSync() {
        const auto r =
            runCli(liveWorld() + QStringList{u"compare"_s, u"--zone"_s,
                                             data(u"drift/prod.test.insync.zone"_s), u"prod.test"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("in sync"), r.out.constData());
    }

    void driftTerraformState() {
        const auto r =
            runCli(liveWorld() + QStringList{u"--format"_s, u"json"_s, u"compare"_s, u"--terraform-state"_s,
                                             data(u"drift/prod.test.tfstate.json"_s), u"prod.test"_s});
        QCOMPARE(r.exitCode, 1);
        QStringList entries;
        for (const auto& v : json(r.out).value(u"entries"_s).toArray())
            entries << v.toObject().value(u"kind"_s).toString() + QLatin1Char(' ') +
                           v.toObject().value(u"name"_s).toString();
        QCOMPARE(entries, (QStringList{u"different _dmarc.prod.test"_s, u"live-only _mta-sts.prod.test"_s,
                                       u"source-only www.prod.test"_s}));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("one domain") << QStringList{u"compare"_s, u"prod.test"_s} << 2 << u"usage"_s;
        QTest::newRow("three domains")
            << QStringList{u"compare"_s, u"a.test"_s, u"b.test"_s, u"c.test"_s} << 2 << u"usage"_s;
        QTest::newRow("bad map") << QStringList{u"compare"_s, u"a.test"_s, u"b.test"_s, u"--map"_s,
                                                u"a.test"_s}
                                 << 2 << u"FROM=TO"_s;
        QTest::newRow("ip") << QStringList{u"compare"_s, u"192.0.2.1"_s, u"prod.test"_s} << 2
                            << u"192.0.2.1"_s;
        QTest::newRow("csv") << QStringList{u"--format"_s, u"csv"_s, u"compare"_s, u"a.test"_s, u"b.test"_s}
                             << 2 << u"text or json"_s;
        QTest::newRow("plan, not state")
            << (liveWorld() + QStringList{u"compare"_s, u"--terraform-state"_s,
                                          data(u"drift/prod.test.tfplan.json"_s), u"prod.test"_s})
            << 2 << u"not a state"_s;
        QTest::newRow("missing state")
            << QStringList{u"compare"_s, u"--terraform-state"_s, u"/nonexistent.json"_s, u"prod.test"_s} << 3
            << u"/nonexistent.json"_s;
        QTest::newRow("map with drift") << QStringList{u"compare"_s,   u"--zone"_s, data(u"prod.test.zone"_s),
                                                       u"prod.test"_s, u"--map"_s,  u"a.test=b.test"_s}
                                        << 2 << u"--map"_s;
        QTest::newRow("offline drift without live") << QStringList{u"--offline"_s, u"compare"_s, u"--zone"_s,
                                                                   data(u"prod.test.zone"_s), u"prod.test"_s}
                                                    << 2 << u"--live-zone"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_comparecli.moc"
