#pragma once
// Finding codes of the blocklist check (core/blocklist): listed, refused, unanswered.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> blocklistFindingDefinitions();
