// The Reports overview's biggest sources: volume bars stacked by DMARC result, the biggest on top;
// a source that never passes DMARC still draws its whole volume; long names elided on the axis.

#include "reports/ReportPlots.h"
#include "reports/SourceVolumeChart.h"

#include <QApplication>
#include <QTest>

namespace {
ReportSource source(const QString& ip, qint64 count, qint64 pass, qint64 rejected = 0,
                    const QString& reverse = {}) {
    ReportSource s;
    s.ip = ip;
    s.count = count;
    s.dmarc.pass = pass;
    s.dmarc.fail = count - pass;
    s.rejected = rejected;
    s.reverseName = reverse;
    return s;
}
} // namespace

class TestSourceVolumeChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zeroPercentSourceDrawsItsVolumeInVolumeOrder() {
        SourceVolumeChart chart;
        chart.resize(700, 360);
        // Given out of order; 192.0.2.20 never passes DMARC (0 %), and is the biggest.
        chart.setSources({source(QStringLiteral("192.0.2.10"), 100, 100),
                          source(QStringLiteral("192.0.2.20"), 500, 0),
                          source(QStringLiteral("192.0.2.30"), 40, 30, 10)});
        QCOMPARE(chart.shownSources().size(), 3);
        QCOMPARE(chart.shownSources().at(0).ip, QStringLiteral("192.0.2.20"));
        QCOMPARE(chart.shownSources().at(1).ip, QStringLiteral("192.0.2.10"));
        QCOMPARE(chart.shownSources().at(2).ip, QStringLiteral("192.0.2.30"));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.replot();
        const QImage image = chart.grab().toImage();
        const auto colourAt = [&](int row, double messages) {
            const int x = int(chart.xAxis->coordToPixel(messages));
            const int y = int(chart.yAxis->coordToPixel(row + 1));
            return image.pixelColor(QPoint(x, y) * image.devicePixelRatio());
        };
        // The 0 % source: its 500 messages in the "fail, delivered" colour, across the bar.
        QCOMPARE(colourAt(0, 250), ReportPlots::failColour());
        QCOMPARE(colourAt(0, 490), ReportPlots::failColour());
        QVERIFY(colourAt(0, 560) != ReportPlots::failColour()); // and no further
        QCOMPARE(colourAt(1, 50), ReportPlots::passColour());
        // 30 pass, then 10 rejected stacked on them.
        QCOMPARE(colourAt(2, 15), ReportPlots::passColour());
        QCOMPARE(colourAt(2, 35), ReportPlots::rejectColour());
        // The row under the mouse for the tooltip.
        QCOMPARE(chart.rowAt(QPoint(int(chart.xAxis->coordToPixel(10)), int(chart.yAxis->coordToPixel(2)))),
                 1);
        QCOMPARE(chart.rowAt(QPoint(5, 2)), -1);
    }

    void longNamesAreElidedWithTheFullTextKept() {
        SourceVolumeChart chart;
        const QString reverse =
            QStringLiteral("a-very-long-reverse-name-of-a-sending-host.outbound.mail.example.com");
        QList<ReportSource> many;
        for (int i = 0; i < 14; ++i)
            many << source(QStringLiteral("192.0.2.%1").arg(i + 1), 100 + i, 50, 0,
                           i == 13 ? reverse : QString());
        chart.setSources(many);
        QCOMPARE(chart.shownSources().size(), SourceVolumeChart::DefaultShown); // the biggest ten
        QCOMPARE(chart.shownSources().first().ip, QStringLiteral("192.0.2.14"));
        QCOMPARE(chart.fullLabel(0), QStringLiteral("192.0.2.14 (%1)").arg(reverse));
        QVERIFY(chart.axisLabel(0) != chart.fullLabel(0));
        QVERIFY(chart.axisLabel(0).contains(QChar(0x2026))); // …
        QVERIFY(QFontMetrics(chart.yAxis->tickLabelFont()).horizontalAdvance(chart.axisLabel(0)) <=
                SourceVolumeChart::LabelWidth);
        QCOMPARE(chart.axisLabel(1), QStringLiteral("192.0.2.13")); // short ones stay whole
    }
};

QTEST_MAIN(TestSourceVolumeChart)
#include "tst_sourcevolumechart.moc"
