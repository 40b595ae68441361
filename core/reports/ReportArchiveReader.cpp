#include "ReportArchiveReader.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <memory>
#include <type_traits>

static_assert(std::is_same_v<la_ssize_t, long>, "ReportArchiveReader::pull is declared with long");

namespace {
constexpr qsizetype ChunkBytes = 64 * 1024;

struct ArchiveFree {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

ArchivePtr newReader() {
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_zip(a.get());
    // A bare gzip stream has no archive format: "raw" yields its one member.
    archive_read_support_format_raw(a.get());
    return a;
}

QString stripSuffix(const QString& name) {
    for (const QLatin1String suffix : {QLatin1String(".gz"), QLatin1String(".gzip"), QLatin1String(".bz2"),
                                       QLatin1String(".xz"), QLatin1String(".zst")})
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return name.chopped(suffix.size());
    return name;
}

const QString Bomb = QStringLiteral("refused as a probable zip bomb");
} // namespace

// One file's way through its containers: what was inflated so far and, in the second pass, where
// the reports go.
struct ReportArchiveReader::Walk {
    QString fileName;
    qint64 inputSize = 0;
    qint64 inflated = 0; // every layer of every member, skipped ones included
    int members = 0;
    QString stop; // a limit was crossed inside libarchive's read callback: the reason
    bool keep = false;
    QList<qint64> sizes; // first pass: each report's size, in order
    qsizetype nextReport = 0;
    const Sink* sink = nullptr;
};

// A container inside a container, read straight from its parent member as that inflates.
struct ReportArchiveReader::Pull {
    const ReportArchiveReader* reader = nullptr;
    Walk* walk = nullptr;
    archive* outer = nullptr;
    QByteArray head; // what was read from the member to recognise it, handed over first
    bool headGiven = false;
    QByteArray buffer;
};

ReportArchiveReader::ReportArchiveReader(ReportArchiveLimits limits)
    : m_limits(limits) {}

bool ReportArchiveReader::isCompressed(QByteArrayView head) {
    return head.startsWith("\x1f\x8b") || head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
           head.startsWith("BZh") || head.startsWith(QByteArrayView("\xfd\x37zXZ\x00", 6)) ||
           head.startsWith("\x28\xb5\x2f\xfd");
}

QString ReportArchiveReader::sizeText(qint64 bytes) {
    constexpr qint64 KiB = 1024;
    const auto in = [bytes](qint64 unit, const char* name) {
        const QString number = bytes % unit == 0 ? QString::number(bytes / unit)
                                                 : QString::number(double(bytes) / double(unit), 'f', 1);
        return QStringLiteral("%1 %2").arg(number, QLatin1String(name));
    };
    if (bytes >= KiB * KiB * KiB)
        return in(KiB * KiB * KiB, "GiB");
    if (bytes >= KiB * KiB)
        return in(KiB * KiB, "MiB");
    if (bytes >= KiB)
        return QStringLiteral("%1 KiB").arg(bytes / KiB);
    return QStringLiteral("%1 bytes").arg(bytes);
}

std::expected<QList<ReportPayload>, QString> ReportArchiveReader::read(const QByteArray& data,
                                                                       const QString& name) const {
    QList<ReportPayload> out;
    auto result = read(data, name, [&out](ReportPayload&& report) -> std::expected<void, QString> {
        out.append(std::move(report));
        return {};
    });
    if (!result)
        return std::unexpected(result.error());
    return out;
}

std::expected<void, QString> ReportArchiveReader::read(const QByteArray& data, const QString& name,
                                                       const Sink& sink) const {
    if (!isCompressed(data))
        return sink({name, data});
    Walk w;
    w.fileName = name;
    w.inputSize = qMax<qint64>(data.size(), 1);
    w.sink = &sink;
    // Pass one counts, pass two keeps.
    for (const bool keep : {false, true}) {
        w.keep = keep;
        w.inflated = 0;
        w.members = 0;
        w.nextReport = 0;
        ArchivePtr a = newReader();
        if (archive_read_open_memory(a.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
            return std::unexpected(failure(w, a.get(), QStringLiteral("not a readable archive"), name));
        if (auto walked = walk(w, a.get(), name, !data.startsWith("PK"), 1); !walked)
            return walked;
        if (w.sizes.isEmpty())
            return std::unexpected(QStringLiteral("%1: the archive holds no file").arg(name));
    }
    return {};
}

QString ReportArchiveReader::failure(const Walk& w, archive* a, const QString& what, const QString& name) {
    if (!w.stop.isEmpty())
        return w.stop;
    const char* reason = archive_error_string(a);
    return QStringLiteral("%1: %2: %3")
        .arg(name, what, reason ? QString::fromUtf8(reason) : QStringLiteral("unknown error"));
}

std::expected<void, QString> ReportArchiveReader::count(Walk& w, qint64 bytes) const {
    w.inflated += bytes;
    if (w.inflated > m_limits.maxExpandedBytes)
        return std::unexpected(
            QStringLiteral("%1: %2: the %3 file inflates beyond %4, the most one file "
                           "may inflate to (its reports, and containers inside it, "
                           "together)")
                .arg(w.fileName, Bomb, sizeText(w.inputSize), sizeText(m_limits.maxExpandedBytes)));
    if (w.inflated > m_limits.ratioFloorBytes && double(w.inflated) / double(w.inputSize) > m_limits.maxRatio)
        return std::unexpected(QStringLiteral("%1: %2: the %3 file inflates more than %4 times its size "
                                              "(already %5; reports compress some 10 to 50 times)")
                                   .arg(w.fileName, Bomb, sizeText(w.inputSize))
                                   .arg(m_limits.maxRatio)
                                   .arg(sizeText(w.inflated)));
    return {};
}

std::expected<void, QString> ReportArchiveReader::walk(Walk& w, archive* a, const QString& name, bool raw,
                                                       int depth) const {
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    archive_entry* entry = nullptr;
    while (true) {
        const int status = archive_read_next_header(a, &entry);
        if (status == ARCHIVE_EOF)
            return {};
        if (status < ARCHIVE_WARN)
            return std::unexpected(failure(w, a, QStringLiteral("damaged archive"), name));
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString path = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
        // Skipped, but read here rather than left to libarchive: a streamed zip member whose
        // length comes after its data is inflated to be skipped, and that counts too.
        if ((archive_entry_filetype(entry) != AE_IFREG && !raw) ||
            path.startsWith(QLatin1String("__MACOSX/"))) {
            if (auto drained = drain(w, a, name, buffer); !drained)
                return drained;
            continue;
        }
        if (++w.members > m_limits.maxMembers)
            return std::unexpected(
                QStringLiteral("%1: more than %2 members; refused").arg(w.fileName).arg(m_limits.maxMembers));
        const QString memberName = raw || path.isEmpty() || path == QLatin1String("data")
                                       ? stripSuffix(name)
                                       : name + QStringLiteral(" / ") + path;
        // The first bytes tell a report from a container inside the container.
        QByteArray head;
        while (head.size() < 6) {
            const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
            if (n == 0)
                break;
            if (n < 0)
                return std::unexpected(failure(w, a, QStringLiteral("damaged archive"), memberName));
            if (auto counted = count(w, n); !counted)
                return counted;
            head.append(buffer.constData(), n);
        }
        if (!isCompressed(head)) {
            if (auto done = readReport(w, a, std::move(head), memberName, buffer); !done)
                return done;
            continue;
        }
        if (auto done = walkNested(w, a, std::move(head), memberName, depth + 1); !done)
            return done;
        // What the inner container left unread (trailing bytes) is inflated and counted as well.
        if (auto drained = drain(w, a, memberName, buffer); !drained)
            return drained;
    }
}

std::expected<void, QString> ReportArchiveReader::drain(Walk& w, archive* a, const QString& name,
                                                        QByteArray& buffer) const {
    while (true) {
        const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
        if (n == 0)
            return {};
        if (n < 0)
            return std::unexpected(failure(w, a, QStringLiteral("damaged archive"), name));
        if (auto counted = count(w, n); !counted)
            return counted;
    }
}

long ReportArchiveReader::pull(archive* inner, void* client, const void** buffer) {
    auto* p = static_cast<Pull*>(client);
    if (!p->headGiven) {
        p->headGiven = true;
        *buffer = p->head.constData();
        return long(p->head.size());
    }
    const la_ssize_t n = archive_read_data(p->outer, p->buffer.data(), size_t(p->buffer.size()));
    if (n < 0) {
        const char* reason = archive_error_string(p->outer);
        archive_set_error(inner, EIO, "%s", reason ? reason : "unknown error");
        return ARCHIVE_FATAL;
    }
    if (auto counted = p->reader->count(*p->walk, n); !counted) {
        p->walk->stop = counted.error();
        archive_set_error(inner, EIO, "limit reached");
        return ARCHIVE_FATAL;
    }
    *buffer = p->buffer.constData();
    return n;
}

std::expected<void, QString> ReportArchiveReader::walkNested(Walk& w, archive* outer, QByteArray head,
                                                             const QString& name, int depth) const {
    if (depth > m_limits.maxDepth)
        return std::unexpected(QStringLiteral("%1: containers nested more than %2 deep; refused")
                                   .arg(name)
                                   .arg(m_limits.maxDepth));
    Pull p;
    p.reader = this;
    p.walk = &w;
    p.outer = outer;
    p.buffer = QByteArray(ChunkBytes, Qt::Uninitialized);
    const bool raw = !head.startsWith("PK");
    p.head = std::move(head);
    ArchivePtr inner = newReader();
    if (archive_read_open(inner.get(), &p, nullptr, &ReportArchiveReader::pull, nullptr) != ARCHIVE_OK)
        return std::unexpected(failure(w, inner.get(), QStringLiteral("not a readable archive"), name));
    return walk(w, inner.get(), name, raw, depth);
}

std::expected<void, QString> ReportArchiveReader::readReport(Walk& w, archive* a, QByteArray head,
                                                             const QString& name, QByteArray& buffer) const {
    QByteArray report;
    if (w.keep) {
        report.reserve(qsizetype(w.sizes.value(w.nextReport, head.size())));
        report.append(head);
    }
    qint64 size = head.size();
    while (true) {
        if (size > m_limits.maxMemberBytes)
            return std::unexpected(
                QStringLiteral("%1: %2: this report inflates beyond %3 (from a %4 file), "
                               "the most one report inside an archive may hold; real "
                               "aggregate reports are far smaller")
                    .arg(name, Bomb, sizeText(m_limits.maxMemberBytes), sizeText(w.inputSize)));
        const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
        if (n == 0)
            break;
        if (n < 0)
            return std::unexpected(failure(w, a, QStringLiteral("damaged archive"), name));
        if (auto counted = count(w, n); !counted)
            return counted;
        size += n;
        if (w.keep && size <= m_limits.maxMemberBytes)
            report.append(buffer.constData(), n);
    }
    if (!w.keep) {
        w.sizes.append(size);
        return {};
    }
    ++w.nextReport;
    return (*w.sink)({name, std::move(report)});
}
