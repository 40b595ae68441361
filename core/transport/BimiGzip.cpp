#include "BimiGzip.h"

#include <zlib.h>

using namespace Qt::StringLiterals;

std::expected<QByteArray, QString> BimiGzip::inflate(const QByteArray& data, qsizetype maxOutput) {
    z_stream s{};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) // gzip wrapper only
        return std::unexpected(u"zlib could not be initialised"_s);
    QByteArray out;
    char buffer[16384];
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        s.next_out = reinterpret_cast<Bytef*>(buffer);
        s.avail_out = sizeof buffer;
        rc = ::inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return std::unexpected(rc == Z_BUF_ERROR ? u"the gzip data is truncated"_s
                                                     : u"the gzip data is corrupt"_s);
        }
        out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&s);
            return std::unexpected(u"the gzip data expands to more than %1 bytes"_s.arg(maxOutput));
        }
    }
    inflateEnd(&s);
    return out;
}
