#include "AuditPartMerger.h"

#include "DomainShard.h"
#include "export/AuditJsonPartReader.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <memory>

namespace {
// What every report of a sharded run must agree on: the same list, shard count, version, options.
struct RunKey {
    int count = 0;
    qint64 of = 0;
    QString list;
    QString version;
    QString options;

    static RunKey from(const QJsonObject& shard) {
        return {shard.value(QStringLiteral("count")).toInt(), shard.value(QStringLiteral("of")).toInteger(),
                shard.value(QStringLiteral("list")).toString(),
                shard.value(QStringLiteral("version")).toString(),
                shard.value(QStringLiteral("options")).toString()};
    }
};

// How two reports' keys differ, in words; empty when they agree.
QString difference(const RunKey& a, const RunKey& b) {
    if (a.version != b.version)
        return QStringLiteral("were written by different Mailsight versions (%1 and %2)")
            .arg(a.version, b.version);
    if (a.count != b.count)
        return QStringLiteral("split the list into different numbers of shards (%1 and %2)")
            .arg(a.count)
            .arg(b.count);
    if (a.list != b.list || a.of != b.of)
        return QStringLiteral("come from different domain lists (or the list in another order)");
    if (a.options != b.options)
        return QStringLiteral("were audited with different options");
    return {};
}

std::expected<std::unique_ptr<QFile>, QString> openPart(const QString& path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file->errorString()));
    return file;
}
} // namespace

AuditPartMerger::AuditPartMerger(QStringList paths)
    : m_paths(std::move(paths)) {}

std::expected<AuditPartMerger::Summary, QString> AuditPartMerger::check() {
    Summary summary;
    QHash<QString, int> partOf; // domain -> part index
    QSet<qint64> positions;
    std::optional<RunKey> key;
    QString keyPath;
    int unshardedPart = -1;
    QHash<int, int> partOfShard; // shard -> part index
    // Takes the domain for part p; the message when another part (or p itself) has it already.
    const auto claim = [&](const QString& domain, int p) -> QString {
        if (const auto seen = partOf.constFind(domain); seen != partOf.constEnd())
            return *seen == p ? QStringLiteral("%1: %2 is in it twice").arg(m_paths.at(p), domain)
                              : QStringLiteral("%1 is in both %2 and %3: the parts overlap")
                                    .arg(domain, m_paths.at(*seen), m_paths.at(p));
        partOf.insert(domain, p);
        return {};
    };
    for (int p = 0; p < m_paths.size(); ++p) {
        const QString& path = m_paths.at(p);
        auto file = openPart(path);
        if (!file)
            return std::unexpected(file.error());
        AuditJsonPartReader reader(file->get(), path);
        Part part{path, 0, 0};
        qint64 lastPosition = -1;
        while (true) {
            auto next = reader.next();
            if (!next)
                return std::unexpected(next.error());
            if (!*next)
                break;
            const QJsonObject& o = **next;
            const QString domain = o.value(QStringLiteral("domain")).toString();
            if (domain.isEmpty())
                return std::unexpected(
                    QStringLiteral("%1: report %2 names no domain").arg(path).arg(part.reports + 1));
            const QJsonObject shard = o.value(QStringLiteral("shard")).toObject();
            if (shard.isEmpty()) {
                if (part.shard > 0 || key)
                    return std::unexpected(
                        QStringLiteral("%1: %2 was audited without --shard, other reports with it")
                            .arg(path, domain));
                if (auto overlap = claim(domain, p); !overlap.isEmpty())
                    return std::unexpected(overlap);
                unshardedPart = p;
                ++part.reports;
                continue;
            }
            if (unshardedPart >= 0)
                return std::unexpected(
                    QStringLiteral("%1 was written with --shard, %2 without: not parts of one run")
                        .arg(path, m_paths.at(unshardedPart)));
            const RunKey here = RunKey::from(shard);
            const int index = shard.value(QStringLiteral("index")).toInt();
            const qint64 position = shard.value(QStringLiteral("position")).toInteger(-1);
            // The count bounds the loop over the shards below: no more than --shard takes.
            if (here.count < 1 || here.count > DomainShard::kMaxCount)
                return std::unexpected(
                    QStringLiteral("%1: the \"shard\" of %2 counts %3 shards (1 to %4 are possible)")
                        .arg(path, domain, shard.value(QStringLiteral("count")).toVariant().toString())
                        .arg(DomainShard::kMaxCount));
            if (index < 1 || index > here.count)
                return std::unexpected(
                    QStringLiteral(
                        "%1: the \"shard\" of %2 is number %3 of %4 (shards are counted from 1 to %4)")
                        .arg(path, domain, shard.value(QStringLiteral("index")).toVariant().toString())
                        .arg(here.count));
            if (position < 0 || position >= here.of)
                return std::unexpected(
                    QStringLiteral("%1: the \"shard\" of %2 is not valid").arg(path, domain));
            if (!key) {
                key = here;
                keyPath = path;
            } else if (const QString d = difference(*key, here); !d.isEmpty()) {
                return std::unexpected(
                    QStringLiteral("%1 and %2 %3: not parts of one run").arg(keyPath, path, d));
            }
            if (auto overlap = claim(domain, p); !overlap.isEmpty())
                return std::unexpected(overlap);
            if (part.shard > 0 && part.shard != index)
                return std::unexpected(QStringLiteral("%1 holds reports of shards %2 and %3 of %4")
                                           .arg(path)
                                           .arg(part.shard)
                                           .arg(index)
                                           .arg(here.count));
            if (part.shard == 0) {
                if (const auto other = partOfShard.constFind(index); other != partOfShard.constEnd())
                    return std::unexpected(QStringLiteral("%1 and %2 are both shard %3/%4")
                                               .arg(m_paths.at(*other), path)
                                               .arg(index)
                                               .arg(here.count));
                partOfShard.insert(index, p);
                part.shard = index;
            }
            if (DomainShard::of(domain, here.count) != index)
                return std::unexpected(QStringLiteral("%1: %2 does not belong to shard %3/%4")
                                           .arg(path, domain)
                                           .arg(index)
                                           .arg(here.count));
            if (position <= lastPosition || positions.contains(position))
                return std::unexpected(QStringLiteral("%1: %2 is out of the list's order (position %3)")
                                           .arg(path, domain)
                                           .arg(position));
            lastPosition = position;
            positions.insert(position);
            ++part.reports;
        }
        summary.domains += part.reports;
        summary.parts << part;
    }
    m_sharded = key.has_value();
    if (m_sharded) {
        summary.shardCount = key->count;
        QList<int> missing;
        for (int i = 1; i <= key->count; ++i)
            if (!partOfShard.contains(i))
                missing << i;
        if (summary.domains < key->of) {
            if (missing.isEmpty())
                return std::unexpected(
                    QStringLiteral("the parts hold %1 of the %2 domains of the list: a part lost "
                                   "domains (an interrupted or edited output?)")
                        .arg(summary.domains)
                        .arg(key->of));
            QStringList names;
            for (int i : std::as_const(missing))
                names << QStringLiteral("%1/%2").arg(i).arg(key->count);
            QString message = (missing.size() == 1 ? QStringLiteral("shard %1 is missing")
                                                   : QStringLiteral("shards %1 are missing"))
                                  .arg(names.join(QStringLiteral(", "))) +
                              QStringLiteral(": the parts hold %1 of the %2 domains of the list")
                                  .arg(summary.domains)
                                  .arg(key->of);
            // An empty part says nothing of its shard: a shard with none of the list's domains.
            QStringList empty;
            for (const Part& part : std::as_const(summary.parts))
                if (part.reports == 0)
                    empty << part.path;
            if (!empty.isEmpty())
                message +=
                    QStringLiteral(" (no report in %1: the output of a shard that held none of the list's "
                                   "domains, one of those)")
                        .arg(empty.join(QStringLiteral(", ")));
            return std::unexpected(message);
        }
        summary.emptyShards = missing; // every domain is there: these shards held none
    }
    m_checked = true;
    return summary;
}

std::expected<void, QString> AuditPartMerger::forEach(const std::function<void(AuditReport&)>& visit) {
    if (!m_checked)
        return std::unexpected(QStringLiteral("the parts were not checked"));
    struct Cursor {
        std::unique_ptr<QFile> file;
        std::unique_ptr<AuditJsonPartReader> reader;
        std::optional<QJsonObject> current;
        qint64 position = -1;
    };
    std::vector<Cursor> cursors;
    const auto advance = [](Cursor& c) -> std::expected<void, QString> {
        auto next = c.reader->next();
        if (!next)
            return std::unexpected(next.error());
        c.current = *next;
        if (c.current)
            c.position = c.current->value(QStringLiteral("shard"))
                             .toObject()
                             .value(QStringLiteral("position"))
                             .toInteger();
        return {};
    };
    for (const QString& path : std::as_const(m_paths)) {
        auto file = openPart(path);
        if (!file)
            return std::unexpected(file.error());
        Cursor c;
        c.file = std::move(*file);
        c.reader = std::make_unique<AuditJsonPartReader>(c.file.get(), path);
        if (auto read = advance(c); !read)
            return read;
        cursors.push_back(std::move(c));
    }
    // Sharded: the report with the lowest position next (each part is in the list's order);
    // unsharded: the parts one after the other.
    while (true) {
        Cursor* pick = nullptr;
        for (Cursor& c : cursors) {
            if (!c.current)
                continue;
            if (!pick || (m_sharded && c.position < pick->position))
                pick = &c;
            if (!m_sharded)
                break;
        }
        if (!pick)
            return {};
        auto report = AuditReport::fromJson(*pick->current);
        if (!report)
            return std::unexpected(report.error());
        report->shard = QJsonObject();
        visit(*report);
        if (auto read = advance(*pick); !read)
            return read;
    }
}
