#pragma once
// Reads a trust anchor file: DS or DNSKEY records in zone-file syntax, as Debian's dns-root-data
// (root.key, root.ds), unbound's auto-trust-anchor-file or `ldns-key2ds` write them:
//   ". IN DS 20326 8 2 E06D44B8…"   "example.test. 3600 IN DNSKEY 257 3 13 base64…"
// ';' starts a comment, '(' ')' continue a record over lines, $ORIGIN and $TTL are understood,
// a line starting with blanks is not (the owner must be written). Other record types are an
// error (naming the line): a file that is not what the user thinks must not silently validate
// nothing. The file is read from anywhere: the parser is fuzzed (tests/fuzz).

#include "TrustAnchorSet.h"

#include <expected>

class TrustAnchorFile {
public:
    static std::expected<TrustAnchorSet, QString> parse(const QByteArray& text, const QString& label);
    static std::expected<TrustAnchorSet, QString> read(const QString& path);
};
