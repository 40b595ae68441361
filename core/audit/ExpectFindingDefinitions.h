#pragma once
// Finding codes of the audit itself: unmet expectations (audit-as-code, EXPECT-…) and audits
// that could not finish (AUDIT-…).

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> expectFindingDefinitions();
