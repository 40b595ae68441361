#pragma once
// Finding codes of the DKIM check: key records, selectors, and message signatures.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> dkimFindingDefinitions();
