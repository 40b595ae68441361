#pragma once
// Finding codes of the SPF check (RFC 7208). Codes are a public interface: never renamed.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> spfFindingDefinitions();
