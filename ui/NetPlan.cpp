#include "NetPlan.h"

#include <QCoreApplication>

NetPlan NetPlan::fromSettings(const AppSettings& settings, bool demo) {
    NetPlan plan;
    plan.connectTo = settings.connectToRules();
    plan.caFile = settings.caFile();
    plan.offline = demo || settings.resolverMode() == AppSettings::ResolverMode::Offline;
    plan.probeSmtp = settings.probeSmtpAutomatically();
    return plan;
}

std::expected<NetOptions, QString> NetPlan::build() const {
    NetOptions options;
    options.offline = offline;
    for (const QString& text : connectTo) {
        if (text.trimmed().isEmpty())
            continue;
        auto rule = ConnectToRule::parse(text.trimmed());
        if (!rule)
            return std::unexpected(QCoreApplication::translate(
                                       "NetPlan", "The connect-to rule \"%1\" in Settings is not valid: %2")
                                       .arg(text, rule.error()));
        options.connectTo << *rule;
    }
    if (!caFile.isEmpty()) {
        auto ca = NetOptions::readCaFile(caFile);
        if (!ca)
            return std::unexpected(ca.error());
        options.extraCa = *ca;
    }
    return options;
}
