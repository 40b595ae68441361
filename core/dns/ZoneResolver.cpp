#include "ZoneResolver.h"

#include "LdnsRecordConverter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <ldns/ldns.h>
#include <memory>

namespace {
struct ZoneDeleter {
    void operator()(ldns_zone* z) const noexcept { ldns_zone_deep_free(z); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* p) const noexcept { ldns_rdf_deep_free(p); }
};
struct FileCloser {
    void operator()(FILE* f) const noexcept { fclose(f); }
};

bool isInside(const QString& name, const QString& origin) {
    // No temporary string: zoneFor() asks this for every loaded zone on every question.
    if (origin.isEmpty() || name == origin)
        return true;
    return name.size() > origin.size() && name.endsWith(origin) &&
           name.at(name.size() - origin.size() - 1) == QLatin1Char('.');
}

QString parentOf(const QString& name) {
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.mid(dot + 1);
}

void indexZone(ZoneResolver::Zone& zone, const DnsRecord& r) {
    zone.records[r.name].append(r);
    for (QString n = r.name; isInside(n, zone.origin); n = parentOf(n)) {
        zone.names.insert(n);
        if (n == zone.origin || n.isEmpty())
            break;
    }
}
// The line of the first record that leaves its owner out (starts with a blank, RFC 1035 §5.1:
// "the last stated owner") before any line names one, or 0. BIND's named-checkzone refuses such a
// file ("no current owner name"); ldns would quietly give the record the origin.
int ownerlessRecordLine(const QByteArray& text) {
    int number = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++number;
        const QByteArrayView line(text.constData() + start, end - start);
        start = end + 1;
        const QByteArrayView content = line.trimmed();
        if (content.isEmpty() || content.startsWith(';') || content.startsWith('$'))
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return number;
        return 0; // an owner is named: later blank owners repeat a stated one
    }
    return 0;
}

// The line of a second SOA record, or 0. A zone has exactly one SOA, at its top (RFC 1035 §5.2).
// ldns_zone_new_frm_fp_l (1.8.3) frees a second SOA but keeps it as the previous record, which the
// next record without a TTL of its own then reads: a use after free (found by fuzz_zonefile). The
// records are read here with ldns's own record reader, with the same origin and previous owner as
// the zone reader's, so both see the same records; a syntax error stops this pass and is reported
// by the zone reader.
int secondSoaLine(QByteArray& text, const ldns_rdf* origin) {
    std::unique_ptr<FILE, FileCloser> fp(fmemopen(text.data(), static_cast<size_t>(text.size()), "r"));
    if (!fp)
        return 0;
    std::unique_ptr<ldns_rdf, RdfDeleter> currentOrigin(ldns_rdf_clone(origin));
    std::unique_ptr<ldns_rdf, RdfDeleter> previous(ldns_rdf_clone(origin));
    uint32_t ttl = 3600;
    int line = 0;
    bool soaSeen = false;
    while (!feof(fp.get())) {
        ldns_rr* rr = nullptr;
        ldns_rdf* originPtr = currentOrigin.release();
        ldns_rdf* previousPtr = previous.release();
        const ldns_status s = ldns_rr_new_frm_fp_l(&rr, fp.get(), &ttl, &originPtr, &previousPtr, &line);
        currentOrigin.reset(originPtr);
        previous.reset(previousPtr);
        if (s == LDNS_STATUS_SYNTAX_EMPTY || s == LDNS_STATUS_SYNTAX_TTL || s == LDNS_STATUS_SYNTAX_ORIGIN)
            continue;
        if (s != LDNS_STATUS_OK || !rr)
            return 0;
        const bool soa = ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA;
        ldns_rr_free(rr);
        if (soa && soaSeen)
            return line;
        soaSeen = soaSeen || soa;
    }
    return 0;
}
} // namespace

std::expected<ZoneResolver::Zone, QString>
ZoneResolver::parseZone(const QByteArray& text, const QString& origin, const QString& label) {
    // ldns reads zones from a FILE*; fmemopen keeps in-memory zones on the same parser.
    QByteArray copy = text;
    if (!copy.endsWith('\n'))
        copy.append('\n');
    std::unique_ptr<FILE, FileCloser> fp(fmemopen(copy.data(), static_cast<size_t>(copy.size()), "r"));
    if (!fp)
        return std::unexpected(QStringLiteral("%1: cannot read zone data").arg(label));
    const QByteArray originText =
        (origin.isEmpty() ? QStringLiteral(".") : origin + QLatin1Char('.')).toUtf8();
    std::unique_ptr<ldns_rdf, RdfDeleter> originRdf(ldns_dname_new_frm_str(originText.constData()));
    if (!originRdf)
        return std::unexpected(QStringLiteral("%1: invalid zone origin '%2'").arg(label, origin));
    if (const int ownerless = ownerlessRecordLine(copy); ownerless > 0)
        return std::unexpected(QStringLiteral("%1:%2: a record without an owner name (the line starts with a "
                                              "blank) before any record names one")
                                   .arg(label)
                                   .arg(ownerless));
    if (const int second = secondSoaLine(copy, originRdf.get()); second > 0)
        return std::unexpected(
            QStringLiteral("%1:%2: a second SOA record; a zone has exactly one, at its top "
                           "(RFC 1035 §5.2)")
                .arg(label)
                .arg(second));
    ldns_zone* raw = nullptr;
    int line = 0;
    const ldns_status status =
        ldns_zone_new_frm_fp_l(&raw, fp.get(), originRdf.get(), 3600, LDNS_RR_CLASS_IN, &line);
    if (status != LDNS_STATUS_OK || !raw)
        return std::unexpected(QStringLiteral("%1:%2: %3")
                                   .arg(label)
                                   .arg(line)
                                   .arg(QString::fromLatin1(ldns_get_errorstr_by_id(status))));
    std::unique_ptr<ldns_zone, ZoneDeleter> z(raw);
    Zone zone;
    zone.path = label;
    zone.origin = origin.toLower();
    if (const ldns_rr* soa = ldns_zone_soa(z.get()))
        zone.origin = LdnsRecordConverter::nameToString(ldns_rr_owner(soa));
    QList<DnsRecord> records;
    if (const ldns_rr* soa = ldns_zone_soa(z.get()))
        records << LdnsRecordConverter::convert(soa);
    const ldns_rr_list* rrs = ldns_zone_rrs(z.get());
    for (size_t i = 0; rrs && i < ldns_rr_list_rr_count(rrs); ++i)
        records << LdnsRecordConverter::convert(ldns_rr_list_rr(rrs, i));
    for (const DnsRecord& r : records) {
        if (!isInside(r.name, zone.origin))
            return std::unexpected(QStringLiteral("%1: the record for %2 lies outside the zone %3")
                                       .arg(label, r.name, zone.origin));
        indexZone(zone, r);
    }
    zone.names.insert(zone.origin);
    return zone;
}

std::expected<std::shared_ptr<ZoneResolver>, QString> ZoneResolver::load(const QStringList& paths,
                                                                         std::shared_ptr<Resolver> fallback) {
    QList<Zone> zones;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                QStringLiteral("cannot open zone file %1: %2").arg(path, file.errorString()));
        const QByteArray text = file.readAll();
        // Default origin: $ORIGIN in the file wins inside ldns; else the file name.
        QString origin = QFileInfo(path).fileName();
        for (const char* suffix : {".zone", ".db", ".txt"})
            if (origin.endsWith(QLatin1String(suffix)))
                origin.chop(static_cast<qsizetype>(strlen(suffix)));
        if (origin == QLatin1String("root") || origin == QLatin1String("."))
            origin.clear();
        auto zone = parseZone(text, origin, path);
        if (!zone)
            return std::unexpected(zone.error());
        zones << *zone;
    }
    return std::make_shared<ZoneResolver>(zones, std::move(fallback));
}

ZoneResolver::ZoneResolver(QList<Zone> zones, std::shared_ptr<Resolver> fallback)
    : m_zones(std::move(zones))
    , m_fallback(std::move(fallback)) {}

QString ZoneResolver::describe() const {
    QStringList files;
    for (const Zone& z : m_zones)
        files << z.path;
    QString d = QStringLiteral("zone files: %1").arg(files.join(QStringLiteral(", ")));
    if (m_fallback)
        d += QStringLiteral(" over ") + m_fallback->describe();
    return d;
}

QStringList ZoneResolver::origins() const {
    QStringList out;
    for (const Zone& z : m_zones)
        out << (z.origin.isEmpty() ? QStringLiteral(".") : z.origin);
    return out;
}

const ZoneResolver::Zone* ZoneResolver::zoneFor(const QString& name) const {
    const Zone* best = nullptr;
    for (const Zone& z : m_zones)
        if (isInside(name, z.origin) && (!best || z.origin.size() > best->origin.size()))
            best = &z;
    return best;
}

bool ZoneResolver::covers(const QString& name) const {
    return zoneFor(name.toLower()) != nullptr;
}

bool ZoneResolver::resolveAsync(const QString& rawName, DnsRecordType type, bool background,
                                std::function<void(DnsAnswer)> done) {
    QString name = rawName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (!m_fallback || zoneFor(name))
        return false; // answered from the zones at once: resolve() on the caller's thread
    return m_fallback->resolveAsync(name, type, background, std::move(done));
}

DnsAnswer ZoneResolver::resolve(const QString& rawName, DnsRecordType type) {
    QElapsedTimer clock;
    clock.start();
    QString name = rawName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const Zone* zone = zoneFor(name);
    if (!zone) {
        if (m_fallback)
            return m_fallback->resolve(name, type);
        DnsAnswer a;
        a.name = name;
        a.type = type;
        a.outcome = DnsOutcome::Refused;
        a.source = DnsSource::ZoneFile;
        a.origin = DnsSource::ZoneFile;
        a.error = QStringLiteral("%1 is in none of the loaded zones (%2) and the audit is offline")
                      .arg(name, origins().join(QStringLiteral(", ")));
        return a;
    }
    DnsAnswer a = answerFromZone(*zone, name, type, 0);
    a.elapsedMs = clock.elapsed();
    return a;
}

DnsAnswer ZoneResolver::answerFromZone(const Zone& zone, const QString& name, DnsRecordType type, int depth) {
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.source = DnsSource::ZoneFile;
    a.origin = DnsSource::ZoneFile;
    a.server = zone.path;
    a.staged = m_staged;

    const QList<DnsRecord>* owned = nullptr;
    QString synthesizedFrom;
    if (auto it = zone.records.constFind(name); it != zone.records.constEnd()) {
        owned = &*it;
    } else if (zone.names.contains(name)) {
        a.outcome = DnsOutcome::NoData; // empty non-terminal
        return a;
    } else {
        // RFC 4592: the closest encloser is the longest existing ancestor; only its wildcard applies.
        QString encloser = parentOf(name);
        while (!zone.names.contains(encloser) && isInside(encloser, zone.origin) && !encloser.isEmpty())
            encloser = parentOf(encloser);
        const QString wildcard = encloser.isEmpty() ? QStringLiteral("*") : QStringLiteral("*.") + encloser;
        if (auto wild = zone.records.constFind(wildcard); wild != zone.records.constEnd()) {
            owned = &*wild;
            synthesizedFrom = wildcard;
        } else {
            a.outcome = DnsOutcome::NxDomain;
            return a;
        }
    }
    for (DnsRecord r : *owned) {
        if (r.type == type) {
            r.name = name;
            a.records << r;
        }
    }
    if (!a.records.isEmpty()) {
        a.outcome = DnsOutcome::Answer;
        // A signed zone file's RRSIGs over the answer (the type covered is the first field).
        const QString covered = dnsRecordTypeName(type);
        for (DnsRecord r : *owned)
            if (r.type == DnsRecordType::RRSIG && r.rdata.section(QLatin1Char(' '), 0, 0) == covered) {
                r.name = name;
                a.signatures << r;
            }
        return a;
    }
    if (type != DnsRecordType::CNAME) {
        for (DnsRecord r : *owned) {
            if (r.type != DnsRecordType::CNAME)
                continue;
            r.name = name;
            if (depth >= 16) {
                a.outcome = DnsOutcome::CnameChain;
                a.error = QStringLiteral("CNAME chain longer than 16 links at %1").arg(name);
                return a;
            }
            DnsAnswer next;
            if (const Zone* targetZone = zoneFor(r.target)) {
                next = answerFromZone(*targetZone, r.target, type, depth + 1);
            } else if (m_fallback) {
                next = m_fallback->resolve(r.target, type);
            } else {
                next.outcome = DnsOutcome::Refused;
                next.error =
                    QStringLiteral("the CNAME target %1 is in none of the loaded zones").arg(r.target);
            }
            a.cnames << r;
            a.cnames += next.cnames;
            a.records = next.records;
            a.outcome = next.outcome;
            a.error = next.error;
            return a;
        }
    }
    a.outcome = DnsOutcome::NoData;
    return a;
}
