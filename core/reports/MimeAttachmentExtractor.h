#pragma once
// Finds the report attachments in a mail message (.eml) or a mailbox (.mbox): walks the MIME tree
// (multipart, message/rfc822), decodes base64 and quoted-printable, and keeps the parts that hold
// XML, JSON, gzip or zip. Notices DMARC failure reports (ARF), which are not aggregate reports.

#include "ReportPayload.h"

#include <QList>

#include <expected>

class MimeAttachmentExtractor {
public:
    struct Result {
        QList<ReportPayload> attachments;
        int messages = 0;
        int failureReports = 0; // multipart/report; report-type=feedback-report
    };

    // Whether the start of a file looks like a mail message or an mbox.
    static bool looksLikeMessage(const QByteArray& head);

    static Result extract(const QByteArray& data, const QString& name);
    static QByteArray decodeQuotedPrintable(QByteArrayView data);
};
