#pragma once
// Where an audit's answers come from, captured on the UI thread (settings, demo, staged files) as
// a plain value, and turned into the resolver stack on a worker: zone files are parsed there, so a
// large zone never freezes the window.

#include "AppSettings.h"
#include "TrustPlan.h"

#include <QStringList>

#include <expected>
#include <memory>

class Resolver;

struct ResolverPlan {
    bool demo = false; // the bundled demo zones, offline
    AppSettings::ResolverMode mode = AppSettings::ResolverMode::System;
    QStringList servers;     // custom mode
    QStringList zoneFiles;   // offline mode
    QStringList stagedFiles; // overlaid on whatever answers otherwise: zone files, Terraform plans
    QStringList domains;     // the audited domains: where a plan's relative names belong
    int timeoutMs = 2000;
    // The DNS trust settings (anchor, blocklists, ns and blocklist checks): taken with the rest of
    // the settings of then, applied to the run's options by whoever runs the audit.
    TrustPlan trust;

    // No connection at all (the demo, zone files only): the transport check fetches nothing.
    bool offline() const { return demo || mode == AppSettings::ResolverMode::Offline; }

    static ResolverPlan fromSettings(const AppSettings& settings, bool demo, const QStringList& stagedFiles);
    // Thread-safe; reads zone files. Errors say what to change.
    std::expected<std::shared_ptr<Resolver>, QString> build() const;
    // A staged file that is a `terraform show -json` plan rather than a zone file (by its suffix).
    static bool isTerraformPlan(const QString& path);
};
