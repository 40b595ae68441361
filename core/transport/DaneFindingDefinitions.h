#pragma once
// Finding codes of DANE for SMTP (RFC 7672): TLSA records of the MX hosts.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> daneFindingDefinitions();
