#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/sha.h>

QString OpenSsl::lastError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray OpenSsl::sha256(const QByteArray& data) {
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
           reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray OpenSsl::sha1(const QByteArray& data) {
    QByteArray out(SHA_DIGEST_LENGTH, Qt::Uninitialized);
    SHA1(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
         reinterpret_cast<unsigned char*>(out.data()));
    return out;
}
