#include "DnssecSignature.h"

#include <QHash>
#include <QStringList>

namespace {
QDateTime timeField(const QString& text) {
    // RFC 4034 §3.2: YYYYMMDDHHmmSS in UTC, or seconds since the epoch.
    if (text.size() == 14) {
        QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmss"));
        t.setTimeSpec(Qt::UTC);
        return t;
    }
    bool ok = false;
    const qint64 secs = text.toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}
} // namespace

std::optional<DnssecSignature> DnssecSignature::parse(const DnsRecord& rrsig) {
    if (rrsig.type != DnsRecordType::RRSIG)
        return std::nullopt;
    const QStringList f = rrsig.rdata.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (f.size() < 9)
        return std::nullopt;
    const auto covered = dnsRecordTypeFromName(f.at(0));
    bool okAlg = false, okLabels = false, okTag = false;
    DnssecSignature s;
    s.algorithm = static_cast<quint8>(f.at(1).toUInt(&okAlg));
    s.labels = f.at(2).toInt(&okLabels);
    s.expiration = timeField(f.at(4));
    s.inception = timeField(f.at(5));
    s.keyTag = static_cast<quint16>(f.at(6).toUInt(&okTag));
    s.signer = f.at(7).toLower();
    if (s.signer.endsWith(QLatin1Char('.')))
        s.signer.chop(1);
    if (!covered || !okAlg || !okLabels || !okTag || !s.expiration.isValid() || !s.inception.isValid())
        return std::nullopt;
    s.typeCovered = *covered;
    return s;
}

QString DnssecSignature::algorithmName(int algorithm) {
    static const QHash<int, const char*> names{
        {1, "RSAMD5"},
        {3, "DSA"},
        {5, "RSASHA1"},
        {6, "DSA-NSEC3-SHA1"},
        {7, "RSASHA1-NSEC3-SHA1"},
        {8, "RSASHA256"},
        {10, "RSASHA512"},
        {12, "ECC-GOST"},
        {13, "ECDSAP256SHA256"},
        {14, "ECDSAP384SHA384"},
        {15, "ED25519"},
        {16, "ED448"},
    };
    const char* n = names.value(algorithm, nullptr);
    return n ? QStringLiteral("%1 (%2)").arg(QLatin1String(n)).arg(algorithm)
             : QStringLiteral("algorithm %1").arg(algorithm);
}

bool DnssecSignature::algorithmDeprecated(int algorithm) {
    return algorithm == 1 || algorithm == 3 || algorithm == 5 || algorithm == 6 || algorithm == 7 ||
           algorithm == 12;
}
