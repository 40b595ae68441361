#pragma once
// How the transport checks connect (HTTPS for MTA-STS, SMTP for STARTTLS), captured on the UI
// thread from the settings as a plain value like ResolverPlan, and turned into NetOptions on a
// worker (the CA file is read there). The demo and offline zone files make no connection.

#include "AppSettings.h"
#include "net/NetOptions.h"

#include <QStringList>

#include <expected>

struct NetPlan {
    QStringList connectTo; // --connect-to rules, one each
    QString caFile;        // extra trust anchors, PEM; empty: the system's roots only
    bool offline = false;  // demo or offline zone files: no connection at all
    bool probeSmtp = false;

    static NetPlan fromSettings(const AppSettings& settings, bool demo);
    // Thread-safe; reads the CA file. Errors name the rule or the file.
    std::expected<NetOptions, QString> build() const;
};
