// The pure parts of BIMI: the assertion record (draft-brand-indicators-for-message-identification
// §5.3), the SVG Tiny PS profile check (including hostile XML: DTDs, entity bombs, deep nesting,
// gzip bombs), the RFC 3709 logotype DER reader and data: URIs, and the DMARC prerequisite (§8.1).
#include "dmarc/DmarcRecordParser.h"
#include "transport/BimiCheck.h"
#include "transport/BimiGzip.h"
#include "transport/BimiLogotype.h"
#include "transport/BimiRecord.h"
#include "transport/BimiSvgProfileChecker.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray testFile(const QString& name) {
    QFile f(qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/bimi/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gzip(const QByteArray& data) {
    z_stream s{};
    deflateInit2(&s, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 32, '\0');
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

const QByteArray svgHead =
    R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny-ps" viewBox="0 0 10 10">)";

QByteArray svg(const QByteArray& inner) {
    return svgHead + "<title>T</title>" + inner + "</svg>";
}

BimiResult::Dmarc prerequisite(const QString& domain, const QString& text) {
    DmarcDiscoveryResult d;
    d.fromDomain = domain;
    d.fromExists = true;
    for (DmarcAppliedRecord* a : {&d.rfc9989, &d.rfc7489}) {
        a->recordDomain = domain;
        a->record = DmarcRecordParser::parse(text);
    }
    BimiResult::Dmarc out;
    BimiCheck::evaluateDmarc(domain, d, out);
    return out;
}
} // namespace

class TestBimiParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void record_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("declined");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("evidence");
        const QString l = u"https://www.example.com/logo.svg"_s;
        const QString a = u"https://www.example.com/vmc.pem"_s;
        QTest::newRow("full") << u"v=BIMI1; l=%1; a=%2"_s.arg(l, a) << true << false << l << a;
        QTest::newRow("trailing ;") << u"v=BIMI1;l=%1;"_s.arg(l) << true << false << l << QString();
        QTest::newRow("spaces around =") << u"v = BIMI1; l = %1"_s.arg(l) << true << false << l << QString();
        QTest::newRow("declination") << u"v=BIMI1; l=; a=;"_s << true << true << QString() << QString();
        QTest::newRow("declination, no a") << u"v=BIMI1; l="_s << true << true << QString() << QString();
        QTest::newRow("declination with lps")
            << u"v=BIMI1; l=; a=; lps=brand-indicators-;"_s << true << true << QString() << QString();
        QTest::newRow("unknown tag ignored")
            << u"v=BIMI1; l=%1; x=whatever"_s.arg(l) << true << false << l << QString();
        QTest::newRow("avp personal")
            << u"v=BIMI1; l=%1; avp=personal"_s.arg(l) << true << false << l << QString();
        QTest::newRow("no l") << u"v=BIMI1; a=%1"_s.arg(a) << false << false << QString() << a;
        QTest::newRow("empty l, a set") << u"v=BIMI1; l=; a=%1"_s.arg(a) << false << false << QString() << a;
        QTest::newRow("http logo") << u"v=BIMI1; l=http://www.example.com/logo.svg"_s << false << false
                                   << QString() << QString();
        QTest::newRow("two logos") << u"v=BIMI1; l=%1,%1"_s.arg(l) << false << false << QString()
                                   << QString();
        QTest::newRow("png logo") << u"v=BIMI1; l=https://www.example.com/logo.png"_s << false << false
                                  << u"https://www.example.com/logo.png"_s << QString();
        QTest::newRow("a not https") << u"v=BIMI1; l=%1; a=ftp://www.example.com/v.pem"_s.arg(l) << false
                                     << false << l << QString();
        QTest::newRow("host not fqdn")
            << u"v=BIMI1; l=https://localhost/logo.svg"_s << false << false << QString() << QString();
        QTest::newRow("version case")
            << u"v=bimi1; l=%1"_s.arg(l) << false << false << QString() << QString();
        QTest::newRow("version not first")
            << u"l=%1; v=BIMI1"_s.arg(l) << false << false << QString() << QString();
        QTest::newRow("l twice") << u"v=BIMI1; l=%1; l=%1"_s.arg(l) << false << false << l << QString();
        QTest::newRow("empty field") << u"v=BIMI1;; l=%1"_s.arg(l) << false << false << l << QString();
        QTest::newRow("not tag=value") << u"v=BIMI1; l=%1; junk"_s.arg(l) << false << false << l << QString();
        QTest::newRow("bad lps") << u"v=BIMI1; l=%1; lps=a_b"_s.arg(l) << false << false << l << QString();
        QTest::newRow("empty") << QString() << false << false << QString() << QString();
    }
    void record() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, declined);
        QFETCH(QString, location);
        QFETCH(QString, evidence);
        const BimiRecord r = BimiRecord::parse(text);
        QVERIFY2(r.isValid() == valid, qPrintable(r.errors.join(u"; "_s)));
        QCOMPARE(r.isDeclination(), declined);
        QCOMPARE(r.location, location);
        QCOMPARE(r.evidence, evidence);
    }
    void recordDetails() {
        const BimiRecord r =
            BimiRecord::parse(u"v=BIMI1; l=https://www.example.com/l.svg; lps=a,b-c; avp=odd"_s);
        QVERIFY(r.isValid());
        QCOMPARE(r.localPartPrefixes, (QStringList{u"a"_s, u"b-c"_s}));
        QCOMPARE(r.avatarPreference, u"brand"_s);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(BimiRecord::recordName(u"example.com"_s), u"default._bimi.example.com"_s);
        QCOMPARE(
            BimiRecord::candidates({u"v=BIMI1; l="_s, u"v=spf1 -all"_s, u"v=BIMI2; l="_s, u"v = BIMI1;l="_s}),
            (QStringList{u"v=BIMI1; l="_s, u"v = BIMI1;l="_s}));
    }

    void svgProfile_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error"); // "" = valid; else a part of one error
        QTest::newRow("good file") << testFile(u"good.svg"_s) << QString();
        QTest::newRow("minimal") << svg("<rect width=\"10\" height=\"10\"/>") << QString();
        QTest::newRow("local href") << svg("<defs><g id=\"a\"/></defs><use xlink:href=\"#a\" "
                                           "xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>")
                                    << QString();
        QTest::newRow("local url()") << svg("<circle r=\"3\" fill=\"url(#g)\"/>") << QString();
        QTest::newRow("svgz") << gzip(testFile(u"good.svg"_s)) << QString();
        QTest::newRow("scripted file") << testFile(u"scripted.svg"_s) << u"<script>"_s;
        QTest::newRow("external file") << testFile(u"external.svg"_s) << u"external references"_s;
        QTest::newRow("nonsquare file") << testFile(u"nonsquare.svg"_s) << u"not square"_s;
        QTest::newRow("oversized file") << testFile(u"oversized.svg"_s) << u"32 KiB"_s;
        QTest::newRow("event attribute") << svg("<rect onclick=\"x()\"/>") << u"event attribute onclick"_s;
        QTest::newRow("image") << svg("<image href=\"logo.png\"/>") << u"<image>"_s;
        QTest::newRow("data raster") << svg("<use href=\"data:image/png;base64,AAAA\"/>") << u"raster data"_s;
        QTest::newRow("foreignObject") << svg("<foreignObject/>") << u"<foreignObject>"_s;
        QTest::newRow("animate") << svg("<rect><animate attributeName=\"x\"/></rect>") << u"animation"_s;
        QTest::newRow("set") << svg("<rect><set attributeName=\"x\" to=\"1\"/></rect>") << u"animation"_s;
        QTest::newRow("style import")
            << svg("<style>@import url(https://www.example.com/a.css);</style>") << u"<style>"_s;
        QTest::newRow("stylesheet PI")
            << QByteArray("<?xml-stylesheet href=\"https://www.example.com/s.css\"?>") + svg("")
            << u"processing instruction"_s;
        QTest::newRow("no title") << svgHead + "</svg>" << u"no <title>"_s;
        QTest::newRow("empty title") << svgHead + "<title> </title></svg>" << u"<title> is empty"_s;
        QTest::newRow("nested title only") << svgHead + "<g><title>T</title></g></svg>" << u"no <title>"_s;
        QTest::newRow("profile tiny")
            << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.2" )"
                          R"(baseProfile="tiny" viewBox="0 0 1 1"><title>T</title></svg>)")
            << u"not \"tiny-ps\""_s;
        QTest::newRow("version 1.1")
            << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.1" )"
                          R"(baseProfile="tiny-ps" viewBox="0 0 1 1"><title>T</title></svg>)")
            << u"not \"1.2\""_s;
        QTest::newRow("no viewBox") << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.2" )"
                                                  R"(baseProfile="tiny-ps"><title>T</title></svg>)")
                                    << u"no viewBox"_s;
        QTest::newRow("no namespace")
            << QByteArray(R"(<svg version="1.2" baseProfile="tiny-ps" viewBox="0 0 1 1">)"
                          R"(<title>T</title></svg>)")
            << u"SVG namespace"_s;
        QTest::newRow("html") << QByteArray("<html><body/></html>") << u"not <svg>"_s;
        QTest::newRow("not xml") << QByteArray("GIF89a\x01\x00") << u"not"_s;
        QTest::newRow("truncated") << svgHead + "<title>T</title><g>" << u"ends before"_s;
        QTest::newRow("empty") << QByteArray("") << u"empty"_s;
        // XXE and billion laughs: the DTD is refused before any entity could be read or expanded.
        QTest::newRow("xxe") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM "
                                           "\"file:///etc/passwd\">]>") +
                                    svg("<text>&x;</text>")
                             << u"DTD"_s;
        QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a0 \"lol\">";
        for (int i = 1; i < 10; ++i)
            laughs += QByteArray("<!ENTITY a") + QByteArray::number(i) + " \"" +
                      QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
        laughs += "]>" + svg("<text>&a9;</text>");
        QTest::newRow("billion laughs") << laughs << u"DTD"_s;
        QTest::newRow("too deep") << svgHead + "<title>T</title>" + QByteArray("<g>").repeated(100) +
                                         QByteArray("</g>").repeated(100) + "</svg>"
                                  << u"deep"_s;
        QTest::newRow("gzip bomb") << gzip(svgHead + "<title>T</title>" + QByteArray(1 << 20, ' ') + "</svg>")
                                   << u"expands to more than"_s;
        QTest::newRow("bad gzip") << QByteArray("\x1f\x8b\x08\x00garbage", 12) << u"cannot be decompressed"_s;
    }
    void svgProfile() {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        QVERIFY(!data.isNull());
        const BimiSvgProfileChecker::Result r = BimiSvgProfileChecker::check(data);
        if (error.isEmpty()) {
            QVERIFY2(r.valid(), qPrintable(r.errors.join(u"; "_s)));
            QVERIFY(!r.title.isEmpty());
            QVERIFY(r.svg.startsWith("<"));
        } else {
            QVERIFY2(!r.valid(), "expected an error");
            QVERIFY2(r.errors.join(u"; "_s).contains(error), qPrintable(r.errors.join(u"; "_s)));
        }
    }
    void svgTitleAndErrorsListed() {
        const auto r = BimiSvgProfileChecker::check(testFile(u"good.svg"_s));
        QCOMPARE(r.title, u"Example Brand"_s);
        // Every problem is listed, each once.
        const auto bad = BimiSvgProfileChecker::check(svg("<script/><script/><rect onload=\"a\"/><image/>"));
        QCOMPARE(bad.errors.size(), 3);
    }

    void gzipRoundTrip() {
        const QByteArray text = testFile(u"good.svg"_s);
        QVERIFY(BimiGzip::isGzip(gzip(text)));
        QCOMPARE(BimiGzip::inflate(gzip(text), 1 << 20).value(), text);
        QVERIFY(!BimiGzip::inflate(gzip(text).left(20), 1 << 20).has_value());
    }

    void logotypeFromScript() {
        // The same builder the https fixture uses for its Mark Certificates.
        QProcess p;
        p.start(u"python3"_s,
                {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u"/tests/transport/bimi_logotype.py"_s,
                 qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/bimi/good.svg"_s});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray der = QByteArray::fromHex(p.readAllStandardOutput().trimmed());
        QVERIFY(!der.isEmpty());
        const BimiLogotype l = BimiLogotype::parse(der);
        QVERIFY2(l.errors.isEmpty(), qPrintable(l.errors.join(u"; "_s)));
        QCOMPARE(l.images.size(), 1);
        QCOMPARE(l.images[0].mediaType, u"image/svg+xml"_s);
        QCOMPARE(l.images[0].hashes.size(), 1);
        QCOMPARE(l.images[0].hashes[0].algorithm, u"sha256"_s);
        const auto data = BimiLogotype::decodeDataUri(l.images[0].uris.value(0));
        QVERIFY(data.has_value());
        QCOMPARE(data->first, u"image/svg+xml"_s);
        QCOMPARE(QCryptographicHash::hash(data->second, QCryptographicHash::Sha256),
                 l.images[0].hashes[0].value);
        QCOMPARE(BimiGzip::inflate(data->second, 1 << 20).value(), testFile(u"good.svg"_s));
        // Every truncation is an error, never a crash.
        for (qsizetype n = 0; n < der.size(); n += 7)
            QVERIFY(!BimiLogotype::parse(der.left(n)).errors.isEmpty());
    }
    void logotypeShapes() {
        QVERIFY(!BimiLogotype::parse(QByteArray::fromHex("3000")).errors.isEmpty()); // no subjectLogo
        QVERIFY(!BimiLogotype::parse(QByteArray::fromHex("30 04 a2 02 a1 00")).errors.isEmpty()); // indirect
        QVERIFY(!BimiLogotype::parse(QByteArray::fromHex("30 84 ff ff ff ff")).errors.isEmpty());
        QVERIFY(!BimiLogotype::decodeDataUri(u"https://www.example.com/l.svg"_s).has_value());
        QVERIFY(!BimiLogotype::decodeDataUri(u"data:image/svg+xml;base64,!!!"_s).has_value());
        QCOMPARE(BimiLogotype::decodeDataUri(u"data:image/svg+xml,%3Csvg%3E"_s)->second, QByteArray("<svg>"));
    }

    void dmarcPrerequisite_data() {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("enforced");
        QTest::addColumn<QString>("problem");
        QTest::newRow("reject") << u"v=DMARC1; p=reject"_s << true << QString();
        QTest::newRow("quarantine pct=100") << u"v=DMARC1; p=quarantine; pct=100"_s << true << QString();
        QTest::newRow("none") << u"v=DMARC1; p=none; rua=mailto:d@example.com"_s << false << u"p=none"_s;
        QTest::newRow("pct=50") << u"v=DMARC1; p=reject; pct=50"_s << false << u"pct=50"_s;
        QTest::newRow("t=y") << u"v=DMARC1; p=reject; t=y"_s << false << u"t=y"_s;
        QTest::newRow("sp=none") << u"v=DMARC1; p=reject; sp=none"_s << false << u"sp=none"_s;
        QTest::newRow("no p") << u"v=DMARC1; rua=mailto:d@example.com"_s << false << u"p=none"_s;
    }
    void dmarcPrerequisite() {
        QFETCH(QString, record);
        QFETCH(bool, enforced);
        QFETCH(QString, problem);
        const BimiResult::Dmarc d = prerequisite(u"example.com"_s, record);
        QVERIFY(d.checked);
        QVERIFY2(d.enforced == enforced, qPrintable(d.problems.join(u"; "_s)));
        if (!problem.isEmpty())
            QVERIFY2(d.problems.join(u"; "_s).contains(problem), qPrintable(d.problems.join(u"; "_s)));
    }
    void dmarcMissing() {
        DmarcDiscoveryResult d;
        d.fromDomain = u"example.com"_s;
        BimiResult::Dmarc out;
        BimiCheck::evaluateDmarc(u"example.com"_s, d, out);
        QVERIFY(!out.enforced);
        QVERIFY(out.problems.join(u" "_s).contains(u"no DMARC policy"_s));
    }
};

QTEST_GUILESS_MAIN(TestBimiParsers)
#include "tst_bimiparsers.moc"
