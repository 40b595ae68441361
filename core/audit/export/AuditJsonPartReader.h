#pragma once
// Reads the reports of an audit's JSON output one at a time, whatever its size: the array that
// `audit --format json` writes or the JSON Lines of `--format jsonl` (told apart by the first
// character). Each report object is cut out of the text (strings and nesting followed) and parsed
// on its own, so a part of thousands of domains is never held whole in memory.

#include <QByteArray>
#include <QJsonObject>
#include <expected>
#include <optional>

class QIODevice;

class AuditJsonPartReader {
public:
    // The largest report object read (256 MiB; a real report is a few hundred KiB): a part with
    // an unclosed string or object is refused at this size instead of being read whole.
    static constexpr qsizetype kMaxObjectBytes = qsizetype(256) << 20;

    // Reads from device (open for reading); name is used in messages. maxObjectBytes is
    // kMaxObjectBytes but for tests.
    AuditJsonPartReader(QIODevice* device, QString name, qsizetype maxObjectBytes = kMaxObjectBytes);

    // The next report object; nullopt at the end; an error for text that is not such a document.
    std::expected<std::optional<QJsonObject>, QString> next();

private:
    bool fill(); // appends more of the device to the buffer; false at its end
    // The end of the object starting at m_pos, reading more as needed; an error when it is not
    // closed or larger than m_maxObjectBytes.
    std::expected<qsizetype, QString> scan();
    QString error(const QString& what) const;

    enum class Mode { Unknown, Array, Lines, Done };
    QIODevice* m_device;
    QString m_name;
    qsizetype m_maxObjectBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes dropped from the buffer's front, for offsets in messages
    Mode m_mode = Mode::Unknown;
    bool m_needComma = false;
};
