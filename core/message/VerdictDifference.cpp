#include "VerdictDifference.h"

QJsonObject VerdictDifference::toJson() const {
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("receiver"), receiver},
                       {QStringLiteral("ours"), ours},
                       {QStringLiteral("explanation"), explanation}};
}
