#pragma once
// Owning handles for the OpenSSL 3 objects the DKIM code uses: every pointer goes into a
// unique_ptr with its free function the moment it is returned, so no error path leaks.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>

#include <QByteArray>
#include <QString>

#include <memory>

struct EvpPkeyDeleter {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct EvpMdCtxDeleter {
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct BioDeleter {
    void operator()(BIO* p) const { BIO_free_all(p); }
};
struct BignumDeleter {
    void operator()(BIGNUM* p) const { BN_free(p); }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using BignumPtr = std::unique_ptr<BIGNUM, BignumDeleter>;

namespace OpenSsl {
// The most recent OpenSSL error as one readable line (and clears the queue).
QString lastError();
// SHA-256 of bytes.
QByteArray sha256(const QByteArray& data);
QByteArray sha1(const QByteArray& data);
} // namespace OpenSsl
