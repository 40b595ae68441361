#pragma once
// Mailbox names on the IMAP wire: modified UTF-7 (RFC 3501 §5.1.3) to and from the UTF-8 names a
// user reads and types, and the quoted-string form a command carries them in (RFC 3501 §4.3).

#include <QByteArray>
#include <QString>
#include <optional>

class ImapMailboxName {
public:
    // "Ind&AOk-sirables" -> "Indésirables"; a malformed shift sequence is kept as sent, so that a
    // name is always shown. "INBOX" in any case is "INBOX" (RFC 3501 §5.1). For display only:
    // control characters (below U+0020, U+007F-U+009F) and unpaired surrogates become U+FFFD, so
    // a server cannot put terminal escapes into text output; commands use the wire name.
    static QString decode(const QByteArray& wire);
    static QByteArray encode(const QString& name);
    // "\"a \\\"b\\\"\"": a quoted string, or nothing when the bytes cannot be quoted (CR, LF, NUL,
    // 8-bit): the caller then needs a literal, or skips the name.
    static std::optional<QByteArray> quote(const QByteArray& bytes);
};
