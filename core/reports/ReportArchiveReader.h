#pragma once
// Unpacks the containers reports arrive in (gzip, zip with one or several members, and those
// nested: a .zip inside a .gz) with libarchive, within hard bounds on the expanded size and the
// expansion ratio, so that a zip bomb is refused instead of filling memory.

#include "ReportPayload.h"

#include <QList>

#include <expected>

struct ReportArchiveLimits {
    qint64 maxExpandedBytes = 512LL * 1024 * 1024; // all members of one file together
    double maxRatio = 500.0;                       // expanded / compressed; real reports stay near 20-50
    qint64 ratioFloorBytes = 1024LL * 1024; // tiny files may compress extremely well; no ratio check below
    int maxDepth = 3;                       // containers inside containers
    int maxMembers = 1000;
};

class ReportArchiveReader {
public:
    explicit ReportArchiveReader(ReportArchiveLimits limits = {});

    // Whether the bytes start with a container signature (gzip, zip, bzip2, xz, zstd).
    static bool isCompressed(const QByteArray& head);

    // Plain data comes back as one payload; a container's members come back expanded.
    std::expected<QList<ReportPayload>, QString> read(const QByteArray& data, const QString& name) const;

private:
    std::expected<void, QString> expand(const QByteArray& data, const QString& name, int depth,
                                        qint64 inputSize, qint64& expanded, QList<ReportPayload>& out) const;
    ReportArchiveLimits m_limits;
};
