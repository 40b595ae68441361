// The text exposition format 0.0.4 as PrometheusText writes it: escaping, numbers, families.
#include "monitor/PrometheusText.h"

#include <QTest>

#include <limits>

class TestPrometheusText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelEscaping_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("say \\\"hi\\\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("all three") << QStringLiteral("\\\"\n") << QStringLiteral("\\\\\\\"\\n");
        // Other bytes go through as UTF-8, unescaped, as the format allows.
        QTest::newRow("unicode and tab")
            << QStringLiteral("bücher\t.test") << QStringLiteral("bücher\t.test");
    }
    void labelEscaping() {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(PrometheusText::escapeLabelValue(value), escaped);
    }

    void helpEscapesBackslashAndNewlineOnly() {
        QCOMPARE(PrometheusText::escapeHelp(QStringLiteral("a \"b\" \\ c\nd")),
                 QStringLiteral("a \"b\" \\\\ c\\nd"));
    }

    void values_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("integer") << 2048.0 << QByteArray("2048");
        QTest::newRow("negative") << -86400.0 << QByteArray("-86400");
        QTest::newRow("ratio") << 0.95 << QByteArray("0.95");
        QTest::newRow("milliseconds") << 1796464670.186 << QByteArray("1796464670.186");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }
    void values() {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(PrometheusText::formatValue(value), text);
    }

    void familiesGroupTheirSamples() {
        PrometheusText t;
        t.family(QStringLiteral("a_metric"), QStringLiteral("First\nline"));
        t.family(QStringLiteral("b_metric"), QStringLiteral("Second"), PrometheusText::Type::Counter);
        t.family(QStringLiteral("empty_metric"), QStringLiteral("Never sampled"));
        t.sample(QStringLiteral("b_metric"), {}, 1);
        t.sample(QStringLiteral("a_metric"), {{QStringLiteral("domain"), QStringLiteral("x\"y")}}, 2);
        t.sample(QStringLiteral("b_metric"), {{QStringLiteral("k"), QStringLiteral("v")}}, 3);
        // A second declaration keeps the first help and type.
        t.family(QStringLiteral("b_metric"), QStringLiteral("Other"), PrometheusText::Type::Gauge);
        QCOMPARE(t.toText(), QByteArray("# HELP a_metric First\\nline\n"
                                        "# TYPE a_metric gauge\n"
                                        "a_metric{domain=\"x\\\"y\"} 2\n"
                                        "# HELP b_metric Second\n"
                                        "# TYPE b_metric counter\n"
                                        "b_metric 1\n"
                                        "b_metric{k=\"v\"} 3\n"));
    }

    void nothingSampledIsEmpty() {
        PrometheusText t;
        t.family(QStringLiteral("a_metric"), QStringLiteral("Help"));
        QVERIFY(t.toText().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
