#pragma once
// One look into one seed mailbox over an ImapConnection, command by command (RFC 3501, RFC 6154
// SPECIAL-USE, RFC 4315 UIDPLUS, RFC 6851 MOVE): greeting, STARTTLS, login, LIST, the folders in
// ImapFolderPlan's order searched for the token, the copy read with BODY.PEEK[] (never \Seen), the
// clean-up asked for, LOGOUT. ImapSeedProbe owns the event loop, the target and the evidence.
//
// Never sent over a connection without TLS: the password. Never in an error text: the password
// (ImapSeedProbe scrubs it once more, whatever a server echoes).

#include "ImapConnection.h"
#include "SeedAccount.h"
#include "SeedMailboxObservation.h"
#include "SeedMailboxProbe.h"

class ImapSeedSession {
public:
    ImapSeedSession(ImapConnection& connection, const SeedAccount& account, const SeedLook& what,
                    QList<QSslCertificate> anchors);
    SeedMailboxObservation run(const QString& address, quint16 port);

    // The token's alphabet: [A-Za-z0-9-], 1 to 128 characters; anything else is refused before a
    // connection is made (it goes into a SEARCH command).
    static constexpr int MinTokenLength = 8;
    // Candidate messages read per folder when SEARCH matched several (substring matches).
    static constexpr int MaxCandidates = 20;
    static bool isValidToken(const QByteArray& token);
    // Whether the message's header carries the token itself (X-Mailsight-Token equal to it, or the
    // Subject with it as a whole word), not just a substring IMAP's SEARCH matched.
    static bool carriesToken(const QByteArray& message, const QByteArray& token);

private:
    using Reply = ImapConnection::Reply;
    std::expected<Reply, ImapConnection::Failure> send(const QByteArray& command,
                                                       const QByteArray& continuation = {});
    std::expected<void, ImapConnection::Failure> refreshCapabilities(const ImapResponse& done);
    std::expected<void, ImapConnection::Failure> login();
    std::expected<QList<ImapResponse::ListEntry>, ImapConnection::Failure> listFolders();
    std::expected<QList<quint32>, ImapConnection::Failure> searchToken();
    // Empty when cleaned as asked, else why not.
    QString cleanUp(const QList<ImapResponse::ListEntry>& folders, const QByteArray& folder, quint32 uid,
                    const QByteArray& uidValidity);
    static QByteArray uidValidity(const Reply& opened); // [UIDVALIDITY n] of SELECT/EXAMINE
    QString deleteMessages(const QList<quint32>& uids);
    bool has(const char* capability) const;
    QString who() const; // "user@host port N"

    ImapConnection& m_connection;
    const SeedAccount& m_account;
    const SeedLook& m_what;
    QList<QSslCertificate> m_anchors;
    QList<QByteArray> m_capabilities;
};
