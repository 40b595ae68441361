// `metrics --listen` reads HTTP requests from the network: any bytes as a request head must give
// one well-formed response (status line, Content-Length matching the body, Connection: close),
// 200 only for GET or HEAD of /metrics, and never the metrics for anything else. The same bytes
// as a label value must escape to one line that reads back as the value.
#include "monitor/MetricsHttpServer.h"
#include "monitor/PrometheusText.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QString unescape(const QString& escaped) {
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) != QLatin1Char('\\')) {
            out += escaped.at(i);
            continue;
        }
        if (++i >= escaped.size())
            std::abort(); // a lone backslash at the end
        const QChar c = escaped.at(i);
        if (c == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += c;
        else
            std::abort();
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const QByteArray metrics("m_x 1\n");
    const MetricsHttpServer::Provider provider = []() -> std::expected<QByteArray, QString> {
        return metrics;
    };
    const QByteArray response = MetricsHttpServer::respond(input, provider);
    if (!response.startsWith("HTTP/1.1 "))
        std::abort();
    const int status = response.mid(9, 3).toInt();
    if (status != 200 && status != 400 && status != 404 && status != 405)
        std::abort();
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (headEnd < 0 || !response.left(headEnd).contains("\r\nConnection: close"))
        std::abort();
    const QByteArray body = response.mid(headEnd + 4);
    qsizetype length = -1;
    for (const QByteArray& line : response.left(headEnd).split('\n'))
        if (line.startsWith("Content-Length: "))
            length = line.mid(16).trimmed().toLongLong();
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray line = (lineEnd < 0 ? input : input.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    const bool head = parts.size() == 3 && parts.at(0) == "HEAD";
    if (length < 0 || (!body.isEmpty() && body.size() != length) || (body.isEmpty() && !head && length != 0))
        std::abort();
    if (status == 200) {
        if (parts.size() != 3 || (parts.at(0) != "GET" && !head) ||
            parts.at(1).left(parts.at(1).indexOf('?') < 0 ? parts.at(1).size() : parts.at(1).indexOf('?')) !=
                "/metrics" ||
            body != (head ? QByteArray() : metrics))
            std::abort();
    } else if (body.contains(metrics)) {
        std::abort();
    }

    const QString value = QString::fromUtf8(input);
    const QString escaped = PrometheusText::escapeLabelValue(value);
    if (escaped.contains(QLatin1Char('\n')) || unescape(escaped) != value)
        std::abort();
    return 0;
}
