// RecordPipeline: the parser on a worker thread, the sinks on the calling thread, in order; a
// refused header stops the parser before any record; a record sink's "stop" delivers nothing more.
#include "reports/RecordPipeline.h"

#include <QTest>
#include <QThread>

namespace {
// A parser that delivers a header and `count` records numbered 0..count-1, and notes where it ran
// and whether it was told to stop.
struct FakeParse {
    int count = 0;
    QThread* ranOn = nullptr;
    bool headerAccepted = false;
    int delivered = 0;
    bool stoppedEarly = false;

    RecordPipeline::Parse function() {
        return [this](const AggregateReportParser::HeaderSink& header,
                      const AggregateReportParser::RecordSink& rec) {
            ranOn = QThread::currentThread();
            AggregateReportHeader h;
            h.domain = QStringLiteral("example.com");
            headerAccepted = header(h);
            if (!headerAccepted)
                return;
            for (int i = 0; i < count; ++i) {
                AggregateRecord r;
                r.count = i;
                r.sourceIp = QStringLiteral("192.0.2.%1").arg(i % 250);
                ++delivered;
                if (!rec(r)) {
                    stoppedEarly = true;
                    return;
                }
            }
        };
    }
};
} // namespace

class TestRecordPipeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void largeInputsRunTheParserOnAWorkerInOrder();
    void smallInputsStayOnTheCallingThread();
    void aRefusedHeaderStopsBeforeAnyRecord();
    void aRecordSinkStopDeliversNothingMore();
};

void TestRecordPipeline::largeInputsRunTheParserOnAWorkerInOrder() {
    FakeParse parse{.count = 10 * RecordPipeline::Chunk * RecordPipeline::Depth + 17};
    QList<qint64> seen;
    bool sinksOnCaller = true;
    RecordPipeline::run(
        RecordPipeline::ThreadedFrom, parse.function(),
        [&](const AggregateReportHeader& h) {
            sinksOnCaller = sinksOnCaller && QThread::currentThread() == thread();
            return h.domain == u"example.com";
        },
        [&](const AggregateRecord& r) {
            sinksOnCaller = sinksOnCaller && QThread::currentThread() == thread();
            seen.append(r.count);
            return true;
        });
    QVERIFY(parse.ranOn != nullptr && parse.ranOn != thread());
    QVERIFY(sinksOnCaller);
    QVERIFY(parse.headerAccepted);
    QCOMPARE(seen.size(), parse.count);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), qint64(i));
}

void TestRecordPipeline::smallInputsStayOnTheCallingThread() {
    FakeParse parse{.count = 5};
    int seen = 0;
    RecordPipeline::run(
        RecordPipeline::ThreadedFrom - 1, parse.function(), [](const AggregateReportHeader&) { return true; },
        [&](const AggregateRecord&) { return ++seen > 0; });
    QCOMPARE(parse.ranOn, thread());
    QCOMPARE(seen, 5);
}

void TestRecordPipeline::aRefusedHeaderStopsBeforeAnyRecord() {
    FakeParse parse{.count = 1000};
    int seen = 0;
    RecordPipeline::run(
        RecordPipeline::ThreadedFrom, parse.function(), [](const AggregateReportHeader&) { return false; },
        [&](const AggregateRecord&) { return ++seen > 0; });
    QVERIFY(!parse.headerAccepted);
    QCOMPARE(parse.delivered, 0);
    QCOMPARE(seen, 0);
}

void TestRecordPipeline::aRecordSinkStopDeliversNothingMore() {
    FakeParse parse{.count = 100 * RecordPipeline::Chunk};
    const int stopAt = RecordPipeline::Chunk + 3;
    int seen = 0;
    RecordPipeline::run(
        RecordPipeline::ThreadedFrom, parse.function(), [](const AggregateReportHeader&) { return true; },
        [&](const AggregateRecord&) { return ++seen < stopAt; });
    QCOMPARE(seen, stopAt);
    // The parser was told to stop: it read at most the chunks the queue holds beyond the one read.
    QVERIFY(parse.stoppedEarly);
    QVERIFY2(parse.delivered <= (RecordPipeline::Depth + 3) * RecordPipeline::Chunk,
             qPrintable(QString::number(parse.delivered)));
}

QTEST_GUILESS_MAIN(TestRecordPipeline)
#include "tst_recordpipeline.moc"
