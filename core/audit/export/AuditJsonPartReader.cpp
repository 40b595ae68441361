#include "AuditJsonPartReader.h"

#include <QIODevice>
#include <QJsonDocument>

namespace {
constexpr qint64 kChunk = 1 << 20;

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
} // namespace

AuditJsonPartReader::AuditJsonPartReader(QIODevice* device, QString name, qsizetype maxObjectBytes)
    : m_device(device)
    , m_name(std::move(name))
    , m_maxObjectBytes(maxObjectBytes) {}

QString AuditJsonPartReader::error(const QString& what) const {
    return QStringLiteral("%1: %2 at byte %3").arg(m_name, what).arg(m_consumed + m_pos);
}

bool AuditJsonPartReader::fill() {
    // Drop what has been read before growing the buffer.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_consumed += m_pos;
        m_pos = 0;
    }
    const QByteArray more = m_device->read(kChunk);
    if (more.isEmpty())
        return false;
    m_buffer.append(more);
    return true;
}

std::expected<qsizetype, QString> AuditJsonPartReader::scan() {
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype i = m_pos;
    while (true) {
        if (i >= m_buffer.size()) {
            const qsizetype offset = i - m_pos;
            if (offset >= m_maxObjectBytes)
                return std::unexpected(error(
                    QStringLiteral("a report object is larger than %1 bytes (an unclosed string or object?)")
                        .arg(m_maxObjectBytes)));
            if (!fill())
                return std::unexpected(error(QStringLiteral("a report object is not closed")));
            i = m_pos + offset;
            continue;
        }
        const char c = m_buffer.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
            if (depth < 0)
                return std::unexpected(error(QStringLiteral("a report object is not closed")));
        }
        ++i;
    }
}

std::expected<std::optional<QJsonObject>, QString> AuditJsonPartReader::next() {
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (m_mode == Mode::Array)
                return std::unexpected(error(QStringLiteral("the array is not closed")));
            return std::optional<QJsonObject>();
        }
        const char c = m_buffer.at(m_pos);
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (m_mode == Mode::Done)
            return std::unexpected(error(QStringLiteral("text after the end of the array")));
        if (m_mode == Mode::Unknown) {
            if (c == '[') {
                m_mode = Mode::Array;
                ++m_pos;
                continue;
            }
            if (c != '{')
                return std::unexpected(error(QStringLiteral(
                    "not an audit's JSON (an array of reports, or JSON Lines of report objects)")));
            m_mode = Mode::Lines;
        }
        if (m_mode == Mode::Array && c == ']') {
            ++m_pos;
            m_mode = Mode::Done;
            continue;
        }
        if (m_mode == Mode::Array && c == ',') {
            if (!m_needComma)
                return std::unexpected(error(QStringLiteral("a comma where a report was expected")));
            m_needComma = false;
            ++m_pos;
            continue;
        }
        if (c != '{' || m_needComma)
            return std::unexpected(error(QStringLiteral("a report object was expected")));
        const auto end = scan();
        if (!end)
            return std::unexpected(end.error());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(m_buffer.constData() + m_pos, *end - m_pos), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return std::unexpected(error(QStringLiteral("invalid JSON (%1)").arg(parseError.errorString())));
        m_pos = *end;
        m_needComma = m_mode == Mode::Array;
        return std::optional<QJsonObject>(doc.object());
    }
}
