// `mailsight-cli COMMAND --help` shows that command's own usage, arguments and options, and
// `mailsight-cli --help` the overview (issue 13, defect 9). No option runs into its description:
// at least two spaces between them, or the description on the next line.

#include "TestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::runCli;

namespace {
// Lines of an option table ("  --name VALUE   description") whose description starts less than
// two spaces after the term.
QStringList crowdedOptionLines(const QString& help) {
    static const QRegularExpression row(uR"(^  (--[A-Za-z0-9-]+(?: [^ ]+)?)( *)(.*)$)"_s);
    QStringList bad;
    for (const QString& line : help.split(u'\n')) {
        const auto m = row.match(line);
        if (m.hasMatch() && !m.captured(3).isEmpty() && m.captured(2).size() < 2)
            bad << line;
    }
    return bad;
}

QStringList overlongTableLines(const QString& help) {
    QStringList bad;
    for (const QString& line : help.split(u'\n'))
        if ((line.startsWith(u"  --"_s) || line.startsWith(QString(30, u' '))) && line.size() > 80)
            bad << line;
    return bad;
}
} // namespace

class TestCliHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overview() {
        const auto r = runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        QVERIFY(help.startsWith(u"Usage: mailsight-cli [OPTIONS] COMMAND"_s));
        for (const char* command : {"lookup NAME", "findings", "spf DOMAIN", "dmarc DOMAIN", "dkim DOMAIN",
                                    "reports import", "audit DOMAIN"})
            QVERIFY2(help.contains(QLatin1String(command)), command);
        QVERIFY(help.contains(u"Global options"_s));
        QVERIFY(help.contains(u"--resolver"_s));
        QVERIFY(help.contains(u"mailsight-cli COMMAND --help"_s));
        QVERIFY(help.contains(u"Exit codes"_s));
        // The overview does not list every command's options.
        QVERIFY(!help.contains(u"Options of '"_s));
        QVERIFY(!help.contains(u"--fail-on"_s));
        QVERIFY2(crowdedOptionLines(help).isEmpty(), qPrintable(crowdedOptionLines(help).join(u'\n')));
        QVERIFY2(overlongTableLines(help).isEmpty(), qPrintable(overlongTableLines(help).join(u'\n')));
        // Without a command: the overview, as a usage error.
        const auto none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(none.out, r.out);
    }

    void command_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("present"); // its own options and arguments
        QTest::addColumn<QStringList>("absent");  // other commands' options
        QTest::newRow("audit") << u"audit"_s
                               << QStringList{u"DOMAIN..."_s,
                                              u"--domains-file F"_s,
                                              u"--fail-on"_s,
                                              u"--metrics FILE"_s,
                                              u"--pdf OUT"_s,
                                              u"--reports-since YYYY-MM-DD"_s,
                                              u"--language en|de|fr|system"_s,
                                              u"--shard I/N"_s}
                               << QStringList{u"--selector"_s, u"--private-key"_s, u"--from SUBDOMAIN"_s};
        QTest::newRow("merge") << u"merge"_s
                               << QStringList{u"OUT.json"_s, u"PART.json..."_s, u"--pdf FILE"_s,
                                              u"--fail-on"_s, u"overlap"_s}
                               << QStringList{u"--domains-file"_s, u"--selector"_s, u"--concurrency"_s};
        QTest::newRow("dkim") << u"dkim"_s
                              << QStringList{u"dkim verify FILE.eml|FILE.mbox"_s,
                                             u"dkim keygen"_s,
                                             u"SELECTOR"_s,
                                             u"--selector S"_s,
                                             u"--private-key FILE"_s,
                                             u"--out DIR"_s}
                              << QStringList{u"--fail-on"_s, u"--ip IP"_s};
        QTest::newRow("dmarc") << u"dmarc"_s << QStringList{u"DOMAIN"_s, u"--from SUBDOMAIN"_s}
                               << QStringList{u"--fail-on"_s, u"--selector"_s};
        QTest::newRow("spf") << u"spf"_s
                             << QStringList{u"--ip IP"_s, u"--sender ADDR"_s, u"--helo NAME"_s,
                                            u"--record TEXT"_s, u"--flatten"_s}
                             << QStringList{u"--fail-on"_s, u"--selector"_s};
        QTest::newRow("reports") << u"reports"_s
                                 << QStringList{u"reports import FILE|DIR..."_s,
                                                u"reports alignment DOMAIN"_s, u"--since YYYY-MM-DD"_s,
                                                u"--limit N"_s, u"TREE.json"_s}
                                 << QStringList{u"--fail-on"_s, u"--private-key"_s};
        QTest::newRow("lookup") << u"lookup"_s << QStringList{u"NAME"_s, u"TYPE"_s, u"PTR"_s}
                                << QStringList{u"--fail-on"_s, u"Options of '"_s};
        QTest::newRow("metrics") << u"metrics"_s << QStringList{u"--listen ADDR:PORT"_s, u"/metrics"_s}
                                 << QStringList{u"--fail-on"_s, u"Arguments:"_s};
        QTest::newRow("findings") << u"findings"_s << QStringList{u"--format markdown"_s}
                                  << QStringList{u"--fail-on"_s, u"Arguments:"_s};
    }
    void command() {
        QFETCH(QString, command);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        // --help after the command, before it, or with other arguments: the command's own help.
        const QList<QStringList> ways{{command, u"--help"_s},
                                      {u"--help"_s, command},
                                      {u"--offline"_s, command, u"example.com"_s, u"--help"_s}};
        QByteArray first;
        for (const QStringList& args : ways) {
            const auto r = runCli(args);
            QCOMPARE(r.exitCode, 0);
            if (first.isEmpty())
                first = r.out;
            QCOMPARE(r.out, first);
        }
        const QString help = QString::fromUtf8(first);
        QVERIFY2(help.startsWith(u"Usage: mailsight-cli [OPTIONS] "_s + command), qPrintable(help.left(200)));
        for (const QString& p : std::as_const(present))
            QVERIFY2(help.contains(p), qPrintable(p + u"\n"_s + help));
        for (const QString& a : std::as_const(absent))
            QVERIFY2(!help.contains(a), qPrintable(a + u"\n"_s + help));
        // Not the overview.
        QVERIFY(!help.contains(u"Commands:"_s));
        QVERIFY(help.contains(u"Global options (see mailsight-cli --help)"_s));
        QVERIFY(help.contains(u"Exit codes"_s));
        QVERIFY2(crowdedOptionLines(help).isEmpty(), qPrintable(crowdedOptionLines(help).join(u'\n')));
        QVERIFY2(overlongTableLines(help).isEmpty(), qPrintable(overlongTableLines(help).join(u'\n')));
    }

    void crowdedLinesAreDetected() {
        // The check itself: the old layout ("%1 %2" with a 26-column field) ran long terms into text.
        QCOMPARE(crowdedOptionLines(u"  --reports-since YYYY-MM-DD first day of imported reports\n"_s).size(),
                 1);
        QCOMPARE(crowdedOptionLines(u"  --fail-on error|warning|never exit 1 when\n"_s).size(), 1);
        QVERIFY(crowdedOptionLines(u"  --offline                   answer only\n"_s).isEmpty());
        QVERIFY(
            crowdedOptionLines(u"  --fail-on error|warning|never\n                              exit 1\n"_s)
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
