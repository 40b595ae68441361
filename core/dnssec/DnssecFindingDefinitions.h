#pragma once
// Finding codes of DNSSEC validation and signing health (core/dnssec).

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> dnssecFindingDefinitions();
