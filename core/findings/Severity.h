#pragma once
// How much a finding matters. Stable names in every output: "error", "warning", "info".

#include <QString>
#include <optional>

enum class Severity { Info = 0, Warning = 1, Error = 2 };

QString severityName(Severity severity);  // "error", "warning", "info"
QString severityLabel(Severity severity); // translated word for people: "Error"
std::optional<Severity> severityFromName(QStringView name);
