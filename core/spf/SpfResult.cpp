#include "SpfResult.h"

QString spfResultName(SpfResult result) {
    switch (result) {
    case SpfResult::None:
        return QStringLiteral("none");
    case SpfResult::Neutral:
        return QStringLiteral("neutral");
    case SpfResult::Pass:
        return QStringLiteral("pass");
    case SpfResult::Fail:
        return QStringLiteral("fail");
    case SpfResult::SoftFail:
        return QStringLiteral("softfail");
    case SpfResult::TempError:
        return QStringLiteral("temperror");
    case SpfResult::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

std::optional<SpfResult> spfResultFromName(QStringView name) {
    for (SpfResult r : {SpfResult::None, SpfResult::Neutral, SpfResult::Pass, SpfResult::Fail,
                        SpfResult::SoftFail, SpfResult::TempError, SpfResult::PermError})
        if (name.compare(spfResultName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

SpfResult spfQualifierResult(SpfQualifier qualifier) {
    switch (qualifier) {
    case SpfQualifier::Pass:
        return SpfResult::Pass;
    case SpfQualifier::Fail:
        return SpfResult::Fail;
    case SpfQualifier::SoftFail:
        return SpfResult::SoftFail;
    case SpfQualifier::Neutral:
        return SpfResult::Neutral;
    }
    return SpfResult::Neutral;
}

QChar spfQualifierChar(SpfQualifier qualifier) {
    switch (qualifier) {
    case SpfQualifier::Pass:
        return QLatin1Char('+');
    case SpfQualifier::Fail:
        return QLatin1Char('-');
    case SpfQualifier::SoftFail:
        return QLatin1Char('~');
    case SpfQualifier::Neutral:
        return QLatin1Char('?');
    }
    return QLatin1Char('+');
}
