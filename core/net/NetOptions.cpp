#include "NetOptions.h"

#include <QFile>
#include <QSslConfiguration>

std::expected<QList<QSslCertificate>, QString> NetOptions::readCaFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read --ca-file '%1': %2").arg(path, f.errorString()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return std::unexpected(QStringLiteral("--ca-file '%1' holds no PEM certificate").arg(path));
    return certs;
}

QList<QSslCertificate> NetOptions::trustAnchors() const {
    if (extraCa.isEmpty())
        return {};
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system + extraCa;
}
