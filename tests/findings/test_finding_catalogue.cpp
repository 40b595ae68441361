#include "findings/FindingCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFindingCatalogue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCodeIsCompleteAndUnique() {
        const QList<FindingDefinition> defs = FindingCatalogue::all();
        QVERIFY(!defs.isEmpty());
        QSet<QString> seen;
        static const QRegularExpression codeShape(u"^[A-Z0-9]+(-[A-Z0-9]+)+$"_s);
        for (const FindingDefinition& d : defs) {
            const QString code = QString::fromLatin1(d.code);
            QVERIFY2(codeShape.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(!seen.contains(code), qPrintable(u"duplicate code "_s + code));
            seen.insert(code);
            QVERIFY2(qstrlen(d.title) > 0 && qstrlen(d.explanation) > 0 && qstrlen(d.fix) > 0, d.code);
            // An RFC, or an Internet-Draft where no RFC exists yet (BIMI, SVG Tiny PS).
            const QString rfc = QString::fromUtf8(d.rfc);
            QVERIFY2(rfc.startsWith(u"RFC "_s) || rfc.startsWith(u"draft-"_s), d.code);
        }
    }
    void makeUsesTheCatalogue() {
        const Finding f = FindingCatalogue::make(u"DNS-INVALID-NAME", u"label too long"_s, {u"x.test"_s});
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.detail, u"label too long"_s);
        QCOMPARE(f.rfc, u"RFC 1035 §2.3.4"_s);
        QCOMPARE(f.area, u"dns"_s);
        const QJsonObject o = f.toJson();
        for (const char* key : {"code", "severity", "title", "detail", "rfc", "fix"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(Finding::fromJson(o), f);
    }
    // docs/findings.md is generated from the catalogue; it must not drift.
    void docsMatchCatalogue() {
        QFile doc(qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u"/docs/findings.md"_s);
        QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/findings.md is missing");
        const QString text = QString::fromUtf8(doc.readAll());
        QVERIFY2(text == FindingCatalogue::markdown(),
                 "docs/findings.md is stale: regenerate with `mailsight-cli findings --format markdown > "
                 "docs/findings.md`");
    }
};

QTEST_APPLESS_MAIN(TestFindingCatalogue)
#include "test_finding_catalogue.moc"
