#include "TrustPlan.h"

#include <QCoreApplication>

TrustPlan TrustPlan::fromSettings(const AppSettings& settings) {
    TrustPlan plan;
    plan.options.trustAnchorFile = settings.trustAnchorFile();
    plan.options.blocklistsFile = settings.blocklistsFile();
    plan.options.askEveryServer = settings.askEveryServer();
    plan.options.checkBlocklists = settings.checkBlocklists();
    return plan;
}

std::expected<void, QString> TrustPlan::apply(AuditRunOptions& run) const {
    auto applied = options.apply(run);
    if (applied)
        return {};
    switch (applied.error().kind) {
    case AuditTrustOptions::Error::Kind::TrustAnchor:
        return std::unexpected(
            QCoreApplication::translate("TrustPlan", "The trust anchor file in Settings cannot be used: %1")
                .arg(applied.error().message));
    case AuditTrustOptions::Error::Kind::Blocklists:
        break;
    }
    return std::unexpected(
        QCoreApplication::translate("TrustPlan", "The blocklists file in Settings cannot be used: %1")
            .arg(applied.error().message));
}
