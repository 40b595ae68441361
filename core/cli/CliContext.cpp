#include "CliContext.h"

#include "demo/DemoWorld.h"
#include "dns/ZoneResolver.h"

#include <QJsonArray>

CliContext::CliContext(QTextStream& o, QTextStream& e)
    : out(o)
    , err(e) {}

std::expected<std::shared_ptr<Resolver>, QString> CliContext::buildResolver() const {
    if (m_resolver)
        return m_resolver;
    // Bottom of the stack: live DNS, the demo world, or nothing (offline).
    std::shared_ptr<Resolver> base;
    if (demo) {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        if (!zones)
            return std::unexpected(zones.error());
        base = *zones;
    } else if (!offline) {
        LdnsResolverOptions options;
        options.servers = resolvers;
        options.timeoutMs = timeoutMs;
        options.retries = retries;
        options.rateLimiter = rateLimiter;
        auto ldns = std::make_shared<LdnsResolver>(options);
        if (ldns->servers().isEmpty())
            return std::unexpected(
                QStringLiteral("no DNS server: /etc/resolv.conf lists none; give --resolver ADDR "
                               "or use --offline with --zone FILE"));
        base = ldns;
    }
    if (zoneFiles.isEmpty()) {
        if (!base)
            return std::unexpected(QStringLiteral("--offline needs at least one --zone FILE"));
        m_resolver = base;
        return m_resolver;
    }
    // Zone files overlay what is below them: staged changes over live DNS (or over the demo);
    // alone with --offline they are the whole world.
    auto zones = ZoneResolver::load(zoneFiles, base);
    if (!zones)
        return std::unexpected(zones.error());
    (*zones)->setStaged(base != nullptr);
    m_resolver = *zones;
    return m_resolver;
}

std::shared_ptr<DnsSession> CliContext::makeSession() {
    auto resolver = buildResolver();
    if (!resolver) {
        fail(resolver.error(), CliExit::Failure);
        return nullptr;
    }
    return std::make_shared<DnsSession>(*resolver);
}

int CliContext::fail(const QString& message, int code) {
    err << "mailsight-cli: " << message << Qt::endl;
    return code;
}

void CliContext::printJson(const QJsonObject& object) {
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void CliContext::printJson(const QJsonArray& array) {
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}
