// Selector discovery against a real DNS server (the NSD fixture serving tests/zones): found,
// CNAME-delegated, dangling CNAME, revoked, several records; and verification fetching its key
// over the network.

#include "dkim/DkimChecker.h"
#include "dkim/DkimKeyMatcher.h"
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

class TestDkimNsd : public QObject {
    Q_OBJECT
    quint16 m_port = 0;

    std::shared_ptr<DnsSession> session() const {
        LdnsResolverOptions options;
        options.servers = {ServerAddress{QStringLiteral("127.0.0.1"), m_port}};
        options.timeoutMs = 1000;
        return std::make_shared<DnsSession>(std::make_shared<LdnsResolver>(options));
    }
    static const DkimSelectorResult* find(const DkimResult& r, const QString& selector) {
        for (const DkimSelectorResult& s : r.selectors)
            if (s.selector == selector)
                return &s;
        return nullptr;
    }
    static QStringList codes(const QList<Finding>& findings) {
        QStringList out;
        for (const Finding& f : findings)
            out << f.code;
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QFile portFile(qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE"));
        QVERIFY2(portFile.open(QIODevice::ReadOnly), "no NSD port file");
        m_port = quint16(portFile.readAll().trimmed().toUInt());
        QVERIFY(m_port > 0);
    }

    void discovery() {
        auto s = session();
        const DkimResult r = DkimChecker::check(*s, DkimCheckRequest{u"dkim.test"_qs, {}, true});
        QVERIFY(r.tried.size() > 50);
        QCOMPARE(r.failedQueries, 0);

        const auto* google = find(r, u"google"_qs);
        QVERIFY(google && google->found && google->key.bits == 2048 && google->findings.isEmpty());

        const auto* cname = find(r, u"selector1"_qs);
        QVERIFY(cname && cname->found);
        QCOMPARE(cname->cname(), u"selector1-dkim-test._domainkey.dkimprovider.test"_qs);
        QCOMPARE(cname->key.fingerprint, google->key.fingerprint);

        const auto* dangling = find(r, u"selector2"_qs);
        QVERIFY(dangling && !dangling->found && dangling->dangling);
        QCOMPARE(codes(dangling->findings), QStringList{u"DKIM-CNAME-DANGLING"_qs});

        const auto* revoked = find(r, u"s1"_qs);
        QVERIFY(revoked && revoked->found && revoked->record.isRevoked());
        QCOMPARE(codes(revoked->findings), QStringList{u"DKIM-KEY-REVOKED"_qs});

        const auto* multiple = find(r, u"k1"_qs);
        QVERIFY(multiple && multiple->texts.size() == 2);
        QVERIFY(codes(multiple->findings).contains(u"DKIM-MULTIPLE-RECORDS"_qs));

        // Guessed selectors that do not exist are not reported one by one.
        QVERIFY(!find(r, u"default"_qs));
        QVERIFY(!codes(r.findings).contains(u"DKIM-NO-SELECTOR-FOUND"_qs));
        QVERIFY(s->log()->size() >= r.tried.size());
    }

    void nothingFound() {
        auto s = session();
        const DkimResult r = DkimChecker::check(*s, DkimCheckRequest{u"nokey.test"_qs, {}, true});
        QCOMPARE(r.foundCount(), 0);
        QVERIFY(codes(r.findings).contains(u"DKIM-NO-SELECTOR-FOUND"_qs));
    }

    void verifyOverNetwork() {
        QFile pem(qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/dkim/keys/dkim.test-rsa2048.pem"_qs);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QByteArray bytes = pem.readAll();
        auto key = DkimKeyMatcher::readPrivateKey(bytes);
        QVERIFY(key.has_value());
        DkimSignOptions o;
        o.domain = u"dkim.test"_qs;
        o.selector = u"selector1"_qs; // through the CNAME
        const MailMessage plain =
            MailMessage::parse("From: a@dkim.test\r\nTo: b@example.com\r\nSubject: hi\r\n\r\nbody\r\n");
        auto m = DkimSigner::signedMessage(plain, key->get(), o);
        QVERIFY(m.has_value());
        auto s = session();
        const DkimVerification v = DkimVerifier::verify(*m, *s);
        QCOMPARE(v.signatures.first().result, u"pass"_qs);
        o.selector = u"s1"_qs; // revoked
        auto revoked = DkimSigner::signedMessage(plain, key->get(), o);
        QCOMPARE(DkimVerifier::verify(*revoked, *s).signatures.first().result, u"permerror"_qs);
    }

    void cliOverNetwork() {
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"),
                {u"dkim"_qs, u"dkim.test"_qs, u"--discover"_qs, u"--selector"_qs, u"rsa2048"_qs,
                 u"--format"_qs, u"json"_qs, u"--resolver"_qs, u"127.0.0.1:%1"_qs.arg(m_port)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1); // the dangling CNAME and the two records are errors
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"selectors"_qs).toArray().first().toObject().value(u"selector"_qs).toString(),
                 u"rsa2048"_qs);
        QVERIFY(o.value(u"queries"_qs).toArray().size() > 50);
    }
};

QTEST_GUILESS_MAIN(TestDkimNsd)
#include "tst_dkimnsd.moc"
