#include "AuditTrustOptions.h"

#include "AuditChecks.h"
#include "AuditRunner.h"
#include "blocklist/BlocklistFileParser.h"
#include "dnssec/TrustAnchorFile.h"

std::expected<void, AuditTrustOptions::Error> AuditTrustOptions::apply(AuditRunOptions& options) const {
    if (!trustAnchorFile.isEmpty()) {
        // Read now although the DNSSEC check reads it again per domain: a file that is not a
        // trust anchor must stop the audit before it starts, not become an indeterminate verdict.
        if (auto anchors = TrustAnchorFile::read(trustAnchorFile); !anchors)
            return std::unexpected(Error{Error::Kind::TrustAnchor, trustAnchorFile, anchors.error()});
    }
    QList<BlocklistDefinition> lists;
    if (checkBlocklists && !blocklistsFile.isEmpty()) {
        auto loaded = BlocklistFileParser::load(blocklistsFile);
        if (!loaded)
            return std::unexpected(Error{Error::Kind::Blocklists, blocklistsFile, loaded.error()});
        lists = *loaded;
    }
    options.checkOptions.trustAnchorFile = trustAnchorFile;
    if (checkBlocklists && !blocklistsFile.isEmpty())
        options.checkOptions.blocklists = lists;
    if (!askEveryServer || !checkBlocklists) {
        if (options.checks.isEmpty())
            options.checks = AuditChecks::all();
        options.checks.removeIf([this](const auto& check) {
            return (!askEveryServer && check->area() == QLatin1String("ns")) ||
                   (!checkBlocklists && check->area() == QLatin1String("blocklists"));
        });
    }
    return {};
}
