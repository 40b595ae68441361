#pragma once
// Finding codes of the DMARC check (core/dmarc). Codes are public: never rename one.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> dmarcFindingDefinitions();
