#pragma once
// Runs a report parser on a worker thread while the calling thread stores what it delivers, so
// that reading a large aggregate report and writing its rows overlap on two cores (an import's
// time was the parse plus the SQLite writes, each about half).
//
// The sinks run on the calling thread (the database connection belongs to it), in the parser's
// order. The header is a rendezvous: the parser waits for the sink's answer, so a duplicate
// report stops it before any record is read. Records travel in chunks through a bounded queue
// (at most Depth chunks of Chunk records in flight). When a sink returns false, the parser is told
// to stop at its next record and what it delivered meanwhile is dropped, as if it had stopped at
// once. Small inputs are parsed on the calling thread (a thread costs more than it saves).

#include "AggregateReportParser.h"

#include <functional>

class RecordPipeline {
public:
    // Calls the parser with the sinks it must use; it runs on the worker thread and keeps its
    // result in what it captured (read it after run() returns).
    using Parse = std::function<void(const AggregateReportParser::HeaderSink&,
                                     const AggregateReportParser::RecordSink&)>;

    static constexpr int Chunk = 256;
    static constexpr int Depth = 8;
    // Inputs from this size on (bytes) are parsed on a worker thread.
    static constexpr qint64 ThreadedFrom = 256 * 1024;

    static void run(qint64 inputSize, const Parse& parse, const AggregateReportParser::HeaderSink& onHeader,
                    const AggregateReportParser::RecordSink& onRecord);
};
