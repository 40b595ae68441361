#include "DnssecAnchors.h"

#include "DnssecCrypto.h"
#include "TrustAnchorFile.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "dns/ZoneResolver.h"

#include <QFileInfo>

std::expected<DnssecAnchors::Choice, QString>
DnssecAnchors::choose(DnsSession& session, const QString& file, const QString& defaultPath, bool allowRoot) {
    Choice c;
    if (!file.isEmpty()) {
        auto read = TrustAnchorFile::read(file);
        if (!read)
            return std::unexpected(read.error());
        c.anchors = *read;
    }
    // The resolver stack, top down: zone files (staged ones over the demo world, say), a plan, and
    // at the bottom live DNS or nothing. Zone files anchor themselves; the root key is for live DNS.
    QList<std::shared_ptr<ZoneResolver>> layers;
    std::shared_ptr<Resolver> bottom = session.resolver();
    for (int depth = 0; bottom && depth < 8; ++depth) {
        if (auto z = std::dynamic_pointer_cast<ZoneResolver>(bottom))
            layers << z;
        if (!bottom->fallback())
            break;
        bottom = bottom->fallback();
    }
    const bool live = std::dynamic_pointer_cast<LdnsResolver>(bottom) != nullptr;
    QList<TrustAnchor> own;
    QStringList files;
    for (const auto& zones : std::as_const(layers)) {
        for (const ZoneResolver::Zone& z : zones->zones()) {
            QList<DnsRecord> keys;
            for (const DnsRecord& r : z.records.value(z.origin))
                if (r.type == DnsRecordType::DNSKEY)
                    keys << r;
            if (keys.isEmpty()) {
                c.unsignedZoneFiles << (z.origin.isEmpty() ? QStringLiteral(".") : z.origin);
                continue;
            }
            // The key-signing keys (SEP flag, 257) anchor the zone; a zone signed with zone keys
            // only is anchored by all of them.
            QList<DnsRecord> ksk;
            for (const DnsRecord& k : keys)
                if (DnssecCrypto::keyFlags(k) & 1)
                    ksk << k;
            for (const DnsRecord& k : ksk.isEmpty() ? keys : ksk) {
                TrustAnchor a;
                a.record = k;
                a.keyTag = DnssecCrypto::keyTag(k);
                a.algorithm = static_cast<quint8>(DnssecCrypto::keyAlgorithm(k));
                own << a;
            }
            files << z.path;
        }
    }
    if (file.isEmpty() && !own.isEmpty())
        c.anchors.merge(TrustAnchorSet(
            own, QStringLiteral("DNSKEY of the zone file(s) %1").arg(files.join(QStringLiteral(", ")))));
    if (file.isEmpty() && live && allowRoot) {
        if (!QFileInfo::exists(defaultPath)) {
            if (c.anchors.isEmpty())
                return std::unexpected(
                    QStringLiteral("no trust anchor: %1 is missing (install Debian's dns-root-data) — give "
                                   "--trust-anchor FILE with the root's DS or DNSKEY records")
                        .arg(defaultPath));
        } else {
            auto root = TrustAnchorFile::read(defaultPath);
            if (!root)
                return std::unexpected(root.error());
            c.anchors.merge(*root);
        }
    }
    return c;
}
