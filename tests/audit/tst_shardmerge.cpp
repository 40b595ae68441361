// Sharded batches through live DNS (issue 19): 300 generated zones served by a private NSD
// (tests/nsd/nsd-fixture.sh), audited once whole and once as three shards; `merge` of the three
// JSON parts gives what the unsharded run gives: the same domains in the same order, the same
// grades, grade reasons, counts, findings, records, check results. Left out of the comparison is
// what depends on when answers arrived, which differs between two unsharded runs too: startedAt
// and finishedAt, the query log (in arrival order; a name several domains share, _dmarc.test or
// the root's DNSKEY, is asked by whichever domain comes first and answered from the run's cache
// for the others), queries_asked (compared apart: the merged totals are the parts' sums, above one
// run's by at most one ask of each shared name a job), and the order of the records and of the
// DNSSEC check's names (arrival order). merge refuses overlapping parts and a missing shard
// (naming it) and writes nothing then; `merge --pdf` renders one PDF naming every domain.
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {
// A report without what depends on when it ran.
// The elements of an array in a fixed order (as compact JSON text).
QJsonArray sorted(const QJsonArray& array) {
    QStringList out;
    for (const auto& v : array)
        out << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    out.sort();
    return QJsonArray::fromStringList(out);
}

QJsonObject timeless(QJsonObject report) {
    report.remove(QStringLiteral("startedAt"));
    report.remove(QStringLiteral("finishedAt"));
    report.remove(QStringLiteral("queries"));
    report.remove(QStringLiteral("queries_asked"));
    report.insert(QStringLiteral("records"), sorted(report.value(QStringLiteral("records")).toArray()));
    QJsonObject dnssec = report.value(QStringLiteral("dnssec")).toObject();
    dnssec.insert(QStringLiteral("names"), sorted(dnssec.value(QStringLiteral("names")).toArray()));
    report.insert(QStringLiteral("dnssec"), dnssec);
    return report;
}

// Where two reports differ: the keys, and for arrays the first element that differs.
QString differences(const QJsonObject& a, const QJsonObject& b) {
    QStringList out;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& k : std::as_const(keys)) {
        if (a.value(k) == b.value(k))
            continue;
        QString what = k;
        if (a.value(k).isObject())
            what += QStringLiteral(": ") + differences(a.value(k).toObject(), b.value(k).toObject());
        if (a.value(k).isArray() && b.value(k).isArray()) {
            const QJsonArray x = a.value(k).toArray();
            const QJsonArray y = b.value(k).toArray();
            for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i)
                if (x.at(i) != y.at(i)) {
                    const auto text = [](const QJsonValue& v) {
                        return v.isString() ? v.toString()
                                            : QString::fromUtf8(
                                                  QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
                    };
                    what += QStringLiteral("[%1]: ").arg(i);
                    if (x.at(i).isObject() && y.at(i).isObject())
                        what += differences(x.at(i).toObject(), y.at(i).toObject());
                    what += QStringLiteral(" %1 / %2").arg(text(x.at(i)), text(y.at(i)));
                    break;
                }
        }
        out << what.left(1500);
    }
    return out.join(QStringLiteral("; "));
}

QJsonArray readArray(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).array() : QJsonArray();
}
} // namespace

class TestShardMerge : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QStringList m_names;
    static constexpr int kDomains = 300;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString work() const { return m_dir.filePath(QStringLiteral("nsd")); }

    // An audit of a domains file through NSD: the mail records and the named DKIM selector only.
    TestSupport::CliRun audit(const QString& domainsFile, const QStringList& extra) const {
        return runCli(QStringList{QStringLiteral("--resolver"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                  QStringLiteral("--no-history"), QStringLiteral("audit"),
                                  QStringLiteral("--domains-file"), domainsFile, QStringLiteral("--no-ns"),
                                  QStringLiteral("--no-transport"), QStringLiteral("--no-blocklists"),
                                  QStringLiteral("--dkim-discovery"), QStringLiteral("known"),
                                  QStringLiteral("--dkim-selector"), QStringLiteral("s1"),
                                  QStringLiteral("--fail-on"), QStringLiteral("never"),
                                  QStringLiteral("--format"), QStringLiteral("json")} +
                          extra,
                      300000);
    }

    bool writeList(const QString& file, const QStringList& names) const {
        QFile f(path(file));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("# generated\n" + names.join(QLatin1Char('\n')).toUtf8() + '\n');
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("zones")));
        QFile tpl(TestSupport::sourceDir() + QStringLiteral("/tests/zones/auditgood.test.zone"));
        QVERIFY(tpl.open(QIODevice::ReadOnly));
        const QString zone = QString::fromUtf8(tpl.readAll());
        // Grades and findings differ between domains: every third has no DMARC, every fifth a
        // soft SPF, every seventh no DKIM key.
        for (int i = 0; i < kDomains; ++i) {
            const QString name = QStringLiteral("org%1.test").arg(i, 3, 10, QLatin1Char('0'));
            QString text = QString(zone).replace(QStringLiteral("auditgood.test"), name);
            if (i % 3 == 1)
                text.remove(QRegularExpression(QStringLiteral("\\n_dmarc[^\\n]*")));
            if (i % 5 == 2)
                text.replace(QStringLiteral("-all"), QStringLiteral("~all"));
            if (i % 7 == 3)
                text.remove(QRegularExpression(QStringLiteral("\\ns1\\._domainkey[^\\n]*")));
            QFile f(path(QStringLiteral("zones/%1.zone").arg(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
            m_names << name;
        }
        // The list in an order that is neither the zones' nor sorted, with a duplicate in
        // another spelling (the audit keeps its first occurrence).
        QStringList list = m_names;
        std::shuffle(list.begin(), list.end(), *QRandomGenerator::global());
        list.insert(150, list.at(10).toUpper() + QLatin1Char('.'));
        QVERIFY(writeList(QStringLiteral("domains.txt"), list));
        m_names = list;
        m_names.removeAt(150);
        QProcess start;
        start.start(QStringLiteral("bash"), {qEnvironmentVariable("MAILSIGHT_NSD_SCRIPT"),
                                             QStringLiteral("start"), path(QStringLiteral("zones")), work()});
        QVERIFY(start.waitForFinished(60000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        m_port = static_cast<quint16>(QString::fromLatin1(start.readAllStandardOutput()).trimmed().toUInt());
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase() {
        QProcess stop;
        stop.start(QStringLiteral("bash"),
                   {qEnvironmentVariable("MAILSIGHT_NSD_SCRIPT"), QStringLiteral("stop"), work()});
        stop.waitForFinished(30000);
    }

    void badShardIsRefused() {
        for (const QString& bad :
             {QStringLiteral("0/3"), QStringLiteral("4/3"), QStringLiteral("x"), QStringLiteral("1/0")}) {
            const auto r = audit(path(QStringLiteral("domains.txt")), {QStringLiteral("--shard"), bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--shard") && r.out.isEmpty(), r.err.constData());
        }
    }

    void threeShardsMergedEqualOneRun() {
        const QString list = path(QStringLiteral("domains.txt"));
        const auto whole = audit(list, {QStringLiteral("--output"), path(QStringLiteral("whole.json"))});
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QStringList parts;
        QSet<QString> seen;
        for (int i = 1; i <= 3; ++i) {
            const QString part = path(QStringLiteral("part%1.json").arg(i));
            const auto r = audit(list, {QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i),
                                        QStringLiteral("--output"), part});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonArray reports = readArray(part);
            QVERIFY(reports.size() > 60 && reports.size() < 140); // about a third
            for (const auto& v : reports) {
                const QJsonObject shard = v.toObject().value(QStringLiteral("shard")).toObject();
                QCOMPARE(shard.value(QStringLiteral("index")).toInt(), i);
                QCOMPARE(shard.value(QStringLiteral("count")).toInt(), 3);
                QCOMPARE(shard.value(QStringLiteral("of")).toInt(), kDomains);
                const QString domain = v.toObject().value(QStringLiteral("domain")).toString();
                QVERIFY2(!seen.contains(domain), qPrintable(domain));
                seen.insert(domain);
            }
            parts.prepend(part); // named to merge in another order than the shards'
        }
        QCOMPARE(seen.size(), kDomains);

        const QString merged = path(QStringLiteral("merged.json"));
        const auto m = runCli(QStringList{QStringLiteral("merge"), QStringLiteral("--fail-on"),
                                          QStringLiteral("never"), merged} +
                              parts);
        QVERIFY2(m.exitCode == 0, m.err.constData());
        QVERIFY2(m.out.contains("300 domains merged from 3 parts (3 shards)"), m.out.constData());

        const QJsonArray a = readArray(path(QStringLiteral("whole.json")));
        const QJsonArray b = readArray(merged);
        QCOMPARE(a.size(), kDomains);
        QCOMPARE(b.size(), kDomains);
        QStringList grades;
        qint64 askedA = 0;
        qint64 askedB = 0;
        for (int i = 0; i < kDomains; ++i) {
            const QJsonObject x = a.at(i).toObject();
            const QJsonObject y = b.at(i).toObject();
            QCOMPARE(y.value(QStringLiteral("domain")).toString(), m_names.at(i)); // the list's order
            QVERIFY(!y.contains(QStringLiteral("shard")));
            if (timeless(x) != timeless(y))
                QFAIL(qPrintable(m_names.at(i) + QStringLiteral(" differs: ") +
                                 differences(timeless(x), timeless(y))));
            grades << y.value(QStringLiteral("grade")).toString();
            askedA += x.value(QStringLiteral("queries_asked")).toInt();
            askedB += y.value(QStringLiteral("queries_asked")).toInt();
        }
        // The questions: the merged reports' are the parts' (summed in merge's summary line). They
        // exceed one run's by the names the domains share (_dmarc.test, the root's DNSKEY), which
        // one run's cache answers after the first ask and each job asks again: at most once a job.
        qint64 askedParts = 0;
        for (const QString& part : std::as_const(parts))
            for (const auto& v : readArray(part))
                askedParts += v.toObject().value(QStringLiteral("queries_asked")).toInt();
        QCOMPARE(askedB, askedParts);
        QSet<QString> shared;
        for (const auto& v : std::as_const(a))
            for (const auto& q : v.toObject().value(QStringLiteral("queries")).toArray()) {
                const QJsonObject o = q.toObject();
                const QString domain = v.toObject().value(QStringLiteral("domain")).toString();
                const QString name = o.value(QStringLiteral("name")).toString();
                if (o.value(QStringLiteral("source")).toString() == QLatin1String("network") &&
                    name != domain && !name.endsWith(QLatin1Char('.') + domain))
                    shared.insert(name + QLatin1Char('/') + o.value(QStringLiteral("type")).toString());
            }
        QVERIFY2(askedB >= askedA && askedB <= askedA + 2 * shared.size(),
                 qPrintable(QStringLiteral("merged %1, one run %2, shared names %3: %4")
                                .arg(askedB)
                                .arg(askedA)
                                .arg(shared.size())
                                .arg(QStringList(shared.cbegin(), shared.cend()).join(QLatin1Char(' ')))));
        QVERIFY(askedA > kDomains * 3);
        QVERIFY2(m.out.contains(QStringLiteral("; %1 DNS questions asked").arg(askedB).toUtf8()),
                 m.out.constData());
        grades.removeDuplicates();
        QVERIFY2(grades.size() >= 3, qPrintable(grades.join(QLatin1Char(' ')))); // the zones differ

        // Overlap and a missing shard: refused, named, and OUT is not written.
        const QString refused = path(QStringLiteral("refused.json"));
        auto r = runCli(QStringList{QStringLiteral("merge"), refused} + parts + QStringList{parts.at(1)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the parts overlap"), r.err.constData());
        r = runCli({QStringLiteral("merge"), refused, path(QStringLiteral("part1.json")),
                    path(QStringLiteral("part3.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("shard 2/3 is missing"), r.err.constData());
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("refused*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    // The slices do not depend on the list's order: shard 2/3 of the list reversed audits the same domains.
    void shardIsStableUnderReordering() {
        QStringList reversed(m_names.crbegin(), m_names.crend());
        QVERIFY(writeList(QStringLiteral("reversed.txt"), reversed));
        const auto r = audit(path(QStringLiteral("reversed.txt")),
                             {QStringLiteral("--shard"), QStringLiteral("2/3"), QStringLiteral("--output"),
                              path(QStringLiteral("reversed2.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QSet<QString> a;
        QSet<QString> b;
        for (const auto& v : readArray(path(QStringLiteral("part2.json"))))
            a.insert(v.toObject().value(QStringLiteral("domain")).toString());
        for (const auto& v : readArray(path(QStringLiteral("reversed2.json"))))
            b.insert(v.toObject().value(QStringLiteral("domain")).toString());
        QVERIFY(!a.isEmpty());
        QCOMPARE(b, a);
        // A part of the reversed list is not a part of the original one.
        const auto m = runCli({QStringLiteral("merge"), path(QStringLiteral("mixed.json")),
                               path(QStringLiteral("part1.json")), path(QStringLiteral("reversed2.json")),
                               path(QStringLiteral("part3.json"))});
        QCOMPARE(m.exitCode, 2);
        QVERIFY2(m.err.contains("different domain lists"), m.err.constData());
    }

    // merge --pdf: one PDF of the joined parts (a 12-domain list, to keep the rendering short).
    void mergedPdf() {
        const QString renderer = TestSupport::reportRenderer();
        if (renderer.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("the PDF needs mailsight-report (built with the GUI) and pdftotext");
        const QStringList small = m_names.mid(0, 12);
        QVERIFY(writeList(QStringLiteral("small.txt"), small));
        QStringList parts;
        for (int i = 1; i <= 3; ++i) {
            parts << path(QStringLiteral("small%1.json").arg(i));
            const auto r = audit(path(QStringLiteral("small.txt")),
                                 {QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i),
                                  QStringLiteral("--output"), parts.last()});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QString pdf = path(QStringLiteral("merged.pdf"));
        const auto m =
            runCli(QStringList{QStringLiteral("merge"), QStringLiteral("--fail-on"), QStringLiteral("never"),
                               path(QStringLiteral("small.json")), QStringLiteral("--pdf"), pdf} +
                       parts,
                   300000);
        QVERIFY2(m.exitCode == 0, m.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString& d : small)
            QVERIFY2(text.contains(d), qPrintable(d));
    }
};

QTEST_GUILESS_MAIN(TestShardMerge)
#include "tst_shardmerge.moc"
