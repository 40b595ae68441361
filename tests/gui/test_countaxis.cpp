// Count axes (messages, sessions, lookups, findings) tick only on whole numbers.
#include "QCustomPlotHeader.h"
#include "charts/CountAxisTicker.h"

#include <QtTest>

#include <cmath>

class TestCountAxis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeStep_data();
    void wholeStep();
    void ticksAreWhole_data();
    void ticksAreWhole();
};

void TestCountAxis::wholeStep_data() {
    QTest::addColumn<double>("nice");
    QTest::addColumn<double>("whole");
    QTest::newRow("0.2") << 0.2 << 1.0;
    QTest::newRow("0.5") << 0.5 << 1.0;
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("2") << 2.0 << 2.0;
    QTest::newRow("2.5") << 2.5 << 2.0;
    QTest::newRow("5") << 5.0 << 5.0;
    QTest::newRow("25") << 25.0 << 25.0;
    QTest::newRow("nan") << std::nan("") << 1.0;
}

void TestCountAxis::wholeStep() {
    QFETCH(double, nice);
    QFETCH(double, whole);
    QCOMPARE(CountAxisTicker::wholeStep(nice), whole);
}

void TestCountAxis::ticksAreWhole_data() {
    QTest::addColumn<double>("upper");
    for (const double upper : {1.1, 2.2, 3.3, 5.5, 7.0, 11.0, 27.5, 55.0, 1234.0})
        QTest::newRow(qPrintable(QString::number(upper))) << upper;
}

void TestCountAxis::ticksAreWhole() {
    QFETCH(double, upper);
    QCustomPlot plot;
    plot.resize(400, 600); // tall: QCustomPlot asks for more ticks, the case that made "2.5 sessions"
    CountAxisTicker::install(plot.yAxis);
    plot.yAxis->setRange(0, upper);
    plot.replot();
    const QVector<double> ticks = plot.yAxis->tickVector();
    const QVector<QString> labels = plot.yAxis->tickVectorLabels();
    QVERIFY(ticks.size() >= 2);
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        QCOMPARE(ticks[i], std::round(ticks[i]));
        QVERIFY2(!labels[i].contains(QLatin1Char('.')) && !labels[i].contains(QLatin1Char('e')),
                 qPrintable(labels[i]));
    }
}

QTEST_MAIN(TestCountAxis)
#include "test_countaxis.moc"
