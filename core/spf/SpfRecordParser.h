#pragma once
// Parses an SPF record by the RFC 7208 ABNF (§4.6.1, §5, §6, §7.1) into an SpfRecord. Any syntax
// error anywhere makes the whole record invalid (check_host() then returns permerror).

#include "SpfRecord.h"
#include "SpfSyntaxError.h"

#include <QByteArray>
#include <expected>

class SpfRecordParser {
public:
    // True for "v=spf1" (any case) followed by a space or the end (RFC 7208 §4.5).
    static bool isSpfRecord(QByteArrayView joinedText);
    // The record text: the joined character-strings, one character per byte so that non-ASCII
    // bytes are seen (and refused) as such.
    static std::expected<SpfRecord, SpfSyntaxError> parse(const QString& text);
    static std::expected<SpfRecord, SpfSyntaxError> parse(QByteArrayView joinedText) {
        return parse(QString::fromLatin1(joinedText.data(), joinedText.size()));
    }
    // domain-spec = macro-string domain-end; returns the error message and offset inside spec.
    static std::optional<std::pair<QString, int>> checkDomainSpec(QStringView spec);
};
