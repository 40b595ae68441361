#pragma once
// Finding codes of the seed run (issue #18): where the seed mailboxes put the test message, the
// seeds and the submission server that could not be used, and where the receiver's own verdict
// differs from Mailsight's.

#include "findings/FindingDefinition.h"

#include <span>

std::span<const FindingDefinition> seedFindingDefinitions();
