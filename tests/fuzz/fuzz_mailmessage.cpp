// Messages and mbox files are dropped in by users and written by anyone: splitting, header
// parsing, canonicalization, the header hash input of every signature and the
// Authentication-Results parser must survive any bytes.
#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimVerifier.h"
#include "mail/AuthenticationResults.h"
#include "mail/MailMessage.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QByteArray& part : MailMessage::splitMbox(bytes)) {
        const MailMessage m = MailMessage::parse(part);
        (void)m.fromDomain();
        DkimCanonicalizer::body(m.body, DkimCanonicalization::Relaxed);
        DkimCanonicalizer::body(m.body, DkimCanonicalization::Simple);
        for (int i = 0; i < m.headers.size(); ++i) {
            const MailHeader& h = m.headers.at(i);
            DkimCanonicalizer::header(h.raw, DkimCanonicalization::Relaxed);
            if (h.isNamed("Authentication-Results"))
                (void)AuthenticationResultsHeader::parseAuthenticationResults(QString::fromUtf8(h.value()))
                    .toJson();
            if (h.isNamed("Received-SPF"))
                (void)AuthenticationResultsHeader::parseReceivedSpf(QString::fromUtf8(h.value())).toJson();
            if (h.isNamed("DKIM-Signature")) {
                // No DNS: an answer with a fixed key record exercises every step after the fetch.
                DnsAnswer answer;
                answer.outcome = DnsOutcome::Answer;
                DnsRecord txt;
                txt.type = DnsRecordType::TXT;
                txt.strings = {"v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="};
                answer.records = {txt};
                (void)DkimVerifier::verifySignature(m, i, answer, QDateTime::fromSecsSinceEpoch(1700000000))
                    .toJson();
            }
        }
        (void)DkimVerifier::assemble(m, {}).toJson();
    }
    return 0;
}
