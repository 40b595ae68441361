#pragma once
// gzip (SVGZ, and the compressed SVG a Mark Certificate embeds) decompressed with zlib, with a cap
// on the output so that a small bomb cannot exhaust memory.

#include <QByteArray>
#include <QString>
#include <expected>

class BimiGzip {
public:
    static bool isGzip(const QByteArray& data) {
        return data.size() >= 2 && quint8(data.at(0)) == 0x1f && quint8(data.at(1)) == 0x8b;
    }
    // The decompressed bytes, or why not (corrupt, truncated, larger than maxOutput).
    static std::expected<QByteArray, QString> inflate(const QByteArray& data, qsizetype maxOutput);
};
