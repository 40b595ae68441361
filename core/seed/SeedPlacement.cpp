#include "SeedPlacement.h"

QString seedPlacementName(SeedPlacement placement) {
    switch (placement) {
    case SeedPlacement::Inbox:
        return QStringLiteral("inbox");
    case SeedPlacement::Spam:
        return QStringLiteral("spam");
    case SeedPlacement::Other:
        return QStringLiteral("other");
    case SeedPlacement::Missing:
        break;
    }
    return QStringLiteral("missing");
}
