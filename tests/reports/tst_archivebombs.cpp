// Archive bombs (files of a few MiB that inflate to gigabytes) are refused while inflating, before
// anything is kept: the reason names the file or member and the limit crossed, and importing them
// with mailsight-cli peaks below 100 MB of memory (measured with /usr/bin/time).
#include "ArchiveBombs.h"
#include "reports/ReportArchiveReader.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchiveBombs;

// GCC says __SANITIZE_ADDRESS__; clang (the sanitizer + fuzz build) says __has_feature.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAILSIGHT_CLANG_ASAN 1
#endif
#endif
#ifndef MAILSIGHT_CLANG_ASAN
#define MAILSIGHT_CLANG_ASAN 0
#endif

class TestArchiveBombs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedWhileInflating_data();
    void refusedWhileInflating();
    void reportsWithinTheLimitsAreRead();
    void cliRefusesThemInLittleMemory();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QStringList m_bombs;
};

namespace {
QByteArray noise(qint64 bytes) {
    QByteArray out(bytes, Qt::Uninitialized);
    QRandomGenerator random(21);
    random.fillRange(reinterpret_cast<quint32*>(out.data()), out.size() / 4);
    return out;
}
} // namespace

void TestArchiveBombs::initTestCase() {
    QVERIFY(m_dir.isValid());
    // 2 GiB of spaces after the start of a report, in 2 MiB.
    const Deflated gigabytes = deflateRepeated(reportStart(), ' ', 2048);
    QVERIFY2(gigabytes.data.size() < 3 * MiB, qPrintable(QString::number(gigabytes.data.size())));
    const Deflated twoHundred = deflateRepeated(reportStart(), ' ', 200);
    const QByteArray gz = gzip(gigabytes);
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("bomb.xml.gz"), gz},
        {QStringLiteral("bomb.zip"), zip({{QStringLiteral("report.xml"), gigabytes}})},
        // A gzip bomb stored in a zip: read through the zip member, never held whole.
        {QStringLiteral("nested.zip"), zip({stored(QStringLiteral("report.xml.gz"), gz)})},
        {QStringLiteral("twice.xml.gz.gz"), gzip(deflated(gz))},
        // Reports each below the per-report limit, together far beyond the per-file one (the
        // stored noise keeps the ratio below its bound).
        {QStringLiteral("many.zip"), zip({stored(QStringLiteral("padding.bin"), noise(2 * MiB)),
                                          {QStringLiteral("a.xml"), twoHundred},
                                          {QStringLiteral("b.xml"), twoHundred},
                                          {QStringLiteral("c.xml"), twoHundred}})},
        // 100 MiB in some 100 KiB: the ratio bound.
        {QStringLiteral("dense.xml.gz"), gzip(deflateRepeated(reportStart(), ' ', 100))},
        // A skipped member is inflated (and counted) all the same.
        {QStringLiteral("macosx.zip"),
         zip({stored(QStringLiteral("padding.bin"), noise(2 * MiB)),
              {QStringLiteral("__MACOSX/._report.xml"), deflateRepeated({}, '\0', 600)}})},
    };
    for (const auto& [name, bytes] : files) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        m_bombs.append(name);
    }
}

void TestArchiveBombs::refusedWhileInflating_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("reason");
    const QString bomb = QStringLiteral("refused as a probable zip bomb");
    const QString perReport = QStringLiteral(
        "this report inflates beyond 256 MiB (from a 2.0 MiB file), the most one report inside an archive "
        "may hold");
    QTest::newRow("gzip") << QStringLiteral("bomb.xml.gz")
                          << QStringList{QStringLiteral("bomb.xml: ") + bomb, perReport};
    QTest::newRow("zip") << QStringLiteral("bomb.zip")
                         << QStringList{QStringLiteral("bomb.zip / report.xml: ") + bomb, perReport};
    QTest::newRow("gzip in zip") << QStringLiteral("nested.zip")
                                 << QStringList{QStringLiteral("nested.zip / report.xml: ") + bomb,
                                                perReport};
    // The gzip of a gzip bomb is a few KiB: the ratio bound goes first.
    QTest::newRow("gzip in gzip") << QStringLiteral("twice.xml.gz.gz")
                                  << QStringList{
                                         QStringLiteral("twice.xml.gz.gz: ") + bomb,
                                         QStringLiteral("KiB file inflates more than 500 times its size")};
    QTest::newRow("many reports") << QStringLiteral("many.zip")
                                  << QStringList{QStringLiteral("many.zip: ") + bomb,
                                                 QStringLiteral("file inflates beyond 512 MiB, the most one "
                                                                "file may inflate to")};
    QTest::newRow("ratio") << QStringLiteral("dense.xml.gz")
                           << QStringList{QStringLiteral("dense.xml.gz: ") + bomb,
                                          QStringLiteral("KiB file inflates more than 500 times its size")};
    QTest::newRow("skipped member") << QStringLiteral("macosx.zip")
                                    << QStringList{QStringLiteral("macosx.zip: ") + bomb,
                                                   QStringLiteral("file inflates beyond 512 MiB")};
}

void TestArchiveBombs::refusedWhileInflating() {
    QFETCH(QString, file);
    QFETCH(QStringList, reason);
    QFile f(path(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    int reports = 0;
    const auto read =
        ReportArchiveReader().read(data, file, [&](ReportPayload&&) -> std::expected<void, QString> {
            ++reports;
            return {};
        });
    QVERIFY(!read.has_value());
    for (const QString& part : reason)
        QVERIFY2(read.error().contains(part), qPrintable(read.error()));
    QCOMPARE(reports, 0); // refused in the counting pass: nothing was handed over
}

void TestArchiveBombs::reportsWithinTheLimitsAreRead() {
    // The same framing with real sizes reads back byte for byte, one report at a time.
    // (Random hex: it compresses about as much as a real report, 2 times rather than 1000.)
    const QByteArray report = reportStart() + noise(3 * MiB / 2).toHex() + "</report_metadata></feedback>\n";
    const QByteArray gz = gzip(deflated(report));
    const QByteArray archive = zip({{QStringLiteral("a.xml"), deflated(report)},
                                    stored(QStringLiteral("b.xml.gz"), gz),
                                    {QStringLiteral("__MACOSX/._a.xml"), deflated("junk")}});
    QStringList names;
    const auto read = ReportArchiveReader().read(
        archive, QStringLiteral("set.zip"), [&](ReportPayload&& p) -> std::expected<void, QString> {
            if (p.data != report)
                return std::unexpected(QStringLiteral("%1 differs").arg(p.name));
            names.append(p.name);
            return {};
        });
    QVERIFY2(read.has_value(), read.has_value() ? "" : qPrintable(read.error()));
    QCOMPARE(names, (QStringList{QStringLiteral("set.zip / a.xml"), QStringLiteral("set.zip / b.xml")}));
    // The sink's own error stops the reading and comes back as it is.
    const auto stopped = ReportArchiveReader().read(archive, QStringLiteral("set.zip"),
                                                    [](ReportPayload&&) -> std::expected<void, QString> {
                                                        return std::unexpected(QStringLiteral("no"));
                                                    });
    QVERIFY(!stopped.has_value());
    QCOMPARE(stopped.error(), QStringLiteral("no"));
    // Exactly at the per-report limit is fine; one byte over is not.
    ReportArchiveLimits limits;
    limits.maxMemberBytes = report.size();
    QVERIFY(ReportArchiveReader(limits).read(gz, QStringLiteral("a.xml.gz")).has_value());
    limits.maxMemberBytes = report.size() - 1;
    QVERIFY(!ReportArchiveReader(limits).read(gz, QStringLiteral("a.xml.gz")).has_value());
}

void TestArchiveBombs::cliRefusesThemInLittleMemory() {
    const QString time = QStringLiteral("/usr/bin/time");
    if (!QFile::exists(time))
        QSKIP("GNU time (Debian package time) is not installed");
    QStringList args{QStringLiteral("-f"),
                     QStringLiteral("%M"),
                     QStringLiteral("-o"),
                     path(QStringLiteral("rss")),
                     qEnvironmentVariable("MAILSIGHT_CLI"),
                     QStringLiteral("--history"),
                     path(QStringLiteral("h.sqlite")),
                     QStringLiteral("reports"),
                     QStringLiteral("import")};
    for (const QString& bomb : std::as_const(m_bombs))
        args.append(path(bomb));
    QProcess p;
    p.start(time, args);
    QVERIFY(p.waitForFinished(300000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 1);
    for (const QString& bomb : std::as_const(m_bombs))
        QVERIFY2(out.contains(QStringLiteral("REFUSED    ") + path(bomb)), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("refused as a probable zip bomb")), m_bombs.size());
    QVERIFY2(out.contains(QStringLiteral("0 imported, 0 duplicate, %1 refused").arg(m_bombs.size())),
             qPrintable(out));
    QFile rss(path(QStringLiteral("rss")));
    QVERIFY(rss.open(QIODevice::ReadOnly));
    const qint64 kib = rss.readAll().trimmed().split('\n').constLast().toLongLong();
    QVERIFY(kib > 0);
#if defined(__SANITIZE_ADDRESS__) || MAILSIGHT_CLANG_ASAN
    // AddressSanitizer's shadow memory and quarantine come on top; still far below one kept report.
    const qint64 limitKib = 200 * 1024;
#else
    const qint64 limitKib = 100'000'000 / 1024; // 100 MB
#endif
    qInfo("peak memory of mailsight-cli importing %d bombs: %lld KiB", int(m_bombs.size()), kib);
    QVERIFY2(kib < limitKib, qPrintable(QStringLiteral("%1 KiB").arg(kib)));
}

QTEST_GUILESS_MAIN(TestArchiveBombs)
#include "tst_archivebombs.moc"
