#pragma once
// Reads a blocklist file (`--blocklists FILE`, docs/blocklists.md): one [zone] section per list with
// `key = value` lines (name, kind ip|domain, ipv6, bitmask, code, refused, removal, terms, test);
// '#' or ';' starts a comment line. Every mistake is reported with its file and line number.

#include "BlocklistDefinition.h"

#include <QByteArray>
#include <expected>

class BlocklistFileParser {
public:
    // `source` names the text in messages ("lists.conf"); errors read "lists.conf:7: …".
    static std::expected<QList<BlocklistDefinition>, QString> parse(const QByteArray& text,
                                                                    const QString& source);
    static std::expected<QList<BlocklistDefinition>, QString> load(const QString& path);
    static constexpr qint64 maxFileBytes = 1024 * 1024;
};
