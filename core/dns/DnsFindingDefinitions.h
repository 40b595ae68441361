#pragma once
// Finding codes about the DNS itself (shared by every check).

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> dnsFindingDefinitions();
