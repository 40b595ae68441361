// `--config FILE` (the systemd units' way of naming domains and options): the parser names every
// bad line, and mailsight-cli runs an audit from a file exactly as from the same command line.

#include "TestSupport.h"
#include "cli/CliConfigFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::runCli;

namespace {
std::optional<bool> kind(const QString& name) {
    if (name == u"fail-on"_s || name == u"alert-command"_s || name == u"format"_s)
        return true;
    if (name == u"no-blocklists"_s)
        return false;
    return std::nullopt;
}
} // namespace

class TestCliConfigFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& text) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }

private Q_SLOTS:
    void parsesDomainsOptionsAndSwitches() {
        const auto items = CliConfigFile::parse("# production\n  example.com \n\n--fail-on   warning\n"
                                                "--alert-command /usr/local/bin/page --to \"on call\"\n"
                                                "--no-blocklists\r\nmail.example.com\n",
                                                u"p.conf"_s, kind);
        QVERIFY2(items, items ? "" : qPrintable(items.error()));
        QCOMPARE(*items, (QStringList{u"example.com"_s, u"--fail-on=warning"_s,
                                      u"--alert-command=/usr/local/bin/page --to \"on call\""_s,
                                      u"--no-blocklists"_s, u"mail.example.com"_s}));
    }
    void badLinesAreNamed_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown option")
            << QByteArray("example.com\n--fial-on error\n") << u"p.conf:2: unknown option --fial-on"_s;
        QTest::newRow("missing value") << QByteArray("--fail-on\n") << u"p.conf:1: --fail-on needs a value"_s;
        QTest::newRow("value on a switch")
            << QByteArray("--no-blocklists yes\n") << u"p.conf:1: --no-blocklists takes no value"_s;
        QTest::newRow("two domains on a line")
            << QByteArray("example.com example.net\n") << u"p.conf:1: 'example.com example.net' has spaces"_s;
        QTest::newRow("single dash") << QByteArray("-v\n") << u"p.conf:1: '-v' is not an option"_s;
        QTest::newRow("nested config")
            << QByteArray("--config other.conf\n") << u"p.conf:1: a config file cannot name another"_s;
        QTest::newRow("inline =") << QByteArray("--fail-on=error\n") << u"p.conf:1: '--fail-on=error'"_s;
        QTest::newRow("control character") << QByteArray("example.com\x01\n") << u"p.conf:1: a control"_s;
        QTest::newRow("not UTF-8") << QByteArray("example.com\xff\n") << u"p.conf: not UTF-8"_s;
    }
    void badLinesAreNamed() {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto items = CliConfigFile::parse(text, u"p.conf"_s, kind);
        QVERIFY(!items);
        QVERIFY2(items.error().startsWith(error), qPrintable(items.error()));
    }
    void expandKeepsOrderAndStopsAtDoubleDash() {
        const QString file = write(u"e.conf"_s, "example.com\n--fail-on error\n");
        const auto args = CliConfigFile::expand(
            {u"audit"_s, u"--config"_s, file, u"--fail-on"_s, u"never"_s, u"--"_s, u"--config"_s}, kind);
        QVERIFY2(args, args ? "" : qPrintable(args.error()));
        QCOMPARE(*args, (QStringList{u"audit"_s, u"example.com"_s, u"--fail-on=error"_s, u"--fail-on"_s,
                                     u"never"_s, u"--"_s, u"--config"_s}));
        const auto missing = CliConfigFile::expand({u"--config="_s + m_dir.filePath(u"none.conf"_s)}, kind);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"none.conf"_s), qPrintable(missing.error()));
    }
    // The real program: the same audit from a file and from the command line.
    void cliRunsTheAuditOfTheFile() {
        const QString file = write(u"demo.conf"_s, "# two demo domains\nexample.com\noverlimit.test\n"
                                                   "--fail-on never\n--format json\n");
        const auto fromFile = runCli({u"--demo"_s, u"--no-history"_s, u"audit"_s, u"--config"_s, file});
        QCOMPARE(fromFile.exitCode, 0);
        const QJsonArray reports = QJsonDocument::fromJson(fromFile.out).array();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(1).toObject().value(u"domain"_s).toString(), u"overlimit.test"_s);
        // A later command-line option overrides the file's.
        const auto overridden = runCli(
            {u"--demo"_s, u"--no-history"_s, u"audit"_s, u"--config"_s, file, u"--format"_s, u"text"_s});
        QVERIFY2(overridden.out.startsWith("example.com"), overridden.out.left(200).constData());
        const QString bad = write(u"bad.conf"_s, "example.com\n--fail-on\n");
        const auto refused = runCli({u"--demo"_s, u"--no-history"_s, u"audit"_s, u"--config"_s, bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("bad.conf:2: --fail-on needs a value"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliConfigFile)
#include "tst_cliconfigfile.moc"
