#include "AuditJsonExporter.h"

#include "dns/QueryLogJsonWriter.h"

#include <QJsonDocument>
#include <QtConcurrent>

namespace {
// One report as an element of the top-level array: QJsonDocument's indented text of the report
// with every line indented one level more (a newline in QJsonDocument's output is always
// structural: inside strings it is escaped), without its final newline. A report that holds its
// query log as recorded entries gets the "queries" member written by QueryLogJsonWriter, spliced
// in where QJsonDocument would have put it (keys are sorted): the same bytes, a third of the cost.
QByteArray nested(const AuditReport& report) {
    const bool direct = !report.queryLog.isEmpty();
    const QByteArray text = QJsonDocument(report.toJson(!direct)).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(text.size() + text.count('\n') * 4 + 4 + (direct ? report.queryLog.size() * 1400 : 0));
    bool spliced = !direct;
    const auto splice = [&out, &report] {
        out.append("        \"queries\": ");
        QueryLogJsonWriter::appendArray(out, report.queryLog, 2);
    };
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line(text.constData() + start, end - start);
        if (start > 0)
            out.append('\n');
        // A member of the report object: exactly four spaces, then its quoted key.
        if (!spliced && line.size() > 5 && line.startsWith("    \"")) {
            const qsizetype close = line.indexOf('"', 5);
            if (close > 5 && line.sliced(5, close - 5) > QByteArrayView("queries")) {
                splice();
                out.append(",\n", 2);
                spliced = true;
            }
        }
        if (!spliced && line == "}") {
            // "queries" sorts after every other key: the member before it gets its comma.
            out.chop(1);
            out.append(",\n", 2);
            splice();
            out.append('\n');
            spliced = true;
        }
        out.append("    ", 4);
        out.append(line.data(), line.size());
        start = end + 1;
    }
    return out;
}
} // namespace

QByteArray AuditJsonExporter::element(const AuditReport& report) {
    return nested(report);
}

QByteArray AuditJsonExporter::line(const AuditReport& report) {
    QByteArray out = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    out.append('\n');
    return out;
}

QByteArray AuditJsonExporter::write(const QList<AuditReport>& reports) {
    if (reports.isEmpty())
        return QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented);
    // The same bytes as QJsonDocument(array of reports).toJson(Indented), but each report is
    // serialised on its own, on every core: a 200-domain batch is 30 MB of JSON, and writing it
    // in one piece took a fifth of the batch's CPU time, on one core, after the last answer.
    const QList<QByteArray> parts = QtConcurrent::blockingMapped(reports, nested);
    qsizetype size = 4;
    for (const QByteArray& p : parts)
        size += p.size() + 2;
    QByteArray out;
    out.reserve(size);
    out.append("[\n");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out.append(",\n");
        out.append(parts.at(i));
    }
    out.append("\n]\n");
    return out;
}
