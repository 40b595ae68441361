#pragma once
// Settings' "Test connection" for the history store: opens it as an audit would (blocking: run it
// off the UI thread) with the password typed (or, when none is, libpq's usual places) and names
// the outcome: connected, the server refused the connection, no answer in time, authentication
// failed, no such host or database, or the error HistoryDatabase::open gave. Never the password.

#include <QCoreApplication>
#include <QString>

#include <optional>

class HistoryConnectionCheck {
    Q_DECLARE_TR_FUNCTIONS(HistoryConnectionCheck)
public:
    enum class Kind { Connected, Refused, Timeout, Authentication, HostNotFound, NoDatabase, Other };
    struct Outcome {
        Kind kind = Kind::Other;
        QString message; // one sentence for the dialog, then the store's own error
    };

    static Outcome run(const QString& location, const std::optional<QString>& password);
    // What HistoryDatabase::open's error means, in words (exposed for the tests).
    static Kind classify(const QString& error);
};
