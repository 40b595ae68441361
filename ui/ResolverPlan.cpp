#include "ResolverPlan.h"

#include "audit/StagedRecordResolver.h"
#include "audit/TerraformPlanReader.h"
#include "demo/DemoWorld.h"
#include "dns/LdnsResolver.h"
#include "dns/ZoneResolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ResolverPlan", text);
}
} // namespace

ResolverPlan ResolverPlan::fromSettings(const AppSettings& settings, bool demo,
                                        const QStringList& stagedFiles) {
    ResolverPlan plan;
    plan.demo = demo;
    plan.mode = settings.resolverMode();
    plan.servers = settings.customServers();
    plan.zoneFiles = settings.zoneFiles();
    plan.stagedFiles = stagedFiles;
    plan.timeoutMs = settings.timeoutMs();
    plan.trust = TrustPlan::fromSettings(settings);
    return plan;
}

std::expected<std::shared_ptr<Resolver>, QString> ResolverPlan::build() const {
    std::shared_ptr<Resolver> base;
    if (demo) {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        if (!zones)
            return std::unexpected(tr("The demo zones could not be loaded: %1").arg(zones.error()));
        base = *zones;
    } else if (mode == AppSettings::ResolverMode::Offline) {
        if (zoneFiles.isEmpty())
            return std::unexpected(tr("Offline mode has no zone file to answer from. Add one in Settings."));
        auto zones = ZoneResolver::load(zoneFiles);
        if (!zones)
            return std::unexpected(zones.error());
        base = *zones;
    } else {
        LdnsResolverOptions options;
        options.timeoutMs = timeoutMs;
        if (mode == AppSettings::ResolverMode::Custom) {
            for (const QString& text : servers) {
                auto server = ServerAddress::parse(text);
                if (!server)
                    return std::unexpected(
                        tr("The server \"%1\" in Settings is not valid: %2").arg(text, server.error()));
                options.servers.append(*server);
            }
            if (options.servers.isEmpty())
                return std::unexpected(tr("No custom DNS server is set. Add one in Settings."));
        }
        auto ldns = std::make_shared<LdnsResolver>(options);
        if (ldns->servers().isEmpty())
            return std::unexpected(
                tr("/etc/resolv.conf lists no DNS server. Choose custom servers or offline "
                   "zone files in Settings."));
        base = ldns;
    }
    QStringList zones;
    QStringList plans;
    for (const QString& path : stagedFiles)
        (isTerraformPlan(path) ? plans : zones) << path;
    // Staged files are read again for every audit: "check twice" means editing them in between.
    if (!zones.isEmpty()) {
        auto staged = ZoneResolver::load(zones, base);
        if (!staged)
            return std::unexpected(tr("The staged zone file could not be read: %1").arg(staged.error()));
        (*staged)->setStaged(true);
        base = *staged;
    }
    // A plan holds only the records it manages: it overlays the rest, it does not replace a zone.
    for (const QString& path : std::as_const(plans)) {
        auto plan = TerraformPlanReader::load(path, domains);
        if (!plan)
            return std::unexpected(tr("The Terraform plan could not be read: %1").arg(plan.error()));
        base = std::make_shared<StagedRecordResolver>(plan->records, path, base);
    }
    return base;
}

bool ResolverPlan::isTerraformPlan(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}
