#pragma once
// Finding codes of the per-server check: every authoritative server of the domain's zone asked
// directly (records that differ, serials, lame servers, delegation, RFC 2182 diversity).

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> nsFindingDefinitions();
