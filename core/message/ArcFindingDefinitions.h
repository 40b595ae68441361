#pragma once
// Finding codes of ARC chain validation (RFC 8617): structure, signatures, seals.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> arcFindingDefinitions();
