#include "BlocklistVerdict.h"

QString BlocklistVerdict::resultName(Result result) {
    switch (result) {
    case Result::Listed:
        return QStringLiteral("listed");
    case Result::Clear:
        return QStringLiteral("clear");
    case Result::Refused:
        return QStringLiteral("refused");
    case Result::Error:
        return QStringLiteral("error");
    }
    return {};
}
