#pragma once
// What every CLI command gets: the output format and streams, and the DNS session built from the
// global options (--resolver, --zone, --offline, --timeout).

#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "net/NetOptions.h"

#include <QJsonDocument>
#include <QTextStream>
#include <expected>
#include <memory>

class DnsRateLimiter;

enum class CliFormat { Text, Json, Csv, Sarif, Junit, Html, Markdown, Jsonl };

// Exit codes, a public interface.
namespace CliExit {
constexpr int Ok = 0;
constexpr int Findings = 1; // findings at or above the failure threshold
constexpr int Usage = 2;    // usage error or invalid input
constexpr int Failure = 3;  // the work could not be done (DNS or file failure)
} // namespace CliExit

class CliContext {
public:
    CliContext(QTextStream& out, QTextStream& err);

    CliFormat format = CliFormat::Text;
    QString formatName = QStringLiteral("text");
    QList<ServerAddress> resolvers;
    QStringList zoneFiles;
    bool offline = false;
    bool demo = false; // the bundled demo zones stand in for live DNS
    int timeoutMs = 2000;
    int retries = 1;
    QString historyPath; // --history DB
    NetOptions net;      // --connect-to, --ca-file
    bool noHistory = false;
    // Caps the questions the live resolver sends (audit --max-qps); set before buildResolver().
    std::shared_ptr<DnsRateLimiter> rateLimiter;

    QTextStream& out;
    QTextStream& err;

    // The resolver stack: ZoneResolver over LdnsResolver (or alone with --offline).
    std::expected<std::shared_ptr<Resolver>, QString> buildResolver() const;
    // A session over buildResolver(); on failure prints the error and returns nullptr.
    std::shared_ptr<DnsSession> makeSession();

    // Prints "mailsight-cli: message" on stderr and returns the code.
    int fail(const QString& message, int code);
    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);

private:
    mutable std::shared_ptr<Resolver> m_resolver;
};
