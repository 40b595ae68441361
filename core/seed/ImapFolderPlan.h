#pragma once
// Which folders of a seed mailbox the probe searches, in which order, and what finding the test
// message in each means (issue #18): INBOX (or the folder mapped as "inbox"), then the spam folder
// (the mapping's "spam", else the one flagged \Junk by SPECIAL-USE, RFC 6154 §2, else the first of
// the usual names), then every other selectable folder. \Noselect and \NonExistent folders cannot
// hold messages; the Move target is skipped (a copy we moved there is not a placement). \Trash and
// \All come last: a rule that trashed the message is a placement worth reporting ("other"), but
// \All (Gmail's All Mail) holds every message and would only repeat what the others say.

#include "ImapResponse.h"
#include "SeedPlacement.h"

#include <QMap>

struct ImapFolderChoice {
    QByteArray name;     // the wire name, for SELECT/EXAMINE
    QString displayName; // decoded, for the observation
    SeedPlacement placement = SeedPlacement::Other;
};

class ImapFolderPlan {
public:
    static QList<ImapFolderChoice> order(const QList<ImapResponse::ListEntry>& folders,
                                         const QMap<QString, QString>& mapping, const QString& moveTo = {});
    // The wire name of a folder a person named (the config's mapping, --move-to): the listed folder
    // whose decoded name matches, else the name encoded in modified UTF-7.
    static QByteArray wireName(const QList<ImapResponse::ListEntry>& folders, const QString& name);
    // "Junk", "Spam", "Junk E-mail", "Bulk Mail", "[Gmail]/Spam", "INBOX.Junk", ... (any case).
    static bool isUsualSpamName(const QString& displayName);
};
