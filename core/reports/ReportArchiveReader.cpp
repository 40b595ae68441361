#include "ReportArchiveReader.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {
struct ArchiveFree {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

QString stripSuffix(const QString& name) {
    for (const QLatin1String suffix : {QLatin1String(".gz"), QLatin1String(".gzip"), QLatin1String(".bz2"),
                                       QLatin1String(".xz"), QLatin1String(".zst")})
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return name.chopped(suffix.size());
    return name;
}
} // namespace

ReportArchiveReader::ReportArchiveReader(ReportArchiveLimits limits)
    : m_limits(limits) {}

bool ReportArchiveReader::isCompressed(const QByteArray& head) {
    return head.startsWith("\x1f\x8b") || head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
           head.startsWith("BZh") ||
           head.startsWith(QByteArrayView("\xfd"
                                          "7zXZ\x00",
                                          6)) ||
           head.startsWith("\x28\xb5\x2f\xfd");
}

std::expected<QList<ReportPayload>, QString> ReportArchiveReader::read(const QByteArray& data,
                                                                       const QString& name) const {
    QList<ReportPayload> out;
    if (!isCompressed(data)) {
        out.append({name, data});
        return out;
    }
    qint64 expanded = 0;
    auto result = expand(data, name, 1, qMax<qint64>(data.size(), 1), expanded, out);
    if (!result)
        return std::unexpected(result.error());
    if (out.isEmpty())
        return std::unexpected(QStringLiteral("%1: the archive holds no file").arg(name));
    return out;
}

std::expected<void, QString> ReportArchiveReader::expand(const QByteArray& data, const QString& name,
                                                         int depth, qint64 inputSize, qint64& expanded,
                                                         QList<ReportPayload>& out) const {
    if (depth > m_limits.maxDepth)
        return std::unexpected(QStringLiteral("%1: containers nested more than %2 deep; refused")
                                   .arg(name)
                                   .arg(m_limits.maxDepth));
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    // A bare gzip stream has no archive format: "raw" yields its one member.
    archive_read_support_format_raw(a.get());
    if (archive_read_open_memory(a.get(), data.constData(), static_cast<size_t>(data.size())) != ARCHIVE_OK)
        return std::unexpected(QStringLiteral("%1: not a readable archive: %2")
                                   .arg(name, QString::fromUtf8(archive_error_string(a.get()))));
    archive_entry* entry = nullptr;
    int members = 0;
    const bool raw = !data.startsWith("PK");
    while (true) {
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return std::unexpected(QStringLiteral("%1: damaged archive: %2")
                                       .arg(name, QString::fromUtf8(archive_error_string(a.get()))));
        if (archive_entry_filetype(entry) != AE_IFREG && !raw)
            continue;
        const QString path =
            QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                 : archive_entry_pathname(entry));
        if (path.startsWith(QLatin1String("__MACOSX/")))
            continue;
        if (++members > m_limits.maxMembers)
            return std::unexpected(
                QStringLiteral("%1: more than %2 members; refused").arg(name).arg(m_limits.maxMembers));
        const QString memberName = raw || path.isEmpty() || path == QLatin1String("data")
                                       ? stripSuffix(name)
                                       : name + QStringLiteral(" / ") + path;
        QByteArray member;
        char buffer[64 * 1024];
        while (true) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return std::unexpected(
                    QStringLiteral("%1: damaged archive: %2")
                        .arg(memberName, QString::fromUtf8(archive_error_string(a.get()))));
            expanded += n;
            if (expanded > m_limits.maxExpandedBytes)
                return std::unexpected(
                    QStringLiteral("%1: expands beyond %2 MiB; refused as a probable zip bomb")
                        .arg(name)
                        .arg(m_limits.maxExpandedBytes / (1024 * 1024)));
            if (expanded > m_limits.ratioFloorBytes &&
                double(expanded) / double(inputSize) > m_limits.maxRatio)
                return std::unexpected(
                    QStringLiteral("%1: expands more than %2 times its size; refused as a probable zip bomb")
                        .arg(name)
                        .arg(m_limits.maxRatio));
            member.append(buffer, n);
        }
        if (isCompressed(member)) {
            auto nested = expand(member, memberName, depth + 1, inputSize, expanded, out);
            if (!nested)
                return nested;
        } else {
            out.append({memberName, std::move(member)});
        }
    }
    return {};
}
