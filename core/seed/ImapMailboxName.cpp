#include "ImapMailboxName.h"

namespace {
// What a terminal or a log must not receive from a server: C0 and C1 controls and DEL (escape
// sequences, NUL, line breaks) and unpaired surrogates become U+FFFD.
QString printable(const QString& in) {
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char16_t u = in.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < in.size() && QChar::isLowSurrogate(in.at(i + 1).unicode())) {
            out += in.at(i);
            out += in.at(++i);
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || QChar::isSurrogate(u)) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += in.at(i);
        }
    }
    return out;
}
} // namespace

QString ImapMailboxName::decode(const QByteArray& wire) {
    if (wire.compare("INBOX", Qt::CaseInsensitive) == 0)
        return QStringLiteral("INBOX");
    QString out;
    qsizetype i = 0;
    while (i < wire.size()) {
        const char c = wire.at(i);
        if (c != '&') {
            out += QChar::fromLatin1(c);
            ++i;
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0) { // no end of the shift: show the rest as sent
            out += QString::fromLatin1(wire.mid(i));
            break;
        }
        if (end == i + 1) {
            out += u'&';
            i = end + 1;
            continue;
        }
        QByteArray b64 = wire.mid(i + 1, end - i - 1);
        b64.replace(',', '/');
        const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() % 2 != 0) {
            out += QString::fromLatin1(wire.mid(i, end - i + 1));
        } else {
            for (qsizetype k = 0; k + 1 < decoded.decoded.size(); k += 2)
                out +=
                    QChar(char16_t((uchar(decoded.decoded.at(k)) << 8) | uchar(decoded.decoded.at(k + 1))));
        }
        i = end + 1;
    }
    return printable(out);
}

QByteArray ImapMailboxName::encode(const QString& name) {
    QByteArray out;
    QByteArray utf16; // the pending run of characters outside printable ASCII, big-endian
    auto flush = [&] {
        if (utf16.isEmpty())
            return;
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        utf16.clear();
    };
    for (const QChar ch : name) {
        const char16_t u = ch.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            out += u == u'&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            utf16 += char(u >> 8);
            utf16 += char(u & 0xff);
        }
    }
    flush();
    return out;
}

std::optional<QByteArray> ImapMailboxName::quote(const QByteArray& bytes) {
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0' || uchar(c) > 0x7e)
            return std::nullopt;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}
