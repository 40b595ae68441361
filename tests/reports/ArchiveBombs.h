#pragma once
// Archive bombs built at test time in milliseconds: a deflate stream that inflates to gigabytes of
// one repeated byte is the same compressed block over and over (after a full flush, deflate starts
// afresh, so the same input block gives the same bytes), so one block is compressed and repeated.
// The gzip and zip framing (CRC-32 and sizes included) is written here; the files are valid.

#include <QByteArray>
#include <QList>
#include <QString>

#include <zlib.h>

namespace ArchiveBombs {

constexpr qint64 MiB = 1024 * 1024;

struct Deflated {
    QByteArray data; // raw deflate (no zlib or gzip framing)
    quint32 crc = 0;
    qint64 size = 0; // inflated
};

namespace detail {
inline QByteArray deflateSome(z_stream& z, QByteArrayView in, int flush) {
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = uInt(in.size());
    char chunk[64 * 1024];
    do {
        z.next_out = reinterpret_cast<Bytef*>(chunk);
        z.avail_out = sizeof chunk;
        deflate(&z, flush);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
    } while (z.avail_out == 0 || z.avail_in > 0);
    return out;
}

inline void putLe(QByteArray& out, quint64 value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}
} // namespace detail

// `prefix`, then `mebibytes` MiB of `fill`.
inline Deflated deflateRepeated(const QByteArray& prefix, char fill, qint64 mebibytes) {
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    Deflated d;
    d.data = detail::deflateSome(z, prefix, Z_FULL_FLUSH);
    d.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(prefix.constData()), uInt(prefix.size())));
    const QByteArray block(MiB, fill);
    const QByteArray packed = detail::deflateSome(z, block, Z_FULL_FLUSH);
    const uLong blockCrc = crc32(0, reinterpret_cast<const Bytef*>(block.constData()), uInt(block.size()));
    const qint64 blocks = mebibytes;
    d.data.reserve(d.data.size() + packed.size() * blocks + 64);
    for (qint64 i = 0; i < blocks; ++i) {
        d.data.append(packed);
        d.crc = quint32(crc32_combine(d.crc, blockCrc, z_off_t(MiB)));
    }
    d.data.append(detail::deflateSome(z, {}, Z_FINISH));
    deflateEnd(&z);
    d.size = prefix.size() + blocks * MiB;
    return d;
}

inline Deflated deflated(const QByteArray& data) {
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    Deflated d;
    d.data = detail::deflateSome(z, data, Z_FINISH);
    deflateEnd(&z);
    d.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    d.size = data.size();
    return d;
}

// One gzip member (RFC 1952) around a deflate stream.
inline QByteArray gzip(const Deflated& d) {
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    out.append(d.data);
    detail::putLe(out, d.crc, 4);
    detail::putLe(out, quint64(d.size) & 0xffffffffu, 4);
    return out;
}

struct ZipMember {
    QString name;
    Deflated content;
    bool stored = false; // content.data is the member itself (not deflated)
};

// A zip archive (no zip64: each member below 4 GiB).
inline QByteArray zip(const QList<ZipMember>& members) {
    using detail::putLe;
    QByteArray out;
    QByteArray directory;
    for (const ZipMember& m : members) {
        const QByteArray name = m.name.toUtf8();
        const qint64 offset = out.size();
        const auto common = [&](QByteArray& to) {
            putLe(to, 20, 2);                       // version needed
            putLe(to, 0, 2);                        // flags
            putLe(to, m.stored ? 0 : 8, 2);         // stored / deflate
            putLe(to, 0, 2);                        // time
            putLe(to, (44 << 9) | (1 << 5) | 1, 2); // 2024-01-01
            putLe(to, m.content.crc, 4);
            putLe(to, quint64(m.content.data.size()), 4);
            putLe(to, quint64(m.content.size), 4);
            putLe(to, quint64(name.size()), 2);
            putLe(to, 0, 2); // extra
        };
        putLe(out, 0x04034b50, 4);
        common(out);
        out.append(name);
        out.append(m.content.data);
        putLe(directory, 0x02014b50, 4);
        putLe(directory, (3 << 8) | 20, 2); // made by: Unix
        common(directory);
        putLe(directory, 0, 2);                      // comment
        putLe(directory, 0, 2);                      // disk
        putLe(directory, 0, 2);                      // internal attributes
        putLe(directory, quint64(0100644) << 16, 4); // regular file, rw-r--r--
        putLe(directory, quint64(offset), 4);
        directory.append(name);
    }
    const qint64 directoryOffset = out.size();
    out.append(directory);
    putLe(out, 0x06054b50, 4);
    putLe(out, 0, 2);
    putLe(out, 0, 2);
    putLe(out, quint64(members.size()), 2);
    putLe(out, quint64(members.size()), 2);
    putLe(out, quint64(directory.size()), 4);
    putLe(out, quint64(directoryOffset), 4);
    putLe(out, 0, 2);
    return out;
}

inline ZipMember stored(const QString& name, const QByteArray& data) {
    Deflated d;
    d.data = data;
    d.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    d.size = data.size();
    return {name, d, true};
}

// What a bomb dressed as a report starts with.
inline QByteArray reportStart() {
    return QByteArrayLiteral("<?xml version=\"1.0\"?>\n<feedback>\n<report_metadata>");
}

} // namespace ArchiveBombs
