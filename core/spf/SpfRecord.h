#pragma once
// A parsed SPF record: its text and its terms in order, with the modifiers RFC 7208 gives meaning.

#include "SpfTerm.h"

#include <QList>
#include <optional>

struct SpfRecord {
    QString text;
    QList<SpfTerm> terms;

    std::optional<SpfTerm> redirect() const;
    std::optional<SpfTerm> exp() const;
    bool hasAll() const; // an "all" anywhere makes redirect ignored (RFC 7208 §6.1)
};
