// The seed configuration (`seed check --config FILE`, docs/seed.md) is written by hand: any bytes
// give a configuration or an error naming the file, and a password never shows in an error.
#include "seed/SeedConfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    SeedConfig::Environment env;
    env.variable = [](const QString& name) -> std::optional<QByteArray> {
        return name.startsWith(QLatin1Char('S')) ? std::optional<QByteArray>("Env-Secret-Fuzz")
                                                 : std::nullopt;
    };
    env.readFile = [](const QString& path, bool secret) -> std::expected<QByteArray, QString> {
        if (secret)
            return QByteArray("File-Secret-Fuzz\n");
        return std::unexpected(path + QStringLiteral(": not read by the fuzzer"));
    };
    env.filePrivate = size % 2 == 0;
    const auto config = SeedConfig::parse(text, QStringLiteral("fuzz.json"), env);
    if (!config) {
        // (A secret the input itself spells may be quoted back as some other value.)
        const bool leaks =
            !text.contains("Secret-Fuzz") && config.error().contains(QLatin1String("Secret-Fuzz"));
        if (!config.error().startsWith(QLatin1String("fuzz.json")) || leaks)
            __builtin_trap(); // every error names the file and no error shows a password
        return 0;
    }
    if (config->seeds.isEmpty())
        __builtin_trap(); // a configuration has at least one seed
    for (const SeedConfig::Seed& s : config->seeds)
        if (s.account.name.isEmpty() || s.account.host.isEmpty() || s.account.password.isEmpty() ||
            !s.address.contains(QLatin1Char('@')))
            __builtin_trap();
    return 0;
}
