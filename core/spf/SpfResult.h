#pragma once
// The results of check_host() (RFC 7208 §2.6) and the qualifiers of mechanisms (§4.6.2).

#include <QString>
#include <optional>

enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
enum class SpfQualifier { Pass, Fail, SoftFail, Neutral };

// Stable lower-case names as RFC 7208 writes them: "pass", "softfail", "permerror", ...
QString spfResultName(SpfResult result);
std::optional<SpfResult> spfResultFromName(QStringView name);
SpfResult spfQualifierResult(SpfQualifier qualifier);
QChar spfQualifierChar(SpfQualifier qualifier); // '+', '-', '~', '?'
