#pragma once
// What the audit's DNS trust checks use (Settings → DNS trust and reputation): the DNSSEC trust
// anchor file, the blocklist file, and whether the ns and blocklist checks run. Captured on the UI
// thread from the settings as a plain value like NetPlan, and applied to the run's options on a
// worker (the files are read there) through AuditTrustOptions, which the CLI's audit uses too.

#include "AppSettings.h"
#include "audit/AuditTrustOptions.h"

#include <expected>

struct AuditRunOptions;

struct TrustPlan {
    AuditTrustOptions options; // the defaults: the root key, the built-in lists, every check on

    static TrustPlan fromSettings(const AppSettings& settings);
    // Thread-safe; reads both files. The error says which setting to change and names the file
    // (and for a blocklist file the line); on an error run is unchanged.
    std::expected<void, QString> apply(AuditRunOptions& run) const;
};
