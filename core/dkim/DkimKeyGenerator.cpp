#include "DkimKeyGenerator.h"

#include "DkimKeyAnalyzer.h"
#include "DkimSelectorInspector.h"
#include "OpenSslHandles.h"

#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DkimKeyGenerator)
};

QString tr(const char* text) {
    return QCoreApplication::translate("DkimKeyGenerator", text);
}

// Creates the file with 0600 from the start (O_EXCL: an existing key is never overwritten).
std::expected<void, QString> writePrivate(const QString& path, const char* data, size_t length) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(
            Tr::tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    size_t done = 0;
    while (done < length) {
        const ssize_t n = ::write(fd, data + done, length - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const QString error = QString::fromLocal8Bit(strerror(errno));
            ::close(fd);
            ::unlink(native.constData());
            return std::unexpected(Tr::tr("cannot write %1: %2").arg(path, error));
        }
        done += size_t(n);
    }
    ::fsync(fd);
    ::close(fd);
    return {};
}
} // namespace

std::optional<DkimKeyType> DkimKeyGenerator::typeFromName(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String("rsa2048") || n == QLatin1String("rsa"))
        return DkimKeyType::Rsa2048;
    if (n == QLatin1String("rsa3072"))
        return DkimKeyType::Rsa3072;
    if (n == QLatin1String("rsa4096"))
        return DkimKeyType::Rsa4096;
    if (n == QLatin1String("ed25519"))
        return DkimKeyType::Ed25519;
    return std::nullopt;
}

QString DkimKeyGenerator::typeName(DkimKeyType type) {
    switch (type) {
    case DkimKeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case DkimKeyType::Rsa3072:
        return QStringLiteral("rsa3072");
    case DkimKeyType::Rsa4096:
        return QStringLiteral("rsa4096");
    case DkimKeyType::Ed25519:
        return QStringLiteral("ed25519");
    }
    return {};
}

QStringList DkimKeyGenerator::splitTxt(const QString& text, int size) {
    QStringList out;
    for (qsizetype i = 0; i < text.size(); i += size)
        out << text.mid(i, size);
    if (out.isEmpty())
        out << QString();
    return out;
}

QString DkimKeyGenerator::bindZoneLine(const QString& owner, const QString& text, int ttl) {
    QStringList quoted;
    for (const QString& s : splitTxt(text))
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    return QStringLiteral("%1. %2 IN TXT ( %3 )")
        .arg(owner)
        .arg(ttl)
        .arg(quoted.join(QStringLiteral("\n\t")));
}

QString DkimKeyGenerator::terraformResource(const QString& domain, const QString& selector,
                                            const QString& text) {
    // Route 53 takes strings longer than 255 bytes as "part1\"\"part2".
    const QString joined = splitTxt(text).join(QStringLiteral("\\\"\\\""));
    QString id = QStringLiteral("dkim_%1_%2").arg(selector, domain);
    for (QChar& c : id)
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    return QStringLiteral("resource \"aws_route53_record\" \"%1\" {\n"
                          "  zone_id = var.zone_id # the hosted zone of %2\n"
                          "  name    = \"%3\"\n"
                          "  type    = \"TXT\"\n"
                          "  ttl     = 3600\n"
                          "  records = [\"%4\"]\n"
                          "}\n")
        .arg(id, domain, DkimSelectorInspector::keyName(selector, domain), joined);
}

QStringList DkimKeyGenerator::rotationPlan(const QString& domain, const QString& selector) {
    const QString name = DkimSelectorInspector::keyName(selector, domain);
    return {
        tr("1. Publish the record at %1 and wait until it is visible everywhere (at least the old TTL; "
           "check with: mailsight-cli dkim %2 --selector %3).")
            .arg(name, domain, selector),
        tr("2. Check that the private key matches what DNS serves: mailsight-cli dkim match %1 %2 "
           "--private-key FILE.")
            .arg(domain, selector),
        tr("3. Switch the signer (MTA, provider) to selector %1 with the new private key; send a test "
           "message and verify it: mailsight-cli dkim verify MESSAGE.eml.")
            .arg(selector),
        tr("4. Keep the old selector's key published until mail signed with it has aged out (a week is "
           "common; DMARC reports show when it stops appearing)."),
        tr("5. Revoke the old key by publishing its record with an empty p= (v=DKIM1; p=), rather than "
           "deleting it, so verifiers see a clear revocation; remove it later."),
        tr("6. Delete the old private key from the signing host."),
    };
}

std::expected<DkimGeneratedKey, QString> DkimKeyGenerator::generate(const QString& domain,
                                                                    const QString& selector, DkimKeyType type,
                                                                    const QString& outDir) {
    if (!QDir(outDir).exists())
        return std::unexpected(tr("the output folder %1 does not exist").arg(outDir));
    EvpPkeyPtr key;
    switch (type) {
    case DkimKeyType::Rsa2048:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        break;
    case DkimKeyType::Rsa3072:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)));
        break;
    case DkimKeyType::Rsa4096:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096)));
        break;
    case DkimKeyType::Ed25519:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        break;
    }
    if (!key)
        return std::unexpected(tr("key generation failed: %1").arg(OpenSsl::lastError()));

    DkimGeneratedKey out;
    out.domain = domain;
    out.selector = selector;
    out.typeName = typeName(type);
    out.privateKeyPath =
        QDir(outDir).filePath(QStringLiteral("%1._domainkey.%2.private.pem").arg(selector, domain));

    // The PEM goes from a memory BIO straight into the 0600 file; the buffer is wiped after.
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::unexpected(tr("cannot encode the private key: %1").arg(OpenSsl::lastError()));
    char* pem = nullptr;
    const long pemLength = BIO_get_mem_data(bio.get(), &pem);
    const auto written = writePrivate(out.privateKeyPath, pem, size_t(pemLength));
    OPENSSL_cleanse(pem, size_t(pemLength));
    if (!written)
        return std::unexpected(written.error());

    QByteArray publicKey;
    if (type == DkimKeyType::Ed25519) {
        size_t length = 32;
        publicKey.resize(32);
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(publicKey.data()), &length);
    } else {
        unsigned char* der = nullptr;
        const int length = i2d_PUBKEY(key.get(), &der);
        publicKey = QByteArray(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
    }
    out.record = QStringLiteral("v=DKIM1; k=%1; p=%2")
                     .arg(type == DkimKeyType::Ed25519 ? QStringLiteral("ed25519") : QStringLiteral("rsa"),
                          QString::fromLatin1(publicKey.toBase64()));
    out.strings = splitTxt(out.record);
    out.zoneLine = bindZoneLine(DkimSelectorInspector::keyName(selector, domain), out.record);
    out.terraform = terraformResource(domain, selector, out.record);
    out.rotationPlan = rotationPlan(domain, selector);
    out.key = DkimKeyAnalyzer::describe(key.get());
    return out;
}

QJsonObject DkimGeneratedKey::toJson() const {
    return QJsonObject{{QStringLiteral("domain"), domain},
                       {QStringLiteral("selector"), selector},
                       {QStringLiteral("type"), typeName},
                       {QStringLiteral("privateKeyFile"), privateKeyPath},
                       {QStringLiteral("record"), record},
                       {QStringLiteral("strings"), QJsonArray::fromStringList(strings)},
                       {QStringLiteral("zoneLine"), zoneLine},
                       {QStringLiteral("terraform"), terraform},
                       {QStringLiteral("rotationPlan"), QJsonArray::fromStringList(rotationPlan)},
                       {QStringLiteral("key"), key.toJson()}};
}
