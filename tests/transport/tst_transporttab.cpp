// The Transport tab against real servers: NSD serves tests/zones/transport.test.zone, nginx the
// MTA-STS policies (https-fixture.sh), aiosmtpd the STARTTLS cases (smtp_fixture.py). The tab is
// configured the way the window does it: AppSettings (custom resolver, connect-to rules, CA file)
// through ResolverPlan and NetPlan. Also the Settings dialog's transport entries, and the
// "How mail reaches <domain>" section of the HTML and PDF export.
#include "../common/TestSupport.h"

#include "AppSettings.h"
#include "NetPlan.h"
#include "ResolverPlan.h"
#include "SettingsDialog.h"
#include "audit/AuditFindingsModel.h"
#include "audit/AuditOverviewTab.h"
#include "audit/AuditReport.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/TransportSectionHtml.h"
#include "dns/DnsSession.h"
#include "report/AuditPdfRenderer.h"
#include "transport/TransportMxModel.h"
#include "transport/TransportTab.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTransportTab : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    quint16 m_nsd = 0;
    QString m_httpsPort;
    QString m_httpsCa;
    QJsonObject m_smtpPorts;
    QString m_smtpCa;

    // Settings as a user would enter them: NSD as the custom server, nginx behind a connect-to rule.
    std::shared_ptr<AppSettings> settings(const QString& name, const QStringList& rules, const QString& ca) {
        auto s = std::make_shared<AppSettings>(m_dir.filePath(name + u".ini"_s));
        s->setResolverMode(AppSettings::ResolverMode::Custom);
        s->setCustomServers({u"127.0.0.1:%1"_s.arg(m_nsd)});
        s->setTimeoutMs(3000);
        s->setConnectToRules(rules);
        s->setCaFile(ca);
        return s;
    }
    std::shared_ptr<AppSettings> httpsSettings(const QString& name, bool withCa = true) {
        return settings(name, {u":443::%1"_s.arg(m_httpsPort)}, withCa ? m_httpsCa : QString());
    }
    static std::shared_ptr<DnsSession> session(const AppSettings& s) {
        auto resolver = ResolverPlan::fromSettings(s, false, {}).build();
        if (!resolver)
            qFatal("%s", qPrintable(resolver.error()));
        return std::make_shared<DnsSession>(*resolver);
    }
    // Audits domain in tab as the window does and waits for the tab to finish.
    static bool audit(TransportTab& tab, const std::shared_ptr<AppSettings>& s, const QString& domain,
                      quint64 generation) {
        tab.setNetPlan([s] { return NetPlan::fromSettings(*s, false); });
        QSignalSpy finished(&tab, &AuditTab::finished);
        tab.startAudit(domain, session(*s), generation);
        return finished.wait(30000) && finished.size() == 1 &&
               finished.first().first().toULongLong() == generation;
    }
    static int rowOf(TransportMxModel* m, const QString& host) {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, TransportMxModel::Host).data().toString().startsWith(host))
                return r;
        return -1;
    }
    static QStringList codes(AuditFindingsModel* m) {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->findingAt(r)->code;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        m_nsd = TestSupport::nsdPort();
        QVERIFY2(m_nsd, "the NSD fixture is not running");
        const QString https = qEnvironmentVariable("MAILSIGHT_HTTPS_DIR");
        QFile port(https + u"/port"_s);
        QVERIFY2(port.open(QIODevice::ReadOnly), "the https fixture (nginx) is not running");
        m_httpsPort = QString::fromLatin1(port.readAll().trimmed());
        m_httpsCa = https + u"/ca.pem"_s;
        const QString smtp = qEnvironmentVariable("MAILSIGHT_SMTP_DIR");
        QFile ports(smtp + u"/ports.json"_s);
        QVERIFY2(ports.open(QIODevice::ReadOnly), "the smtp fixture is not running");
        m_smtpPorts = QJsonDocument::fromJson(ports.readAll()).object();
        m_smtpCa = smtp + u"/ca.pem"_s;
    }

    void goodDomain() {
        TransportTab tab;
        QAbstractItemModelTester tester(tab.mxModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(audit(tab, httpsSettings(u"good"_s), u"good.transport.test"_s, 4));
        QVERIFY2(tab.headline().startsWith(u"Protected: Mail reaches good.transport.test over 2 MX hosts"_s),
                 qPrintable(tab.headline()));
        QVERIFY2(tab.headline().contains(u"MTA-STS enforce covers both"_s), qPrintable(tab.headline()));
        TransportMxModel* m = tab.mxModel();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->index(0, TransportMxModel::Preference).data().toString(), u"10"_s);
        QCOMPARE(m->index(0, TransportMxModel::Host).data().toString(), u"mx1.good.transport.test"_s);
        QCOMPARE(m->index(1, TransportMxModel::Addresses).data().toString(), u"192.0.2.11\n2001:db8::11"_s);
        QVERIFY2(m->index(1, TransportMxModel::ReverseDns).data().toString().contains(u"(confirmed)"_s),
                 qPrintable(m->index(1, TransportMxModel::ReverseDns).data().toString()));
        QCOMPARE(m->index(1, TransportMxModel::ReverseDns).data(TransportMxModel::StateRole).toInt(), 1);
        QCOMPARE(m->index(0, TransportMxModel::MtaSts).data().toString(),
                 u"covered by mx1.good.transport.test"_s);
        QCOMPARE(m->index(1, TransportMxModel::MtaSts).data().toString(),
                 u"covered by *.good.transport.test"_s);
        QCOMPARE(m->index(1, TransportMxModel::MtaSts).data(TransportMxModel::StateRole).toInt(), 1);
        QVERIFY(!m->index(1, TransportMxModel::MtaSts).data(Qt::DecorationRole).isNull());
        QCOMPARE(m->index(0, TransportMxModel::Starttls).data().toString(), u"not probed"_s);

        const QString policy = tab.policyText();
        QVERIFY2(policy.contains(u"https://mta-sts.good.transport.test/.well-known/mta-sts.txt"_s),
                 qPrintable(policy));
        QVERIFY2(policy.contains(u"HTTP status 200"_s), qPrintable(policy));
        QVERIFY2(policy.contains(u"certificate valid"_s), qPrintable(policy));
        QVERIFY2(policy.contains(u"version: STSv1"_s), qPrintable(policy)); // the raw policy
        QVERIFY2(policy.contains(u"mode: enforce — "_s), qPrintable(policy));
        QVERIFY2(policy.contains(u"604800 s (7 days)"_s), qPrintable(policy));
        QVERIFY2(policy.contains(u"id: 20261204T000000"_s), qPrintable(policy));
        QVERIFY2(tab.tlsRptText().contains(u"https://reports.example.com/tlsrpt"_s),
                 qPrintable(tab.tlsRptText()));
        QVERIFY2(tab.tlsRptText().contains(u"mailto:tls-reports@good.transport.test"_s),
                 qPrintable(tab.tlsRptText()));
        QCOMPARE(tab.findingsModel()->rowCount(), 0);
        // MAILSIGHT_TRANSPORT_SCREENSHOT=FILE: the filled tab as an image, to look at.
        if (const QString shot = qEnvironmentVariable("MAILSIGHT_TRANSPORT_SCREENSHOT"); !shot.isEmpty()) {
            tab.resize(1180, 700);
            tab.show();
            QTest::qWait(200);
            QVERIFY(tab.grab().save(shot));
        }
        // The export's JSON carries the connection made for the policy.
        QCOMPARE(tab.transportJson(u"good.transport.test"_s).value(u"connections"_s).toArray().size(), 1);
        QVERIFY(tab.transportJson(u"other.test"_s).isEmpty());
    }

    void uncoveredHost() {
        TransportTab tab;
        QVERIFY(audit(tab, httpsSettings(u"uncovered"_s), u"uncovered.transport.test"_s, 5));
        QVERIFY2(tab.headline().startsWith(u"At risk: "_s), qPrintable(tab.headline()));
        QVERIFY2(tab.headline().contains(u"leaves 1 of them uncovered"_s), qPrintable(tab.headline()));
        const int row = rowOf(tab.mxModel(), u"mx3.uncovered.transport.test"_s);
        QVERIFY(row >= 0);
        QCOMPARE(tab.mxModel()->index(row, TransportMxModel::MtaSts).data().toString(), u"not covered"_s);
        QCOMPARE(
            tab.mxModel()->index(row, TransportMxModel::MtaSts).data(TransportMxModel::StateRole).toInt(),
            -1);
        QCOMPARE(codes(tab.findingsModel()), QStringList{u"MTA-STS-MX-NOT-COVERED"_s});
    }

    void fetchFailuresNamed() {
        TransportTab tab;
        QVERIFY(audit(tab, httpsSettings(u"ctype"_s), u"ctype.transport.test"_s, 6));
        QVERIFY2(tab.policyText().contains(u"content type text/html"_s), qPrintable(tab.policyText()));
        QVERIFY2(tab.headline().startsWith(u"At risk: "_s), qPrintable(tab.headline()));
        // Without the test CA (Settings: no CA file) the certificate is not trusted.
        QVERIFY(audit(tab, httpsSettings(u"noca"_s, false), u"good.transport.test"_s, 7));
        QVERIFY2(tab.policyText().contains(u"certificate check failed"_s), qPrintable(tab.policyText()));
        QVERIFY(codes(tab.findingsModel()).contains(u"MTA-STS-CERT-INVALID"_s));
        QCOMPARE(tab.mxModel()->index(0, TransportMxModel::MtaSts).data().toString(), u"policy unusable"_s);
    }

    void badSettingsSayWhat() {
        TransportTab tab;
        auto s = settings(u"bad"_s, {u"nonsense"_s}, {});
        QVERIFY(audit(tab, s, u"good.transport.test"_s, 8));
        QVERIFY2(tab.headline().contains(u"\"nonsense\""_s), qPrintable(tab.headline()));
        QVERIFY(!tab.result().has_value());
    }

    void probeSmtp() {
        QStringList rules;
        for (auto it = m_smtpPorts.begin(); it != m_smtpPorts.end(); ++it)
            rules << u"mx-%1.smtp.transport.test:25:127.0.0.1:%2"_s.arg(it.key()).arg(it.value().toInt());
        auto s = settings(u"smtp"_s, rules, m_smtpCa);
        TransportTab tab;
        QVERIFY(audit(tab, s, u"smtp.transport.test"_s, 9));
        TransportMxModel* m = tab.mxModel();
        const int good = rowOf(m, u"mx-good.smtp.transport.test"_s);
        const int plain = rowOf(m, u"mx-plain.smtp.transport.test"_s);
        const int silent = rowOf(m, u"mx-silent.smtp.transport.test"_s);
        QVERIFY(good >= 0 && plain >= 0 && silent >= 0);
        QCOMPARE(m->index(good, TransportMxModel::Starttls).data().toString(), u"not probed"_s);

        // Cancel stops the probe long before the silent host's time-out.
        auto* button = tab.findChild<QPushButton*>(u"transportProbeButton"_s);
        QVERIFY(button && button->isEnabled());
        QSignalSpy done(&tab, &TransportTab::checkFinished);
        QElapsedTimer timer;
        timer.start();
        button->click();
        QVERIFY(tab.isRunning());
        QCOMPARE(m->index(good, TransportMxModel::Starttls).data().toString(), u"probing…"_s);
        QTest::qWait(300);
        tab.findChild<QPushButton*>(u"transportCancelButton"_s)->click();
        QVERIFY(done.wait(10000));
        QVERIFY2(timer.elapsed() < 4500, QByteArray::number(timer.elapsed()).constData());
        QVERIFY(!tab.isRunning());

        // The whole probe.
        button->click();
        QVERIFY(done.wait(60000));
        QVERIFY(tab.result()->smtpProbed);
        const QString goodCell = m->index(good, TransportMxModel::Starttls).data().toString();
        QVERIFY2(goodCell.startsWith(u"TLSv1."_s) && goodCell.contains(u"certificate until"_s),
                 qPrintable(goodCell));
        QCOMPARE(m->index(good, TransportMxModel::Starttls).data(TransportMxModel::StateRole).toInt(), 1);
        QCOMPARE(m->index(plain, TransportMxModel::Starttls).data().toString(), u"not offered: clear text"_s);
        QCOMPARE(m->index(plain, TransportMxModel::Starttls).data(TransportMxModel::StateRole).toInt(), -1);
        QVERIFY2(m->index(silent, TransportMxModel::Starttls).data().toString().startsWith(u"not reached"_s),
                 qPrintable(m->index(silent, TransportMxModel::Starttls).data().toString()));
        QVERIFY2(tab.headline().contains(u"STARTTLS works on"_s), qPrintable(tab.headline()));
        // No TLSA records for these hosts: DANE says "none" and where it looked.
        QCOMPARE(m->index(good, TransportMxModel::Dane).data().toString(), u"none"_s);
        QVERIFY(m->index(good, TransportMxModel::Dane)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"_25._tcp.mx-good.smtp.transport.test"_s));
        QVERIFY(codes(tab.findingsModel()).contains(u"STARTTLS-NOT-OFFERED"_s));
        // The worst finding first; an expiring certificate is a warning in the table too.
        QCOMPARE(tab.findingsModel()->findingAt(0)->code, u"STARTTLS-NOT-OFFERED"_s);
        const int expiring = rowOf(m, u"mx-expiring.smtp.transport.test"_s);
        QCOMPARE(m->index(expiring, TransportMxModel::Starttls).data(TransportMxModel::StateRole).toInt(),
                 -1);
        const int expired = rowOf(m, u"mx-expired.smtp.transport.test"_s);
        QVERIFY(m->index(expired, TransportMxModel::Starttls)
                    .data()
                    .toString()
                    .contains(u"certificate expired on"_s));
        if (const QString shot = qEnvironmentVariable("MAILSIGHT_TRANSPORT_SCREENSHOT"); !shot.isEmpty()) {
            tab.resize(1180, 700);
            tab.show();
            QTest::qWait(200);
            QVERIFY(tab.grab().save(QString(shot).replace(u".png"_s, u"-smtp.png"_s)));
        }
    }

    // The DANE column and the document's DANE cell from results made here: each state is a word, an
    // icon and a colour, and the tooltip holds the records in plain words.
    void daneColumnAndSection() {
        const QString key = QString(u"ab"_s).repeated(32);
        auto host = [&](const QString& name, const QStringList& rdatas, DnssecState state,
                        std::optional<bool> matches) {
            TransportResult::MxHost h;
            h.host = name;
            h.preference = 10;
            h.addresses = {u"192.0.2.25"_s};
            h.dane.name = u"_25._tcp."_s + name;
            h.dane.dnssec = {
                state, state == DnssecState::Insecure ? u"no DS for example.com"_s : QString(), {}};
            for (const QString& r : rdatas) {
                DaneResult::Tlsa t;
                t.rdata = r;
                t.record = *TlsaRecord::parse(r);
                t.matches = matches;
                h.dane.tlsa << t;
            }
            h.dane.matches = matches;
            return h;
        };
        TransportResult r;
        r.domain = u"example.com"_s;
        r.mx.hosts = {
            host(u"mx1.example.com"_s, {u"3 1 1 "_s + key, u"2 1 1 "_s + key}, DnssecState::Secure, true),
            host(u"mx2.example.com"_s, {u"3 1 1 "_s + key}, DnssecState::Secure, false),
            host(u"mx3.example.com"_s, {u"3 1 1 "_s + key}, DnssecState::Insecure, std::nullopt),
            host(u"mx4.example.com"_s, {}, DnssecState::Indeterminate, std::nullopt),
            host(u"mx5.example.com"_s, {u"3 1 1 "_s + key}, DnssecState::Secure, true)};
        TransportMxModel m;
        QAbstractItemModelTester tester(&m);
        m.setResult(r);
        QCOMPARE(m.headerData(TransportMxModel::Dane, Qt::Horizontal).toString(), u"DANE"_s);
        auto cell = [&](int row, int role = Qt::DisplayRole) {
            return m.index(row, TransportMxModel::Dane).data(role);
        };
        QCOMPARE(cell(0).toString(), u"matches"_s);
        QCOMPARE(cell(0, TransportMxModel::StateRole).toInt(), 1);
        QVERIFY(!cell(0, Qt::DecorationRole).isNull());
        QVERIFY2(cell(0, Qt::ToolTipRole).toString().contains(u"DANE-TA(2): a CA of our own"_s),
                 qPrintable(cell(0, Qt::ToolTipRole).toString()));
        QCOMPARE(cell(1).toString(), u"mismatch"_s);
        QCOMPARE(cell(1, TransportMxModel::StateRole).toInt(), -1);
        QVERIFY(!cell(1, Qt::DecorationRole).isNull());
        QCOMPARE(cell(2).toString(), u"not secure"_s);
        QVERIFY(cell(2, Qt::ToolTipRole).toString().contains(u"no DS for example.com"_s));
        QCOMPARE(cell(3).toString(), u"none"_s);
        QCOMPARE(cell(3, TransportMxModel::StateRole).toInt(), 0);
        QCOMPARE(cell(4).toString(), u"matches\nsingle record"_s); // DANE-SINGLE-RECORD: a warning
        QCOMPARE(cell(4, TransportMxModel::StateRole).toInt(), -1);
        QVERIFY(cell(4, Qt::ForegroundRole) != cell(1, Qt::ForegroundRole)); // warning vs error colour

        if (const QString shot = qEnvironmentVariable("MAILSIGHT_TRANSPORT_SCREENSHOT"); !shot.isEmpty()) {
            QTableView view;
            view.setModel(&m);
            view.setWordWrap(true);
            view.verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            view.setColumnWidth(TransportMxModel::Dane, 160);
            view.resize(1180, 300);
            view.show();
            QTest::qWait(200);
            QVERIFY(view.grab().save(QString(shot).replace(u".png"_s, u"-dane.png"_s)));
        }
        const QString html = TransportSectionHtml::html(r.toJson());
        QVERIFY(html.contains(u">DANE</th>"_s));
        QVERIFY(html.contains(u"✔ matches"_s));
        QVERIFY(html.contains(u"✖ no record matches"_s));
        QVERIFY(html.contains(u"not DNSSEC-secure"_s));
        QVERIFY(html.contains(u"DANE-EE(3): this exact server key"_s));
        QVERIFY(html.contains(u"DNSSEC: insecure (no DS for example.com)"_s));
    }

    void automaticProbeSetting() {
        QStringList rules;
        for (auto it = m_smtpPorts.begin(); it != m_smtpPorts.end(); ++it)
            if (it.key() == u"good"_s)
                rules << u"mx-good.smtp.transport.test:25:127.0.0.1:%1"_s.arg(it.value().toInt());
        auto s = settings(u"auto"_s, rules, m_smtpCa);
        TransportTab tab;
        QVERIFY(audit(tab, s, u"smtp.transport.test"_s, 10));
        QVERIFY(!tab.result()->smtpProbed); // off by default
        s->setProbeSmtpAutomatically(true);
        QVERIFY(audit(tab, s, u"smtp.transport.test"_s, 11));
        QVERIFY(tab.result()->smtpProbed);
    }

    void settingsDialog() {
        auto s = httpsSettings(u"dialog"_s);
        SettingsDialog dialog(*s);
        auto* rules = dialog.findChild<QPlainTextEdit*>(u"connectToRules"_s);
        auto* ca = dialog.findChild<QLineEdit*>(u"caFile"_s);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(rules && ca && ok);
        QCOMPARE(rules->toPlainText(), u":443::%1"_s.arg(m_httpsPort));
        QVERIFY(ok->isEnabled());
        rules->setPlainText(u"no-port-here"_s);
        QVERIFY(!ok->isEnabled());
        rules->setPlainText(u"mta-sts.example.com:443:192.0.2.10:8443\n\n:25::2525"_s);
        QVERIFY(ok->isEnabled());
        ca->setText(m_dir.filePath(u"missing.pem"_s));
        QVERIFY(!ok->isEnabled());
        ca->setText(m_httpsCa);
        QVERIFY(ok->isEnabled());
        if (const QString shot = qEnvironmentVariable("MAILSIGHT_TRANSPORT_SCREENSHOT"); !shot.isEmpty()) {
            dialog.show();
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(QString(shot).replace(u".png"_s, u"-settings.png"_s)));
        }
        dialog.accept();
        QCOMPARE(s->connectToRules(),
                 (QStringList{u"mta-sts.example.com:443:192.0.2.10:8443"_s, u":25::2525"_s}));
        QCOMPARE(s->caFile(), m_httpsCa);
        QCOMPARE(s->probeSmtpAutomatically(), false);
    }

    void documentSection() {
        TransportTab tab;
        QVERIFY(audit(tab, httpsSettings(u"doc"_s), u"uncovered.transport.test"_s, 12));
        AuditReport report;
        report.domain = u"uncovered.transport.test"_s;
        report.grade = u"C"_s;
        report.startedAt = report.finishedAt = QDateTime::currentDateTimeUtc();
        const QString without = AuditHtmlExporter::html({report});
        QVERIFY(!without.contains(u"How mail reaches"_s));
        report.checks.insert(u"transport"_s, tab.transportJson(report.domain));
        const QString html = AuditHtmlExporter::html({report});
        QVERIFY(html.contains(u"How mail reaches uncovered.transport.test"_s));
        QVERIFY(html.contains(u"<a name=\"transport-0\"></a>"_s));
        QVERIFY(html.contains(u"mx3.uncovered.transport.test"_s));
        QVERIFY(html.contains(u"not covered"_s));
        QVERIFY(html.contains(u"mailto:tls@uncovered.transport.test"_s));
        QVERIFY(html.contains(u"MTA-STS-MX-NOT-COVERED"_s));
        QVERIFY(html.contains(u"mode: enforce"_s));

        // The window's export: the Overview's audit runs the transport check itself, connecting
        // as the settings say (the window hands it the NetPlan's options), so its section is in
        // the PDF/HTML and its result in the JSON.
        auto s = httpsSettings(u"overview"_s);
        AuditOverviewTab overview;
        overview.setNetOptionsSource([s] { return *NetPlan::fromSettings(*s, false).build(); });
        QSignalSpy audited(&overview, &AuditTab::finished);
        overview.startAudit(report.domain, session(*s), 13);
        QVERIFY(audited.wait(30000));
        const QJsonObject overviewTransport = overview.report().checks.value(u"transport"_s).toObject();
        QCOMPARE(overviewTransport.value(u"mtaSts"_s)
                     .toObject()
                     .value(u"policy"_s)
                     .toObject()
                     .value(u"mode"_s)
                     .toString(),
                 u"enforce"_s);
        const QString exported = m_dir.filePath(u"overview.html"_s);
        QVERIFY(overview.exportTo(exported).has_value());
        QFile exportedFile(exported);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(exportedFile.readAll())
                    .contains(u"How mail reaches uncovered.transport.test"_s));
        const QString json = m_dir.filePath(u"overview.json"_s);
        QVERIFY(overview.exportTo(json).has_value());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY(jsonFile.readAll().contains("\"transport\""));

        const QString pdf = m_dir.filePath(u"transport.pdf"_s);
        const auto rendered = AuditPdfRenderer::render({report}, {}, pdf);
        QVERIFY2(rendered.has_value(), rendered ? "" : qPrintable(rendered.error()));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.count(u"How mail reaches uncovered.transport.test"_s) >= 2,
                 qPrintable(out.left(3000))); // contents + section
        QVERIFY(out.contains(u"mx3.uncovered.transport.test"_s));
    }
};

QTEST_MAIN(TestTransportTab)
#include "tst_transporttab.moc"
