// Differential test of AggregateReportFastParser against the reference AggregateReportParser
// (QXmlStreamReader): on every sample, generated report and mutation of them, whenever the fast
// reader vouches for a document the reference accepts it too, with the same header, records
// (null and empty strings told apart) and warnings.
#include "ReportTestUtil.h"
#include "reports/AggregateReportFastParser.h"
#include "reports/AggregateReportParser.h"
#include "reports/MimeAttachmentExtractor.h"
#include "reports/ReportArchiveReader.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ReportTestUtil;

namespace {
QString s(const QString& v) {
    return v.isNull() ? QStringLiteral("<null>") : QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString describe(const AggregateReportHeader& h) {
    return QStringList{s(h.version),
                       s(h.namespaceUri),
                       s(h.orgName),
                       s(h.email),
                       s(h.extraContactInfo),
                       s(h.reportId),
                       s(h.generator),
                       QString::number(h.begin),
                       QString::number(h.end),
                       h.errors.join(u'|'),
                       s(h.domain),
                       s(h.adkim),
                       s(h.aspf),
                       s(h.p),
                       s(h.sp),
                       s(h.np),
                       s(h.pct),
                       s(h.fo),
                       s(h.testing),
                       s(h.discoveryMethod)}
        .join(u',');
}

QString describe(const AggregateRecord& r) {
    QStringList out{s(r.sourceIp),    QString::number(r.count), s(r.disposition),
                    s(r.dkimAligned), s(r.spfAligned),          r.reasons.join(u'|'),
                    s(r.headerFrom),  s(r.envelopeFrom),        s(r.envelopeTo)};
    for (const DmarcDkimAuth& d : r.dkim)
        out << QStringLiteral("dkim(%1,%2,%3,%4)")
                   .arg(s(d.domain), s(d.selector), s(d.result), s(d.humanResult));
    for (const DmarcSpfAuth& p : r.spf)
        out << QStringLiteral("spf(%1,%2,%3)").arg(s(p.domain), s(p.scope), s(p.result));
    return out.join(u',');
}

struct Read {
    bool ok = false;
    QString error;
    QString header;
    QStringList records;
    QStringList warnings;
    qint64 messages = 0;
};

Read reference(const QByteArray& xml) {
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    Read read;
    const auto outcome = AggregateReportParser::parse(
        &buffer, [](const AggregateReportHeader&) { return true; },
        [&](const AggregateRecord& r) {
            read.records << describe(r);
            return true;
        });
    read.ok = outcome.has_value();
    if (!outcome) {
        read.error = outcome.error();
        return read;
    }
    read.header = describe(outcome->header);
    read.warnings = outcome->warnings;
    read.messages = outcome->messages;
    return read;
}

std::optional<Read> fast(const QByteArray& xml) {
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    Read read;
    const auto outcome = AggregateReportFastParser::parse(
        &buffer, [](const AggregateReportHeader&) { return true; },
        [&](const AggregateRecord& r) {
            read.records << describe(r);
            return true;
        });
    if (!outcome)
        return std::nullopt;
    read.ok = true;
    read.header = describe(outcome->header);
    read.warnings = outcome->warnings;
    read.messages = outcome->messages;
    return read;
}

QList<QPair<QString, QByteArray>> samples() {
    QList<QPair<QString, QByteArray>> out;
    const QString root =
        qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/reports/dmarc-reports");
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    ReportArchiveReader archives;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        const QString name = QFileInfo(path).fileName();
        QList<ReportPayload> containers{{name, data}};
        if (MimeAttachmentExtractor::looksLikeMessage(data.left(4096)))
            containers = MimeAttachmentExtractor::extract(data, name).attachments;
        for (const ReportPayload& c : std::as_const(containers)) {
            if (!ReportArchiveReader::isCompressed(c.data.left(4096))) {
                out.append({c.name, c.data});
                continue;
            }
            if (const auto payloads = archives.read(c.data, c.name))
                for (const ReportPayload& p : *payloads)
                    out.append({p.name, p.data});
        }
    }
    return out;
}

QByteArray generated(int rows, const QString& variant) {
    QList<Row> list;
    for (int i = 0; i < rows; ++i) {
        Row r(i % 7 == 0 ? QStringLiteral("2001:db8::%1").arg(i, 0, 16)
                         : QStringLiteral("192.0.2.%1").arg(i % 250),
              1 + i % 13);
        if (i % 3 == 0)
            r.spf = QStringLiteral("fail");
        if (i % 5 == 0) {
            r.dkimSelector = QStringLiteral("s%1").arg(i % 4);
            r.dkimResult = i % 2 ? QStringLiteral("pass") : QStringLiteral("fail");
        }
        if (i % 11 == 0)
            r.disposition = QStringLiteral("quarantine");
        list << r;
    }
    QByteArray xml = aggregateXml(QStringLiteral("gen.example"), QStringLiteral("g-%1").arg(rows),
                                  QStringLiteral("example.com"), QDate(2024, 5, 1), list);
    if (variant == u"namespaced")
        xml.replace("<feedback>", "<feedback xmlns=\"urn:ietf:params:xml:ns:dmarc-2.0\" "
                                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    else if (variant == u"crlf")
        xml.replace("\n", "\r\n");
    else if (variant == u"entities")
        xml.replace("<org_name>gen.example", "<org_name>gen &amp; co &lt;x&gt; &quot;q&quot; &apos;a&apos;");
    else if (variant == u"spaces")
        xml.replace("<count>", "<count> ").replace("</header_from>", " </header_from>");
    else if (variant == u"empty")
        xml.replace("<header_from>example.com</header_from>", "<header_from></header_from>")
            .replace("<version>1.0</version>", "<version/>");
    else if (variant == u"upper")
        xml.replace("<spf>fail</spf>", "<spf>FAIL</spf>");
    else if (variant == u"utf8")
        xml.replace("<org_name>gen.example", "<org_name>g\xC3\xA9n.example");
    else if (variant == u"nodecl")
        xml.remove(0, xml.indexOf('\n') + 1);
    else if (variant == u"bom")
        xml.prepend("\xEF\xBB\xBF");
    return xml;
}
} // namespace

class TestReportFastParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameAsReference_data();
    void sameAsReference();
    void vouchesForTheCommonShape();
    void mutations();
    void importUsesItAndFallsBack();
};

void TestReportFastParser::sameAsReference_data() {
    QTest::addColumn<QByteArray>("xml");
    const auto list = samples();
    QVERIFY(list.size() >= 20);
    for (const auto& [name, data] : list)
        QTest::newRow(qPrintable(name)) << data;
    for (const char* v :
         {"plain", "namespaced", "crlf", "entities", "spaces", "empty", "upper", "utf8", "nodecl", "bom"})
        QTest::newRow(v) << generated(40, QLatin1String(v));
}

void TestReportFastParser::sameAsReference() {
    QFETCH(QByteArray, xml);
    const Read ref = reference(xml);
    const auto f = fast(xml);
    if (!f)
        return; // left to the reference: nothing to compare
    QVERIFY2(ref.ok,
             qPrintable(QStringLiteral("fast reader accepted what the reference refuses: ") + ref.error));
    QCOMPARE(f->header, ref.header);
    QCOMPARE(f->records, ref.records);
    QCOMPARE(f->warnings, ref.warnings);
    QCOMPARE(f->messages, ref.messages);
}

void TestReportFastParser::vouchesForTheCommonShape() {
    // The shapes it is for must not fall back (else it would be useless, not wrong).
    for (const char* v : {"plain", "namespaced", "crlf", "entities", "spaces", "empty", "nodecl", "bom"})
        QVERIFY2(fast(generated(40, QLatin1String(v))).has_value(), v);
    // Odd values and non-ASCII are the reference's.
    QVERIFY(!fast(generated(40, QStringLiteral("upper"))).has_value());
    QVERIFY(!fast(generated(40, QStringLiteral("utf8"))).has_value());
}

void TestReportFastParser::mutations() {
    // Truncations and single-byte changes of a generated report and of the samples: whenever the
    // fast reader vouches for one, the reference agrees in every detail.
    QList<QByteArray> bases{generated(6, QStringLiteral("plain")),
                            generated(6, QStringLiteral("namespaced"))};
    for (const auto& sample : samples())
        if (sample.second.size() < 8000)
            bases << sample.second;
    const QByteArray replacements("<>&/\"'= x\x80\x01;:");
    int vouched = 0;
    int checked = 0;
    for (const QByteArray& base : std::as_const(bases)) {
        QList<QByteArray> variants;
        for (qsizetype cut = 0; cut < base.size(); cut += 7)
            variants << base.left(cut);
        for (qsizetype at = 0; at < base.size(); at += 5) {
            QByteArray changed = base;
            changed[at] = replacements.at(at % replacements.size());
            variants << changed;
            QByteArray removed = base;
            removed.remove(at, 1);
            variants << removed;
        }
        for (const QByteArray& xml : std::as_const(variants)) {
            ++checked;
            const auto f = fast(xml);
            if (!f)
                continue;
            ++vouched;
            const Read ref = reference(xml);
            QVERIFY2(ref.ok,
                     qPrintable(QStringLiteral("fast reader accepted what the reference refuses (%1): %2")
                                    .arg(ref.error, QString::fromLatin1(xml.left(400)))));
            QCOMPARE(f->header, ref.header);
            QCOMPARE(f->records, ref.records);
            QCOMPARE(f->warnings, ref.warnings);
        }
    }
    qInfo("%d variants, %d vouched for by the fast reader", checked, vouched);
    QVERIFY(vouched > 0);
}

void TestReportFastParser::importUsesItAndFallsBack() {
    // The in-memory entry point takes the fast path or the reference; the result is the same.
    for (const char* v : {"plain", "upper", "utf8"}) {
        const QByteArray xml = generated(30, QLatin1String(v));
        const auto whole = AggregateReportParser::parse(xml);
        VERIFY_EXPECTED(whole);
        QCOMPARE(whole->records.size(), 30);
        const Read ref = reference(xml);
        QCOMPARE(whole->warnings, ref.warnings);
    }
    // A truncated report is refused with the reference's reason.
    const QByteArray xml = generated(30, QStringLiteral("plain"));
    const auto truncated = AggregateReportParser::parse(xml.left(xml.size() / 2));
    QVERIFY(!truncated.has_value());
    QVERIFY2(truncated.error().contains(QStringLiteral("Premature end of document")),
             qPrintable(truncated.error()));
}

QTEST_GUILESS_MAIN(TestReportFastParser)
#include "tst_reportfastparser.moc"
