// Config files (`--config FILE`, the systemd units' domains and options) are written by hand: any
// bytes give arguments or an error naming the line.
#include "cli/CliConfigFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto kind = [](const QString& name) -> std::optional<bool> {
        if (name.startsWith(QLatin1String("no-")))
            return false;
        if (name.size() > 2)
            return true;
        return std::nullopt;
    };
    if (auto items = CliConfigFile::parse(text, QStringLiteral("fuzz.conf"), kind))
        for (const QString& item : *items)
            if (item.isEmpty() || item.contains(QLatin1Char('\n')) ||
                (item.startsWith(QLatin1String("--")) && item.indexOf(QLatin1Char('=')) == item.size() - 1))
                __builtin_trap(); // every item is a whole argument: never empty, never a bare "--x="
    return 0;
}
