#pragma once
// Finding codes of the message analyzer: the From field, the delivery path, the DMARC outcome of
// one received message and how it compares with the receiver's own verdict.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> messageFindingDefinitions();
