#include "MimeAttachmentExtractor.h"

#include <QHash>
#include <QRegularExpression>

namespace {

constexpr int MaxDepth = 12;

struct Entity {
    QHash<QByteArray, QByteArray> headers; // lower-case name -> unfolded value (first occurrence)
    QByteArrayView body;
};

Entity splitEntity(QByteArrayView text) {
    Entity e;
    qsizetype headerEnd = -1;
    qsizetype bodyStart = text.size();
    if (text.startsWith("\n")) {
        headerEnd = 0;
        bodyStart = 1;
    } else if (const qsizetype i = text.indexOf(QByteArrayView("\n\n")); i >= 0) {
        headerEnd = i;
        bodyStart = i + 2;
    } else {
        headerEnd = text.size();
    }
    const QByteArrayView head = text.first(headerEnd);
    QByteArray currentName;
    QByteArray currentValue;
    auto flush = [&] {
        if (!currentName.isEmpty() && !e.headers.contains(currentName))
            e.headers.insert(currentName, currentValue.trimmed());
        currentName.clear();
        currentValue.clear();
    };
    qsizetype pos = 0;
    while (pos < head.size()) {
        qsizetype eol = head.indexOf('\n', pos);
        if (eol < 0)
            eol = head.size();
        const QByteArrayView line = head.sliced(pos, eol - pos);
        pos = eol + 1;
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            currentValue += ' ';
            currentValue += line.trimmed().toByteArray();
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // "From " line of an mbox, or junk
        currentName = line.first(colon).trimmed().toByteArray().toLower();
        currentValue = line.sliced(colon + 1).toByteArray();
    }
    flush();
    e.body = bodyStart <= text.size() ? text.sliced(bodyStart) : QByteArrayView();
    return e;
}

// "multipart/mixed; boundary="x"; name=y" -> type and a parameter.
QByteArray mediaType(const QByteArray& value) {
    const qsizetype semi = value.indexOf(';');
    return (semi < 0 ? value : value.first(semi)).trimmed().toLower();
}

QByteArray parameter(const QByteArray& value, const char* name) {
    const QRegularExpression re(
        QStringLiteral("(?:^|;)\\s*%1\\*?\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").arg(QLatin1String(name)),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    QString v = m.captured(2).isNull() ? m.captured(1) : m.captured(2);
    // RFC 2231: charset''percent-encoded
    if (const qsizetype q = v.indexOf(QLatin1String("''")); q >= 0)
        v = QString::fromUtf8(QByteArray::fromPercentEncoding(v.mid(q + 2).toLatin1()));
    return v.toLatin1();
}

QByteArray decodeBody(QByteArrayView body, const QByteArray& encoding) {
    if (encoding == "base64") {
        QByteArray compact;
        compact.reserve(body.size());
        for (const char c : body)
            if (!QChar::isSpace(uchar(c)))
                compact.append(c);
        return QByteArray::fromBase64(compact);
    }
    if (encoding == "quoted-printable")
        return MimeAttachmentExtractor::decodeQuotedPrintable(body);
    return body.toByteArray();
}

bool looksLikeReport(const QByteArray& type, const QByteArray& fileName, const QByteArray& data) {
    const QByteArray lowerName = fileName.toLower();
    for (const char* suffix : {".xml", ".gz", ".zip", ".json", ".gzip"})
        if (lowerName.endsWith(suffix))
            return true;
    if (type.contains("gzip") || type.contains("zip") || type.contains("xml") || type.contains("json") ||
        type.contains("tlsrpt"))
        return true;
    // Some reporters send the XML inline as text/plain or octet-stream.
    const QByteArray head = data.left(64).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<feedback") || head.startsWith("\x1f\x8b") ||
           head.startsWith("PK\x03\x04");
}

void walk(QByteArrayView text, const QString& name, int depth, MimeAttachmentExtractor::Result& result) {
    if (depth > MaxDepth)
        return;
    const Entity e = splitEntity(text);
    const QByteArray contentType = e.headers.value("content-type", "text/plain");
    const QByteArray type = mediaType(contentType);
    if (type == "multipart/report" && parameter(contentType, "report-type").toLower() == "feedback-report") {
        ++result.failureReports;
        return;
    }
    if (type == "message/feedback-report") {
        ++result.failureReports;
        return;
    }
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return;
        const QByteArray delimiter = "\n--" + boundary;
        // The first delimiter may start the body without a preceding newline.
        QByteArray body = "\n" + e.body.toByteArray();
        qsizetype pos = body.indexOf(delimiter);
        while (pos >= 0) {
            qsizetype start = pos + delimiter.size();
            if (body.mid(start, 2) == "--")
                break;
            const qsizetype lineEnd = body.indexOf('\n', start);
            if (lineEnd < 0)
                break;
            start = lineEnd + 1;
            const qsizetype next = body.indexOf(delimiter, start);
            const qsizetype end = next < 0 ? body.size() : next;
            walk(QByteArrayView(body).sliced(start, end - start), name, depth + 1, result);
            pos = next;
        }
        return;
    }
    if (type == "message/rfc822" || type == "message/global") {
        walk(e.body, name, depth + 1, result);
        return;
    }
    const QByteArray disposition = e.headers.value("content-disposition");
    QByteArray fileName = parameter(disposition, "filename");
    if (fileName.isEmpty())
        fileName = parameter(contentType, "name");
    const QByteArray encoding = e.headers.value("content-transfer-encoding").trimmed().toLower();
    // A text body that is not an attachment is the human-readable note; skip it cheaply.
    if (type.startsWith("text/") && type != "text/xml" && fileName.isEmpty()) {
        const QByteArray head =
            decodeBody(e.body.first(qMin<qsizetype>(e.body.size(), 400)), encoding).trimmed();
        if (!head.startsWith("<?xml") && !head.startsWith("<feedback"))
            return;
    }
    QByteArray data = decodeBody(e.body, encoding);
    if (!looksLikeReport(type, fileName, data))
        return;
    const QString partName = fileName.isEmpty()
                                 ? QStringLiteral("%1 / part %2").arg(name).arg(result.attachments.size() + 1)
                                 : QStringLiteral("%1 / %2").arg(name, QString::fromUtf8(fileName));
    result.attachments.append({partName, std::move(data)});
}

// A failure report carries the failed message; its attachments are not reports to import.
void walkMessage(QByteArrayView text, const QString& name, MimeAttachmentExtractor::Result& result) {
    MimeAttachmentExtractor::Result one;
    walk(text, name, 0, one);
    result.failureReports += one.failureReports;
    if (one.failureReports == 0)
        result.attachments.append(one.attachments);
}

} // namespace

bool MimeAttachmentExtractor::looksLikeMessage(const QByteArray& head) {
    if (head.startsWith("From "))
        return true;
    // A header field first: a name of printable characters without spaces, then a colon
    // (RFC 5322 §2.2). XML and JSON cannot start like that.
    static const QRegularExpression header(QStringLiteral("^[!-9;-~]+:"));
    return header.match(QString::fromLatin1(head.left(200))).hasMatch();
}

QByteArray MimeAttachmentExtractor::decodeQuotedPrintable(QByteArrayView data) {
    QByteArray out;
    out.reserve(data.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < data.size() && data[i + 1] == '\n') { // soft line break
            ++i;
            continue;
        }
        if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < data.size() && hex(data[i + 1]) >= 0 && hex(data[i + 2]) >= 0) {
            out.append(char(hex(data[i + 1]) * 16 + hex(data[i + 2])));
            i += 2;
            continue;
        }
        out.append(c);
    }
    return out;
}

MimeAttachmentExtractor::Result MimeAttachmentExtractor::extract(const QByteArray& input,
                                                                 const QString& name) {
    Result result;
    QByteArray data = input;
    data.replace("\r\n", "\n");
    if (!data.startsWith("From ")) {
        result.messages = 1;
        walkMessage(data, name, result);
        return result;
    }
    // mbox: messages start at "From " lines (after a blank line, except the first).
    QList<qsizetype> starts{0};
    for (qsizetype pos = data.indexOf("\n\nFrom "); pos >= 0; pos = data.indexOf("\n\nFrom ", pos + 2))
        starts.append(pos + 2);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype begin = data.indexOf('\n', starts[i]) + 1; // skip the "From " line
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1] : data.size();
        if (begin <= 0 || begin >= end)
            continue;
        ++result.messages;
        walkMessage(QByteArrayView(data).sliced(begin, end - begin),
                    starts.size() > 1 ? QStringLiteral("%1 / message %2").arg(name).arg(i + 1) : name,
                    result);
    }
    return result;
}
