#pragma once
// Unpacks the containers reports arrive in (gzip, zip with one or several members, and those
// nested: a .zip inside a .gz) with libarchive, within hard bounds on the inflated size and the
// expansion ratio, so that a zip bomb is refused instead of filling memory.
//
// A file is read twice. The first pass inflates everything as a stream (a container inside a
// container is read straight from its parent, never held whole) and only counts: a bomb is refused
// there, having cost its inflation up to a limit and a few 64 KiB buffers of memory. The second
// pass, for files within every limit, keeps the reports' bytes (each buffer sized exactly from the
// first pass) and hands them over one at a time.

#include "ReportPayload.h"

#include <QList>

#include <expected>
#include <functional>

struct archive;

struct ReportArchiveLimits {
    // One report once inflated. Aggregate reports hold a row per sending address and day; the
    // largest real ones (big senders, big receivers) run to tens of MiB. 256 MiB is some 400,000
    // rows, and the most one report taken out of an archive may hold (plain .xml files are
    // streamed and have no such bound).
    qint64 maxMemberBytes = 256LL * 1024 * 1024;
    // Everything inflated from one file: all its reports, the containers inside it, the members
    // skipped.
    qint64 maxExpandedBytes = 512LL * 1024 * 1024;
    double maxRatio = 500.0;                // inflated / compressed; real reports stay near 10-50
    qint64 ratioFloorBytes = 1024LL * 1024; // tiny files may compress extremely well; no ratio check below
    int maxDepth = 3;                       // containers inside containers
    int maxMembers = 1000;                  // members of all the file's containers together
};

class ReportArchiveReader {
public:
    explicit ReportArchiveReader(ReportArchiveLimits limits = {});

    // Whether the bytes start with a container signature (gzip, zip, bzip2, xz, zstd).
    static bool isCompressed(QByteArrayView head);

    // Receives each report found; an error stops the reading and is returned as it is.
    using Sink = std::function<std::expected<void, QString>(ReportPayload&& report)>;

    // Plain data is handed over as one report; a container's reports are handed over one at a time,
    // once the whole file was measured within the limits.
    std::expected<void, QString> read(const QByteArray& data, const QString& name, const Sink& sink) const;
    // The same, all the reports at once.
    std::expected<QList<ReportPayload>, QString> read(const QByteArray& data, const QString& name) const;

    // "2.0 MiB", "812 KiB", "90 bytes".
    static QString sizeText(qint64 bytes);

private:
    struct Walk;
    struct Pull;
    static long pull(archive* inner, void* client, const void** buffer);

    std::expected<void, QString> walk(Walk& w, archive* a, const QString& name, bool raw, int depth) const;
    std::expected<void, QString> walkNested(Walk& w, archive* outer, QByteArray head, const QString& name,
                                            int depth) const;
    std::expected<void, QString> readReport(Walk& w, archive* a, QByteArray head, const QString& name,
                                            QByteArray& buffer) const;
    std::expected<void, QString> drain(Walk& w, archive* a, const QString& name, QByteArray& buffer) const;
    std::expected<void, QString> count(Walk& w, qint64 bytes) const;
    static QString failure(const Walk& w, archive* a, const QString& what, const QString& name);

    ReportArchiveLimits m_limits;
};
