#include "MailMessage.h"

#include <QFile>
#include <QFileInfo>

namespace {
QByteArray toCrlf(const QByteArray& bytes, bool* converted) {
    *converted = false;
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 40);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n' && (i == 0 || bytes.at(i - 1) != '\r')) {
            out += "\r\n";
            *converted = true;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray stripComments(const QByteArray& value) {
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\\' && i + 1 < value.size()) {
            if (depth == 0)
                out += value.mid(i, 2);
            ++i;
            continue;
        }
        if (!depth && c == '"')
            quoted = !quoted;
        if (!quoted && c == '(') {
            ++depth;
            continue;
        }
        if (!quoted && c == ')' && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0)
            out += c;
    }
    return out;
}
} // namespace

QByteArray MailHeader::value() const {
    const qsizetype colon = raw.indexOf(':');
    QByteArray v = colon < 0 ? QByteArray() : raw.mid(colon + 1);
    v.replace("\r\n", "");
    v.replace('\n', "");
    return v.trimmed();
}

MailMessage MailMessage::parse(const QByteArray& bytes) {
    MailMessage m;
    const QByteArray data = toCrlf(bytes, &m.convertedLineEndings);
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf("\r\n", pos);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(pos, end - pos);
        const qsizetype next = qMin(end + 2, data.size());
        if (line.isEmpty()) {
            pos = next;
            m.body = data.mid(pos);
            return m;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !m.headers.isEmpty()) {
            m.headers.last().raw += data.mid(pos, next - pos);
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                if (m.headers.isEmpty() && line.startsWith("From ")) {
                    pos = next; // an mbox separator left in an .eml
                    continue;
                }
                // Not a header field: the header section ended without a blank line.
                m.hasHeaderBodySeparator = false;
                m.body = data.mid(pos);
                return m;
            }
            m.headers << MailHeader{line.left(colon).trimmed(), data.mid(pos, next - pos)};
        }
        if (end == data.size() && !m.headers.isEmpty() && !m.headers.last().raw.endsWith("\r\n"))
            m.headers.last().raw += "\r\n";
        pos = next;
    }
    m.hasHeaderBodySeparator = false;
    return m;
}

QList<QByteArray> MailMessage::splitMbox(const QByteArray& bytes) {
    if (!bytes.startsWith("From "))
        return {bytes};
    QList<QByteArray> messages;
    QByteArray current;
    bool inMessage = false;
    bool previousBlank = true;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        end = end < 0 ? bytes.size() : end + 1;
        QByteArray line = bytes.mid(pos, end - pos);
        pos = end;
        if (previousBlank && line.startsWith("From ")) {
            if (inMessage) {
                // The blank line before "From " belongs to the separator (mboxrd).
                if (current.endsWith("\r\n\r\n"))
                    current.chop(2);
                else if (current.endsWith("\n\n"))
                    current.chop(1);
                messages << current;
            }
            current.clear();
            inMessage = true;
            previousBlank = false;
            continue;
        }
        // mboxrd: ">From ", ">>From " ... lose one '>'.
        qsizetype k = 0;
        while (k < line.size() && line.at(k) == '>')
            ++k;
        if (k > 0 && line.mid(k).startsWith("From "))
            line.remove(0, 1);
        previousBlank = line == "\n" || line == "\r\n";
        current += line;
    }
    if (inMessage)
        messages << current;
    return messages;
}

std::expected<QList<MailMessage>, QString> MailMessage::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QList<MailMessage> out;
    const QList<QByteArray> parts = splitMbox(bytes);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        MailMessage m = parse(parts.at(i));
        m.label = QFileInfo(path).fileName();
        if (parts.size() > 1)
            m.label += QStringLiteral(" #%1").arg(i + 1);
        out << m;
    }
    return out;
}

QList<int> MailMessage::indexesOf(const QByteArray& name) const {
    QList<int> out;
    for (int i = 0; i < headers.size(); ++i)
        if (headers.at(i).isNamed(name))
            out << i;
    return out;
}

QByteArray MailMessage::firstValue(const QByteArray& name) const {
    for (const MailHeader& h : headers)
        if (h.isNamed(name))
            return h.value();
    return {};
}

QString MailMessage::fromDomain() const {
    return addressDomain(firstValue("From"));
}

QString MailMessage::addressDomain(const QByteArray& headerValue) {
    QByteArray v = stripComments(headerValue);
    const qsizetype lt = v.lastIndexOf('<');
    if (lt >= 0) {
        const qsizetype gt = v.indexOf('>', lt);
        v = v.mid(lt + 1, gt < 0 ? -1 : gt - lt - 1);
    } else if (const qsizetype comma = v.indexOf(','); comma >= 0) {
        v = v.left(comma);
    }
    const qsizetype at = v.lastIndexOf('@');
    if (at < 0)
        return {};
    QByteArray domain = v.mid(at + 1).trimmed();
    while (domain.endsWith('.'))
        domain.chop(1);
    return QString::fromUtf8(domain).toLower();
}
