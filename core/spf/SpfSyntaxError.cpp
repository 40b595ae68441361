#include "SpfSyntaxError.h"

#include <QCoreApplication>

QString SpfSyntaxError::toString() const {
    if (termIndex < 0)
        return message;
    return QCoreApplication::translate("SpfSyntaxError", "term %1 \"%2\" (character %3): %4")
        .arg(termIndex)
        .arg(term)
        .arg(offset + 1)
        .arg(message);
}
