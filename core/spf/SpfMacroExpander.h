#pragma once
// SPF macro strings (RFC 7208 §7): checking their syntax, expanding them with transformers,
// delimiters and URL escaping for upper-case letters, and listing which values they need.

#include "SpfMacroContext.h"

#include <QStringList>
#include <expected>
#include <optional>

class SpfMacroExpander {
public:
    // DomainSpec: a domain-spec or modifier value (no spaces; c, r, t not allowed).
    // Explanation: the TXT text an "exp" points to (spaces allowed; c, r, t allowed).
    enum class Mode { DomainSpec, Explanation };

    struct SyntaxError {
        QString message;
        int position = 0; // character offset inside the macro string
    };

    static std::optional<SyntaxError> validate(QStringView text, Mode mode);
    // Expands a valid macro string (validate() first; invalid input expands as far as it can).
    static QString expand(QStringView text, const SpfMacroContext& context, Mode mode);
    // expand() for a name to be queried: the left side is truncated by whole labels to fit 253
    // characters (RFC 7208 §7.3), and a trailing dot is removed.
    static QString expandDomain(QStringView text, const SpfMacroContext& context);
    static bool hasMacros(QStringView text);
    // The distinct macro letters used, lower case, in order ("l", "d", ...).
    static QStringList lettersUsed(QStringView text);
    // The value of one macro letter (lower case) before transformers.
    static QString letterValue(QChar letter, const SpfMacroContext& context);
};
