#pragma once
// The lists Mailsight asks when no --blocklists file is given: address and domain lists that are
// free for low-volume use, with their documented return codes (docs/blocklists.md gives each
// list's terms). Written in the blocklist file format and read by BlocklistFileParser, so the
// built-in set is also the example of that format (`mailsight-cli blocklists --print-defaults`).

#include "BlocklistDefinition.h"

class BlocklistDefaults {
public:
    static QList<BlocklistDefinition> definitions();
    static QByteArray text(); // the built-in set in the file format
};
