// Report archives (.gz, .zip, containers inside containers) are outside data: libarchive's readers
// and the streamed walk through nested containers must survive any bytes, and no report beyond the
// limits may ever be handed over. The seeds include small archive bombs of every shape.
#include "reports/ReportArchiveReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ReportArchiveLimits limits;
    limits.maxMemberBytes = 4 * 1024 * 1024;
    limits.maxExpandedBytes = 8 * 1024 * 1024;
    qint64 total = 0;
    const ReportArchiveReader reader(limits);
    const auto result = reader.read(
        bytes, QStringLiteral("fuzz.zip"), [&](ReportPayload&& report) -> std::expected<void, QString> {
            total += report.data.size();
            if ((ReportArchiveReader::isCompressed(bytes) && report.data.size() > limits.maxMemberBytes) ||
                total > qMax<qint64>(limits.maxExpandedBytes, bytes.size()))
                std::abort(); // a limit did not hold
            return {};
        });
    if (!result && result.error().isEmpty())
        std::abort(); // a refusal always says why
    return 0;
}
