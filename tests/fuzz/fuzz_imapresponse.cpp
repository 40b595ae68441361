// IMAP server responses (RFC 3501 §7) come from any server a seed names: any bytes must be split
// into complete responses within the caps and parsed into a response or an error, never a crash.
// What is parsed must hold together: a literal's bytes stay within the input, a FETCH body only
// comes with hasBody, mailbox names decode and a decoded name encodes back to a decodable one.
#include "seed/ImapMailboxName.h"
#include "seed/ImapResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    constexpr qint64 maxLiteral = 4096;
    QByteArrayView rest(input);
    while (!rest.isEmpty()) {
        const auto length = ImapResponseParser::completeLength(rest, maxLiteral);
        if (!length || *length == 0)
            break;
        if (*length > rest.size())
            std::abort();
        const auto r = ImapResponseParser::parse(rest.first(*length));
        if (r) {
            if (r->body.size() > *length || (!r->hasBody && !r->body.isEmpty()))
                std::abort();
            if (r->kind == ImapResponse::Kind::Tagged && r->tag.isEmpty())
                std::abort();
            if (!r->list.name.isEmpty()) {
                const QString shown = ImapMailboxName::decode(r->list.name);
                if (shown != r->list.displayName)
                    std::abort();
                (void)ImapMailboxName::decode(ImapMailboxName::encode(shown));
            }
        }
        rest = rest.sliced(*length);
    }
    // The same bytes as one response, whatever their framing, and as a mailbox name.
    (void)ImapResponseParser::parse(input);
    const QString name = ImapMailboxName::decode(input);
    // Any name but INBOX's spellings, which all read "INBOX" (RFC 3501 §5.1), comes back as it was.
    if (name.compare(QStringLiteral("INBOX"), Qt::CaseInsensitive) != 0 &&
        ImapMailboxName::decode(ImapMailboxName::encode(name)) != name)
        std::abort();
    (void)ImapMailboxName::quote(input);
    return 0;
}
