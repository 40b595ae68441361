#include "SpfTerm.h"

bool SpfTerm::countsTowardLimit() const {
    switch (kind) {
    case SpfTermKind::Include:
    case SpfTermKind::A:
    case SpfTermKind::Mx:
    case SpfTermKind::Ptr:
    case SpfTermKind::Exists:
    case SpfTermKind::Redirect:
        return true;
    default:
        return false;
    }
}

QString SpfTerm::mechanismName() const {
    switch (kind) {
    case SpfTermKind::All:
        return QStringLiteral("all");
    case SpfTermKind::Include:
        return QStringLiteral("include");
    case SpfTermKind::A:
        return QStringLiteral("a");
    case SpfTermKind::Mx:
        return QStringLiteral("mx");
    case SpfTermKind::Ptr:
        return QStringLiteral("ptr");
    case SpfTermKind::Ip4:
        return QStringLiteral("ip4");
    case SpfTermKind::Ip6:
        return QStringLiteral("ip6");
    case SpfTermKind::Exists:
        return QStringLiteral("exists");
    case SpfTermKind::Redirect:
        return QStringLiteral("redirect");
    case SpfTermKind::Exp:
        return QStringLiteral("exp");
    case SpfTermKind::UnknownModifier:
        return modifierName;
    }
    return {};
}

QString SpfTerm::network4or6Text() const {
    if (kind == SpfTermKind::Ip4)
        return QStringLiteral("%1/%2").arg(network.toString()).arg(cidr4);
    if (kind == SpfTermKind::Ip6)
        return QStringLiteral("%1/%2").arg(network.toString()).arg(cidr6);
    return {};
}
