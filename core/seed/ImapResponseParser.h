#pragma once
// Reads IMAP4rev1 server responses (RFC 3501 §7, §9): where one complete response ends in a byte
// stream (lines joined by literals {n}), and what it says. Outside data: every length is checked,
// a literal above the caller's cap is refused before it is read, nesting is bounded, and a
// truncated or malformed response is an error with a reason, never a crash or a guess.

#include "ImapResponse.h"

#include <QByteArrayView>
#include <expected>

class ImapResponseParser {
public:
    static constexpr qsizetype maxLineBytes = 64 * 1024;    // one line between literals
    static constexpr int maxDepth = 16;                     // nested parenthesized lists
    static constexpr qint64 maxOverheadBytes = 1024 * 1024; // one response: maxLiteralBytes + this

    // The length of the first complete response in `buffer` (its last CRLF included), 0 when more
    // bytes are needed, or an error (a literal above maxLiteralBytes, a line above maxLineBytes, a
    // response above maxLiteralBytes + maxOverheadBytes in all, however many literals it holds).
    static std::expected<qsizetype, QString> completeLength(QByteArrayView buffer, qint64 maxLiteralBytes);
    // One complete response, as completeLength() delimited it.
    static std::expected<ImapResponse, QString> parse(QByteArrayView response);
};
