#pragma once
// What one list's answer about one subject means (BlocklistDefinition::interpret): listed with
// which codes and meanings, refused (a refusal code: never a listing), or an error.

#include <QString>
#include <QStringList>

struct BlocklistVerdict {
    enum class Result { Listed, Clear, Refused, Error };
    Result result = Result::Clear;
    QStringList codes;    // the A records, as answered
    QStringList meanings; // one per code that has a meaning (refusals: theirs)
    QString error;        // Error: what was wrong

    static QString resultName(Result result); // "listed", "clear", "refused", "error"
};
