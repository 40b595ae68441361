#include "SpfRecord.h"

std::optional<SpfTerm> SpfRecord::redirect() const {
    for (const SpfTerm& t : terms)
        if (t.kind == SpfTermKind::Redirect)
            return t;
    return std::nullopt;
}

std::optional<SpfTerm> SpfRecord::exp() const {
    for (const SpfTerm& t : terms)
        if (t.kind == SpfTermKind::Exp)
            return t;
    return std::nullopt;
}

bool SpfRecord::hasAll() const {
    for (const SpfTerm& t : terms)
        if (t.kind == SpfTermKind::All)
            return true;
    return false;
}
