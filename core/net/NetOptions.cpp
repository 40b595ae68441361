#include "NetOptions.h"

#include <QFile>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

std::expected<QList<QSslCertificate>, QString> NetOptions::readCaFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read --ca-file '%1': %2").arg(path, f.errorString()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return std::unexpected(QStringLiteral("--ca-file '%1' holds no PEM certificate").arg(path));
    return certs;
}

namespace {
// The system's roots. Debian and its derivatives keep them in one bundle, which is parsed once
// (~140 certificates); Qt's systemCaCertificates() reads every file of /etc/ssl/certs, the
// per-certificate links and the bundle alike, about twice the work. Elsewhere Qt's list.
const QList<QSslCertificate>& systemAnchors() {
    static const QList<QSslCertificate> system = [] {
        QString bundle = qEnvironmentVariable("SSL_CERT_FILE");
        if (bundle.isEmpty())
            bundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
        QList<QSslCertificate> certs;
        if (QFile f(bundle); f.open(QIODevice::ReadOnly))
            certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        return certs.isEmpty() ? QSslConfiguration::systemCaCertificates() : certs;
    }();
    return system;
}
} // namespace

QList<QSslCertificate> NetOptions::trustAnchors() const {
    if (extraCa.isEmpty())
        return {};
    return systemAnchors() + extraCa;
}

QFuture<void> NetOptions::prefetchTrustAnchors() const {
    static std::once_flag started;
    QFuture<void> future;
    if (extraCa.isEmpty() || offline)
        return future;
    std::call_once(started, [&future] { future = QtConcurrent::run([] { (void)systemAnchors(); }); });
    return future;
}
