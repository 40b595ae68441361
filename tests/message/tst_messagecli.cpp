// `mailsight-cli message`: the JSON shape (from, spf, dkim, arc, dmarc under both readings,
// receiverVerdict, differences, hops, findings, queries), the exit code (1 when DMARC fails under
// either reading), pasted headers on stdin with "-", explicit --ip/--helo/--mail-from, and usage
// errors, against the NSD fixture.

#include "MessageTestKit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace MessageTestKit;

class TestMessageCli : public QObject {
    Q_OBJECT
    quint16 m_port = 0;
    std::shared_ptr<DnsSession> m_session;
    QTemporaryDir m_dir;

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList& args, const QByteArray& stdinBytes = {}) {
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"),
                QStringList{u"--resolver"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--no-history"_s} + args);
        if (!stdinBytes.isNull())
            p.write(stdinBytes);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString write(const QString& name, const MailMessage& m) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(bytes(m));
        return f.fileName();
    }
    MailMessage viaList() {
        const MailMessage sealed =
            seal(authorMessage(), *m_session, u"list.test"_s, u"arc2026"_s, u"list.test-arc"_s,
                 u"spf=pass smtp.mailfrom=alice@arc.test; dkim=pass header.d=arc.test header.s=mail; "
                 u"dmarc=pass header.from=arc.test"_s,
                 &listRewrite);
        return deliver(sealed, "mail.list.test", "192.0.2.20", "<team-bounces@list.test>",
                       "spf=pass smtp.mailfrom=list.test; dkim=fail header.d=arc.test; dkim=pass "
                       "header.d=list.test; dmarc=fail header.from=arc.test; arc=pass");
    }

private Q_SLOTS:
    void initTestCase() {
        m_port = nsdPort();
        QVERIFY2(m_port > 0, "no NSD port file");
        m_session = nsdSession(m_port);
        QVERIFY(m_dir.isValid());
    }

    void jsonShapeAndExitOnFailure() {
        const QString file = write(u"list.eml"_s, viaList());
        const Run r = cli({u"message"_s, file, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 1, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"from"_s).toString(), u"alice@arc.test"_s);
        QCOMPARE(o.value(u"fromDomain"_s).toString(), u"arc.test"_s);
        const QJsonObject spf = o.value(u"spf"_s).toObject();
        QCOMPARE(spf.value(u"result"_s).toString(), u"pass"_s);
        QCOMPARE(spf.value(u"domain"_s).toString(), u"list.test"_s);
        QVERIFY(spf.value(u"aligned"_s).isBool() && !spf.value(u"aligned"_s).toBool());
        QVERIFY(spf.contains(u"tree"_s));
        const QJsonArray dkim = o.value(u"dkim"_s).toArray();
        QCOMPARE(dkim.size(), 2);
        for (const QJsonValue& v : dkim) {
            const QJsonObject s = v.toObject();
            for (const char* key : {"result", "domain", "selector", "aligned"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            if (s.value(u"domain"_s).toString() == u"arc.test"_s) {
                QCOMPARE(s.value(u"result"_s).toString(), u"fail"_s);
                QCOMPARE(s.value(u"aligned"_s).toBool(), true);
            }
        }
        const QJsonObject arc = o.value(u"arc"_s).toObject();
        QCOMPARE(arc.value(u"chain"_s).toString(), u"pass"_s);
        QCOMPARE(arc.value(u"sets"_s).toArray().size(), 1);
        QCOMPARE(arc.value(u"sealers"_s).toArray().first().toString(), u"list.test"_s);
        const QJsonObject dmarc = o.value(u"dmarc"_s).toObject();
        for (const QString& reading : {u"rfc9989"_s, u"rfc7489"_s}) {
            const QJsonObject d = dmarc.value(reading).toObject();
            QCOMPARE(d.value(u"result"_s).toString(), u"fail"_s);
            QCOMPARE(d.value(u"policy"_s).toString(), u"reject"_s);
            QVERIFY(d.value(u"alignment"_s).toObject().contains(u"spf"_s));
            QVERIFY(d.value(u"arcOverride"_s).toObject().value(u"plausible"_s).toBool());
        }
        const QJsonObject receiver = o.value(u"receiverVerdict"_s).toObject();
        QCOMPARE(receiver.value(u"authServId"_s).toString(), u"mx.receiver.test"_s);
        QCOMPARE(receiver.value(u"dmarc"_s).toObject().value(u"result"_s).toString(), u"fail"_s);
        QVERIFY(o.value(u"differences"_s).isArray());
        QCOMPARE(o.value(u"hops"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"hops"_s).toArray().first().toObject().value(u"ip"_s).toString(), u"192.0.2.20"_s);
        QVERIFY(!o.value(u"findings"_s).toArray().isEmpty());
        QVERIFY(o.value(u"queries"_s).toArray().size() > 5);
    }

    void passExitsZero() {
        const QString file =
            write(u"direct.eml"_s,
                  deliver(authorMessage(), "mail.arc.test", "192.0.2.10", "<alice@arc.test>",
                          "spf=pass smtp.mailfrom=arc.test; dkim=pass header.d=arc.test; dmarc=pass"));
        const Run json = cli({u"message"_s, file, u"--format"_s, u"json"_s});
        QVERIFY2(json.code == 0, json.err.constData());
        QCOMPARE(json.json()
                     .value(u"dmarc"_s)
                     .toObject()
                     .value(u"rfc9989"_s)
                     .toObject()
                     .value(u"result"_s)
                     .toString(),
                 u"pass"_s);
        const Run text = cli({u"message"_s, file});
        QCOMPARE(text.code, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"Verdict: DMARC passes"_s), qPrintable(out));
        QVERIFY(out.contains(u"Delivery path"_s));
        QVERIFY(out.contains(u"192.0.2.10"_s));
    }

    void pastedHeadersOnStdin() {
        QByteArray text = bytes(viaList());
        text = "\n" + text.left(text.indexOf("\r\n\r\n") + 2).replace("\r\n", "\n");
        const Run r = cli({u"message"_s, u"-"_s, u"--format"_s, u"json"_s}, text);
        QVERIFY2(r.code == 1, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"bodyAvailable"_s).toBool(), false);
        QCOMPARE(o.value(u"file"_s).toString(), u"-"_s);
        QCOMPARE(o.value(u"arc"_s).toObject().value(u"chain"_s).toString(), u"pass"_s);
    }

    void explicitEnvelope() {
        const QString file = write(u"list2.eml"_s, viaList());
        const Run r = cli({u"message"_s, file, u"--ip"_s, u"192.0.2.10"_s, u"--helo"_s, u"mail.arc.test"_s,
                           u"--mail-from"_s, u"alice@arc.test"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject spf = r.json().value(u"spf"_s).toObject();
        QCOMPARE(spf.value(u"domain"_s).toString(), u"arc.test"_s);
        QCOMPARE(spf.value(u"aligned"_s).toBool(), true);
        QCOMPARE(r.json().value(u"envelope"_s).toObject().value(u"ipSource"_s).toString(), u"--ip"_s);
        QVERIFY(!r.json().value(u"differences"_s).toArray().isEmpty()); // the receiver checked list.test
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{u"message"_s};
        QTest::newRow("bad ip") << QStringList{u"message"_s, u"-"_s, u"--ip"_s, u"300.1.1.1"_s};
        QTest::newRow("bad mail from") << QStringList{u"message"_s, u"-"_s, u"--mail-from"_s, u"nobody"_s};
        QTest::newRow("bad format") << QStringList{u"message"_s, u"-"_s, u"--format"_s, u"csv"_s};
        QTest::newRow("empty stdin") << QStringList{u"message"_s, u"-"_s};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Run r = cli(args, QByteArray(""));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith("mailsight-cli: "));
    }

    void help() {
        const Run r = cli({u"message"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        const QString help = QString::fromUtf8(r.out);
        for (const QString& part : {u"message FILE|-"_s, u"--mail-from ADDR"_s, u"--ip IP"_s, u"RFC 8617"_s})
            QVERIFY2(help.contains(part), qPrintable(part));
        QVERIFY(!help.contains(u"--selector"_s));
    }

    void missingFile() {
        const Run r = cli({u"message"_s, m_dir.filePath(u"nothing.eml"_s)});
        QCOMPARE(r.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestMessageCli)
#include "tst_messagecli.moc"
