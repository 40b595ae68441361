#include "CliArgs.h"

QString CliArgs::value(const QString& option, const QString& fallback) const {
    const auto it = values.constFind(option);
    if (it == values.constEnd() || it->isEmpty())
        return fallback;
    return it->last();
}
