#include "DkimCanonicalizer.h"

#include "OpenSslHandles.h"

#include <QHash>

namespace {
bool isWsp(char c) {
    return c == ' ' || c == '\t';
}
} // namespace

QByteArray DkimCanonicalizer::header(const QByteArray& rawField, DkimCanonicalization mode) {
    if (mode == DkimCanonicalization::Simple)
        return rawField;
    // §3.4.2: lower-case name, unfold, runs of WSP to one SP, no WSP at the ends of the value or
    // around the colon.
    const qsizetype colon = rawField.indexOf(':');
    QByteArray name = rawField.left(colon).toLower();
    while (!name.isEmpty() && isWsp(name.back()))
        name.chop(1);
    QByteArray value = rawField.mid(colon + 1);
    value.replace("\r\n", "");
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isWsp(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return name + ':' + out + "\r\n";
}

QByteArray DkimCanonicalizer::body(const QByteArray& body, DkimCanonicalization mode) {
    QByteArray out;
    if (mode == DkimCanonicalization::Simple) {
        out = body;
    } else {
        // §3.4.4: no WSP at line ends, runs of WSP to one SP.
        out.reserve(body.size());
        qsizetype pos = 0;
        while (pos < body.size()) {
            qsizetype end = body.indexOf("\r\n", pos);
            const bool hasEnd = end >= 0;
            if (!hasEnd)
                end = body.size();
            QByteArray line;
            bool pendingSpace = false;
            for (qsizetype i = pos; i < end; ++i) {
                const char c = body.at(i);
                if (isWsp(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace)
                    line += ' ';
                pendingSpace = false;
                line += c;
            }
            out += line;
            if (hasEnd)
                out += "\r\n";
            pos = hasEnd ? end + 2 : end;
        }
    }
    // Both: a missing final CRLF is added to a non-empty body, trailing empty lines removed.
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    while (out.endsWith("\r\n\r\n"))
        out.chop(2);
    if (mode == DkimCanonicalization::Simple && out.isEmpty())
        out = "\r\n"; // §3.4.3: an empty body is one CRLF
    if (mode == DkimCanonicalization::Relaxed && out == "\r\n")
        out.clear(); // §3.4.4: an empty body stays empty
    return out;
}

QByteArray DkimCanonicalizer::bodyHash(const QByteArray& body, DkimCanonicalization mode, const QString& hash,
                                       std::optional<qint64> length) {
    QByteArray canonical = DkimCanonicalizer::body(body, mode);
    if (length && *length < canonical.size())
        canonical.truncate(*length);
    return (hash == QLatin1String("sha1") ? OpenSsl::sha1(canonical) : OpenSsl::sha256(canonical)).toBase64();
}

QByteArray DkimCanonicalizer::withoutSignatureValue(const QByteArray& rawField) {
    const qsizetype colon = rawField.indexOf(':');
    if (colon < 0)
        return rawField;
    qsizetype pos = colon + 1;
    qsizetype valueEnd = rawField.size();
    if (rawField.endsWith("\r\n"))
        valueEnd -= 2;
    while (pos < valueEnd) {
        qsizetype segEnd = rawField.indexOf(';', pos);
        if (segEnd < 0 || segEnd > valueEnd)
            segEnd = valueEnd;
        qsizetype k = pos;
        while (k < segEnd && (isWsp(rawField.at(k)) || rawField.at(k) == '\r' || rawField.at(k) == '\n'))
            ++k;
        if (k < segEnd && rawField.at(k) == 'b') {
            qsizetype e = k + 1;
            while (e < segEnd && (isWsp(rawField.at(e)) || rawField.at(e) == '\r' || rawField.at(e) == '\n'))
                ++e;
            if (e < segEnd && rawField.at(e) == '=')
                return rawField.left(e + 1) + rawField.mid(segEnd);
        }
        pos = segEnd + 1;
    }
    return rawField;
}

QByteArray DkimCanonicalizer::headerHashInput(const MailMessage& message, const QStringList& signedHeaders,
                                              const QByteArray& signatureField, DkimCanonicalization mode) {
    QByteArray input;
    // §5.4.2: each name takes the next instance from the bottom; a name listed more often than it
    // occurs (over-signing) contributes nothing.
    QHash<QByteArray, int> used;
    for (const QString& h : signedHeaders) {
        const QByteArray name = h.toLatin1().toLower();
        const QList<int> indexes = message.indexesOf(name);
        int& n = used[name];
        if (n < indexes.size()) {
            input += header(message.headers.at(indexes.at(indexes.size() - 1 - n)).raw, mode);
            ++n;
        }
    }
    QByteArray own = header(withoutSignatureValue(signatureField), mode);
    if (own.endsWith("\r\n"))
        own.chop(2);
    return input + own;
}
