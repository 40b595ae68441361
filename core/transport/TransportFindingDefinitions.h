#pragma once
// Finding codes of the transport checks: MX hosts and null MX, MTA-STS, TLS-RPT, STARTTLS, BIMI.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> transportFindingDefinitions();
