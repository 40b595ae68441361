#pragma once
// One server response of IMAP4rev1 (RFC 3501 §7), as ImapResponseParser reads it: a tagged
// completion, an untagged status or data response, or a continuation request. Only what the seed
// probe uses is interpreted (CAPABILITY, LIST, SEARCH, FETCH's UID, FLAGS and BODY[]); any other
// data response keeps its name and is otherwise ignored.

#include <QByteArray>
#include <QList>
#include <QString>

struct ImapResponse {
    enum class Kind { Untagged, Tagged, Continuation };
    enum class Status { None, Ok, No, Bad, PreAuth, Bye };

    // One LIST (or LSUB) line (RFC 3501 §7.2.2, with RFC 6154's special-use flags).
    struct ListEntry {
        QList<QByteArray> flags; // as sent: "\\HasNoChildren", "\\Junk"
        QByteArray delimiter;    // empty for NIL
        QByteArray name;         // the wire name (modified UTF-7), used in commands
        QString displayName;     // decoded for people
        bool hasFlag(const char* flag) const {
            for (const QByteArray& f : flags)
                if (f.compare(flag, Qt::CaseInsensitive) == 0)
                    return true;
            return false;
        }
    };

    Kind kind = Kind::Untagged;
    QByteArray tag;                 // tagged responses only
    Status status = Status::None;   // status responses (OK, NO, BAD, PREAUTH, BYE)
    QByteArray code;                // response code, upper case: "CAPABILITY", "ALERT", "UIDVALIDITY"
    QByteArray codeData;            // what follows the code inside the brackets
    QString text;                   // the human-readable text (or a continuation's text)
    QByteArray name;                // untagged data, upper case: "CAPABILITY", "LIST", "SEARCH", "FETCH"
    quint32 number = 0;             // "* 3 EXISTS", "* 3 FETCH"
    QList<QByteArray> capabilities; // CAPABILITY data or a [CAPABILITY ...] code, upper case
    ListEntry list;                 // LIST, LSUB
    QList<quint32> search;          // SEARCH
    quint32 uid = 0;                // FETCH
    QList<QByteArray> flags;        // FETCH FLAGS
    QByteArray body;                // FETCH BODY[]
    bool hasBody = false;
};
