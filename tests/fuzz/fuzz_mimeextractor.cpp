// Report mail (.eml / .mbox) is outside data: the MIME walk and the decoders must survive any bytes,
// and the attachments found go through the archive reader as the importer does.
#include "reports/MimeAttachmentExtractor.h"
#include "reports/ReportArchiveReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray mail(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)MimeAttachmentExtractor::looksLikeMessage(mail);
    const auto result = MimeAttachmentExtractor::extract(mail, QStringLiteral("fuzz.eml"));
    ReportArchiveLimits limits;
    limits.maxExpandedBytes = 16 * 1024 * 1024;
    const ReportArchiveReader archives(limits);
    for (const ReportPayload& attachment : result.attachments)
        (void)archives.read(attachment.data, attachment.name);
    return 0;
}
