#pragma once
// Which anchors and lists the audit's DNS trust checks use, and whether the ns and blocklist
// checks run: `audit --trust-anchor FILE --blocklists FILE --no-ns --no-blocklists` and the GUI's
// Settings → "DNS trust and reputation" both become AuditRunOptions through apply(), so a file the
// CLI refuses the GUI refuses too, with the same message.

#include <QString>

#include <expected>

struct AuditRunOptions;

struct AuditTrustOptions {
    QString trustAnchorFile;     // DS or DNSKEY records (TrustAnchorFile); empty: the default anchors
    QString blocklistsFile;      // BlocklistFileParser's format; empty: the built-in lists
    bool askEveryServer = true;  // false: the ns check is left out (--no-ns)
    bool checkBlocklists = true; // false: the blocklist check is left out (--no-blocklists)

    struct Error {
        enum class Kind { TrustAnchor, Blocklists };
        Kind kind;
        QString file;
        QString message; // names the file, and for a blocklist file the line ("lists.conf:7: …")
    };

    // Reads and checks both files (thread-safe; the GUI calls it on a worker), then sets
    // checkOptions.trustAnchorFile and .blocklists and leaves the ns and blocklist checks out of
    // options.checks as asked (an empty list stands for AuditChecks::all()). On an error options is
    // unchanged. A blocklist file is not read when the blocklist check is off.
    std::expected<void, Error> apply(AuditRunOptions& options) const;
};
