// audit --shard I/N and merge (issue 19), without DNS: --shard's parsing, the slices (every domain
// in exactly one, the same whatever the list's order, normalised names), the reader of an audit's
// JSON parts, and what AuditPartMerger refuses (overlap, a missing shard, other versions/options).
#include "audit/AuditPartMerger.h"
#include "audit/AuditReport.h"
#include "audit/DomainShard.h"
#include "audit/export/AuditJsonPartReader.h"
#include "cli/AuditShardOption.h"
#include "cli/CliContext.h"
#include "cli/MergeCommand.h"
#include "dns/DnsName.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QStringList names(int n) {
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("host%1.example%2.test").arg(i).arg(i % 7);
    return out;
}

QList<QJsonObject> readAll(const QByteArray& text, QString* error = nullptr) {
    QBuffer b;
    b.setData(text);
    b.open(QIODevice::ReadOnly);
    AuditJsonPartReader reader(&b, QStringLiteral("part"));
    QList<QJsonObject> out;
    while (true) {
        auto next = reader.next();
        if (!next) {
            if (error)
                *error = next.error();
            return out;
        }
        if (!*next)
            return out;
        out << **next;
    }
}
} // namespace

class TestDomainShard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes the reports of `domains` that fall in shard index/count as a JSON array part.
    QString part(const QString& name, const QStringList& domains, int index, int count,
                 const QString& version = QStringLiteral(MAILSIGHT_VERSION),
                 const QString& options = QStringLiteral("o")) {
        const DomainShard shard(index, count);
        const QString list = DomainShard::listFingerprint(domains);
        QJsonArray array;
        for (qsizetype i = 0; i < domains.size(); ++i)
            if (shard.contains(domains.at(i))) {
                QJsonObject stamp = shard.stamp(i, domains.size(), list, options);
                stamp.insert(QStringLiteral("version"), version);
                array.append(QJsonObject{{QStringLiteral("domain"), domains.at(i)},
                                         {QStringLiteral("grade"), QStringLiteral("A")},
                                         {QStringLiteral("queries_asked"), 3},
                                         {QStringLiteral("shard"), stamp}});
            }
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(array).toJson());
        return path;
    }

    static QString mergeError(const QStringList& parts) {
        AuditPartMerger merger(parts);
        auto checked = merger.check();
        return checked ? QString() : checked.error();
    }

private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error");
        QTest::newRow("first") << u"1/3"_s << 1 << 3 << u""_s;
        QTest::newRow("last") << u"3/3"_s << 3 << 3 << u""_s;
        QTest::newRow("spaces") << u" 2 / 5 "_s << 2 << 5 << u""_s;
        QTest::newRow("one") << u"1/1"_s << 1 << 1 << u""_s;
        QTest::newRow("zero index") << u"0/3"_s << 0 << 0 << u"counted from 1 to 3"_s;
        QTest::newRow("past count") << u"4/3"_s << 0 << 0 << u"counted from 1 to 3"_s;
        QTest::newRow("no shards") << u"1/0"_s << 0 << 0 << u"must be 1 or more"_s;
        QTest::newRow("word") << u"x"_s << 0 << 0 << u"takes I/N"_s;
        QTest::newRow("empty") << u""_s << 0 << 0 << u"takes I/N"_s;
        QTest::newRow("negative") << u"-1/3"_s << 0 << 0 << u"takes I/N"_s;
        QTest::newRow("three parts") << u"1/3/4"_s << 0 << 0 << u"takes I/N"_s;
        QTest::newRow("no count") << u"1/"_s << 0 << 0 << u"takes I/N"_s;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(int, count);
        QFETCH(QString, error);
        const auto shard = DomainShard::parse(text);
        if (error.isEmpty()) {
            QVERIFY2(shard, qPrintable(shard ? QString() : shard.error()));
            QCOMPARE(shard->index(), index);
            QCOMPARE(shard->count(), count);
        } else {
            QVERIFY(!shard);
            QVERIFY2(shard.error().contains(error) && shard.error().contains(QStringLiteral("--shard")),
                     qPrintable(shard.error()));
        }
    }

    // The documented hash: the first 8 bytes of SHA-256 of the name, big-endian, mod N, plus 1
    // (values from Python's hashlib).
    void hashIsTheDocumentedOne() {
        QCOMPARE(DomainShard::of(QStringLiteral("example.com"), 3), 2);
        QCOMPARE(DomainShard::of(QStringLiteral("example.com"), 7), 6);
        QCOMPARE(DomainShard::of(QStringLiteral("org000.test"), 7), 3);
        QCOMPARE(DomainShard::of(QStringLiteral("anything.test"), 1), 1);
    }

    // Every domain in exactly one shard, the same one whatever the order, shards of similar size.
    void slicesAreStableAndComplete() {
        QStringList list = names(1200);
        QStringList shuffled = list;
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        QVERIFY(shuffled != list);
        for (int count : {1, 2, 3, 7}) {
            QHash<QString, int> where;
            for (int i = 1; i <= count; ++i) {
                const DomainShard shard(i, count);
                QSet<QString> inOrder;
                QSet<QString> inShuffled;
                for (const QString& d : std::as_const(list))
                    if (shard.contains(d))
                        inOrder.insert(d);
                for (const QString& d : std::as_const(shuffled))
                    if (shard.contains(d))
                        inShuffled.insert(d);
                QCOMPARE(inShuffled, inOrder);
                for (const QString& d : std::as_const(inOrder)) {
                    QVERIFY2(!where.contains(d), qPrintable(d));
                    where.insert(d, i);
                }
                const double expected = double(list.size()) / count;
                QVERIFY2(std::abs(inOrder.size() - expected) < expected * 0.25,
                         qPrintable(QStringLiteral("shard %1/%2: %3").arg(i).arg(count).arg(inOrder.size())));
            }
            QCOMPARE(where.size(), list.size());
        }
    }

    // The name the audit uses: upper case, a trailing dot and Unicode fall where their normal form does.
    void normalisedNames() {
        const auto plain = DnsName::fromUserInput(QStringLiteral("example.com"));
        const auto loud = DnsName::fromUserInput(QStringLiteral("Example.COM."));
        QVERIFY(plain && loud);
        QCOMPARE(loud->ace(), plain->ace());
        const auto unicode = DnsName::fromUserInput(QStringLiteral("bücher.example"));
        QVERIFY(unicode);
        QCOMPARE(unicode->ace(), QStringLiteral("xn--bcher-kva.example"));
        for (int count : {2, 3, 5, 11})
            QCOMPARE(DomainShard::of(unicode->ace(), count),
                     DomainShard::of(QStringLiteral("xn--bcher-kva.example"), count));
    }

    void readerReadsArraysAndLines() {
        QString error;
        QCOMPARE(readAll("[\n]\n", &error).size(), 0);
        QVERIFY(error.isEmpty());
        QCOMPARE(readAll("", &error).size(), 0); // an empty JSON Lines output
        QVERIFY(error.isEmpty());
        const QByteArray tricky = "{\"domain\": \"a.test\", \"x\": \"}{[\\\"]\"}";
        auto read = readAll("[" + tricky + ",\n" + tricky + "]", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(1).value(QStringLiteral("x")).toString(), QStringLiteral("}{[\"]"));
        read = readAll(tricky + "\n" + tricky + "\n", &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(read.size(), 2);
        // A report larger than the reader's chunk.
        const QByteArray big = "{\"domain\": \"b.test\", \"big\": \"" + QByteArray(3 << 20, 'x') + "\"}";
        read = readAll("[" + big + "," + tricky + "]", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).value(QStringLiteral("big")).toString().size(), 3 << 20);
    }

    void readerRefusesOtherText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not json") << QByteArray("domain,grade\n");
        QTest::newRow("unclosed array") << QByteArray("[{\"domain\": \"a.test\"}");
        QTest::newRow("unclosed object") << QByteArray("[{\"domain\": \"a.test\"");
        QTest::newRow("after the end") << QByteArray("[]\n[]");
        QTest::newRow("no comma") << QByteArray("[{\"a\": 1} {\"a\": 2}]");
        QTest::newRow("two commas") << QByteArray("[{\"a\": 1},,{\"a\": 2}]");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("bad json") << QByteArray("{\"a\": nope}\n");
    }
    void readerRefusesOtherText() {
        QFETCH(QByteArray, text);
        QString error;
        readAll(text, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("part: ")), qPrintable(error));
    }

    void mergerJoinsInListOrder() {
        QVERIFY(m_dir.isValid());
        const QStringList list = names(60);
        const QStringList parts{part(QStringLiteral("p3.json"), list, 3, 3),
                                part(QStringLiteral("p1.json"), list, 1, 3),
                                part(QStringLiteral("p2.json"), list, 2, 3)};
        AuditPartMerger merger(parts);
        const auto summary = merger.check();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
        QCOMPARE(summary->domains, 60);
        QCOMPARE(summary->shardCount, 3);
        QStringList order;
        bool stampLeft = false;
        QVERIFY(merger.forEach([&](AuditReport& r) {
            order << r.domain;
            stampLeft = stampLeft || !r.shard.isEmpty() || r.toJson().contains(QStringLiteral("shard"));
        }));
        QCOMPARE(order, list);
        QVERIFY(!stampLeft);
    }

    void mergerRefuses() {
        const QStringList list = names(60);
        const QString p1 = part(QStringLiteral("r1.json"), list, 1, 3);
        const QString p2 = part(QStringLiteral("r2.json"), list, 2, 3);
        const QString p3 = part(QStringLiteral("r3.json"), list, 3, 3);
        QVERIFY(mergeError({p1, p2, p3}).isEmpty());
        QString e = mergeError({p1, p3});
        QVERIFY2(e.contains(QStringLiteral("shard 2/3 is missing")), qPrintable(e));
        e = mergeError({p1, p2, p3, p2});
        QVERIFY2(e.contains(QStringLiteral("the parts overlap")) && e.contains(p2), qPrintable(e));
        e = mergeError({p1, p2, part(QStringLiteral("v.json"), list, 3, 3, QStringLiteral("0.0.1"))});
        QVERIFY2(e.contains(QStringLiteral("different Mailsight versions")), qPrintable(e));
        e = mergeError({p1, p2,
                        part(QStringLiteral("o.json"), list, 3, 3, QStringLiteral(MAILSIGHT_VERSION),
                             QStringLiteral("other"))});
        QVERIFY2(e.contains(QStringLiteral("different options")), qPrintable(e));
        e = mergeError({p1, p2, part(QStringLiteral("l.json"), list.mid(1), 3, 3)});
        QVERIFY2(e.contains(QStringLiteral("different domain lists")), qPrintable(e));
        e = mergeError({p1, p2, part(QStringLiteral("c.json"), list, 3, 4)});
        QVERIFY2(e.contains(QStringLiteral("numbers of shards")), qPrintable(e));
        // A part that lost a domain (an edited or cut output): the list is incomplete.
        QJsonArray cut = QJsonDocument::fromJson([&] {
                             QFile f(p3);
                             return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                         }())
                             .array();
        cut.removeLast();
        QFile f(m_dir.filePath(QStringLiteral("cut.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(cut).toJson());
        f.close();
        e = mergeError({p1, p2, f.fileName()});
        QVERIFY2(e.contains(QStringLiteral("59 of the 60")), qPrintable(e));
        // Garbage is named with its file.
        QFile g(m_dir.filePath(QStringLiteral("garbage.json")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("domain,grade\n");
        g.close();
        e = mergeError({p1, g.fileName()});
        QVERIFY2(e.startsWith(g.fileName()), qPrintable(e));
    }

    // One report object may not take unlimited memory: an unclosed string is refused at the cap,
    // naming the part, without reading the rest of the part.
    void readerRefusesOversizedObject() {
        QByteArray text = "[{\"a\":\"";
        text += QByteArray(3 << 20, 'x'); // three chunks, no closing quote
        QBuffer b(&text);
        QVERIFY(b.open(QIODevice::ReadOnly));
        AuditJsonPartReader reader(&b, u"big.json"_s, 4096);
        const auto next = reader.next();
        QVERIFY(!next);
        QVERIFY2(next.error().startsWith(u"big.json: "_s) &&
                     next.error().contains(u"larger than 4096 bytes"_s),
                 qPrintable(next.error()));
        QVERIFY(b.pos() < b.size()); // stopped at the cap
        // An object under the cap is read as before.
        QByteArray small = "[{\"a\":\"" + QByteArray(3000, 'y') + "\"}]";
        QBuffer sb(&small);
        QVERIFY(sb.open(QIODevice::ReadOnly));
        AuditJsonPartReader smallReader(&sb, u"small.json"_s, 4096);
        const auto first = smallReader.next();
        QVERIFY2(first && *first, qPrintable(first ? QString() : first.error()));
        QCOMPARE((*first)->value(u"a"_s).toString().size(), 3000);
    }

    // A part's shard count bounds the loop over the shards: refused above --shard's limit.
    void mergerRefusesImpossibleShardStamps() {
        const auto write = [this](const QString& name, qint64 index, qint64 count) {
            QJsonObject stamp =
                DomainShard(1, 1).stamp(0, 1, DomainShard::listFingerprint({u"a.test"_s}), u"o"_s);
            stamp.insert(u"index"_s, index);
            stamp.insert(u"count"_s, count);
            const QJsonArray array{
                QJsonObject{{u"domain"_s, u"a.test"_s}, {u"grade"_s, u"A"_s}, {u"shard"_s, stamp}}};
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(array).toJson());
            return f.fileName();
        };
        const QString huge = write(u"huge.json"_s, 1, 2000000000);
        QString e = mergeError({huge});
        QVERIFY2(e.startsWith(huge) && e.contains(u"counts 2000000000 shards (1 to 999999"_s), qPrintable(e));
        const QString beyond = write(u"beyond.json"_s, 5, 3);
        e = mergeError({beyond});
        QVERIFY2(e.startsWith(beyond) && e.contains(u"is number 5 of 3"_s), qPrintable(e));
        QVERIFY(mergeError({write(u"max.json"_s, DomainShard::of(u"a.test"_s, 999999), 999999)}).isEmpty());
    }

    // The options fingerprint: --compare counts; --config and --ca-file by content, not path.
    void shardOptionFingerprintsShapingOptions() {
        const auto fingerprint = [](const QHash<QString, QStringList>& values) {
            QString o, e;
            QTextStream os(&o), es(&e);
            CliContext context(os, es);
            CliArgs args;
            args.command = u"audit"_s;
            args.values = values;
            args.values[u"shard"_s] = {u"1/1"_s};
            auto option = AuditShardOption::parse(args, context);
            if (!option || !*option)
                return QString();
            (*option)->select({u"a.test"_s});
            AuditReport report;
            (*option)->stamp(0, report);
            return report.shard.value(u"options"_s).toString();
        };
        const auto file = [this](const QString& name, const QByteArray& content) {
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
            return f.fileName();
        };
        const QString base = fingerprint({});
        QVERIFY(!base.isEmpty());
        QVERIFY(fingerprint({{u"compare"_s, {u"last"_s}}}) != fingerprint({{u"compare"_s, {u"quarter"_s}}}));
        QVERIFY(fingerprint({{u"compare"_s, {u"last"_s}}}) != base);
        for (const QString& option : {u"config"_s, u"ca-file"_s}) {
            const QString a = file(option + u"-a"_s, "same");
            const QString b = file(option + u"-b"_s, "same");
            const QString first = fingerprint({{option, {a}}});
            QCOMPARE(fingerprint({{option, {b}}}), first); // another checkout, the same file
            file(option + u"-a"_s, "changed");
            QVERIFY2(fingerprint({{option, {a}}}) != first, qPrintable(option)); // same path, other file
        }
    }

    // merge --pdf replaces an old PDF atomically: when the new one cannot be put in its place,
    // the old one is still there (and no temporary file is left behind).
    void mergeKeepsTheOldPdfWhenTheRenameFails() {
        const QStringList list = names(6);
        const QString p1 = part(u"k1.json"_s, list, 1, 1);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        // A renderer that "succeeds" but leaves nothing to rename.
        const QString renderer = out.filePath(u"renderer.sh"_s);
        {
            QFile f(renderer);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nrm -f \"$4\"\nexit 0\n");
        }
        QVERIFY(QFile::setPermissions(renderer, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner));
        const QString pdfPath = out.filePath(u"report.pdf"_s);
        {
            QFile f(pdfPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-old");
        }
        const QByteArray saved = qgetenv("MAILSIGHT_REPORT_RENDERER");
        qputenv("MAILSIGHT_REPORT_RENDERER", renderer.toLocal8Bit());
        QString o, e;
        QTextStream os(&o), es(&e);
        CliContext context(os, es);
        CliArgs args;
        args.command = u"merge"_s;
        args.positionals = {out.filePath(u"merged.json"_s), p1};
        args.values[u"pdf"_s] = {pdfPath};
        MergeCommand command;
        const int code = command.run(context, args);
        if (saved.isNull())
            qunsetenv("MAILSIGHT_REPORT_RENDERER");
        else
            qputenv("MAILSIGHT_REPORT_RENDERER", saved);
        es.flush();
        QVERIFY2(code != 0, qPrintable(e));
        QVERIFY2(e.contains(pdfPath), qPrintable(e));
        QFile old(pdfPath);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("%PDF-old"));
        QCOMPARE(QDir(out.path()).entryList({u"report.pdf.*"_s}, QDir::Files), QStringList());
    }

    // Outputs written without --shard: joined in the order named, refused when they overlap.
    void mergerJoinsUnshardedOutputs() {
        const auto write = [this](const QString& name, const QStringList& domains) {
            QByteArray lines;
            for (const QString& d : domains)
                lines += QJsonDocument(QJsonObject{{u"domain"_s, d}, {u"grade"_s, u"B"_s}})
                             .toJson(QJsonDocument::Compact) +
                         '\n';
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(lines);
            return f.fileName();
        };
        const QString a = write(u"u1.jsonl"_s, {u"z.test"_s, u"a.test"_s});
        const QString b = write(u"u2.jsonl"_s, {u"m.test"_s});
        AuditPartMerger merger({b, a});
        const auto summary = merger.check();
        QVERIFY(summary);
        QCOMPARE(summary->shardCount, 0);
        QStringList order;
        QVERIFY(merger.forEach([&](AuditReport& r) { order << r.domain; }));
        QCOMPARE(order, (QStringList{u"m.test"_s, u"z.test"_s, u"a.test"_s}));
        QVERIFY(mergeError({a, write(u"u3.jsonl"_s, {u"a.test"_s})}).contains(u"the parts overlap"_s));
        // Sharded and unsharded outputs are not parts of one run.
        const QString sharded = part(u"s1.json"_s, names(10), 1, 1);
        QVERIFY(mergeError({sharded, b}).contains(u"without"_s));
        QVERIFY(mergeError({b, sharded}).contains(u"without"_s));
    }

    // A shard that held none of the list's domains writes an empty part; the rest is still whole.
    void emptyShardIsNotMissing() {
        const QStringList list{QStringLiteral("example.com")}; // shard 2 of 3
        QCOMPARE(DomainShard::of(list.first(), 3), 2);
        const QString p1 = part(QStringLiteral("e1.json"), list, 1, 3);
        const QString p2 = part(QStringLiteral("e2.json"), list, 2, 3);
        const QString p3 = part(QStringLiteral("e3.json"), list, 3, 3);
        AuditPartMerger merger({p1, p2, p3});
        const auto summary = merger.check();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
        QCOMPARE(summary->emptyShards, (QList<int>{1, 3}));
    }
};

QTEST_GUILESS_MAIN(TestDomainShard)
#include "tst_domainshard.moc"
