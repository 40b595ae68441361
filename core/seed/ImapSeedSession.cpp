#include "ImapSeedSession.h"

#include "ImapFolderPlan.h"
#include "ImapMailboxName.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Error = SeedMailboxObservation::Error;
using Failure = ImapConnection::Failure;

namespace {
QByteArray uidSet(const QList<quint32>& uids) {
    QByteArrayList parts;
    for (const quint32 u : uids)
        parts << QByteArray::number(u);
    return parts.join(',');
}

bool printableAscii(const QString& s) {
    return std::all_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
}

QString serverText(const ImapResponse& r) {
    QString t = r.text.left(200);
    return t.isEmpty() ? u"(no reason given)"_s : t;
}

// A refused login or authentication: the response code only ([AUTHENTICATIONFAILED], RFC 5530),
// never the server's text, which some servers fill with the command they were sent.
QString loginRefusal(const ImapResponse& r) {
    return r.code.isEmpty()
               ? u"the server refused the user name or password"_s
               : u"the server refused the user name or password [%1]"_s.arg(QString::fromLatin1(r.code));
}

bool isLoginCommand(const QByteArray& command) {
    return command.startsWith("LOGIN ") || command.startsWith("AUTHENTICATE ");
}

bool tokenCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}
} // namespace

// The header section, unfolded (RFC 5322 §2.2.3): an X-Mailsight-Token field equal to the token,
// or a Subject with the token as a whole word (for a provider that drops unknown fields). IMAP's
// SEARCH matched a substring; this is what makes the message ours.
bool ImapSeedSession::carriesToken(const QByteArray& message, const QByteArray& token) {
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.indexOf("\n\n");
    QByteArray header = end < 0 ? message : message.left(end);
    header.replace("\r\n ", " ").replace("\r\n\t", " ").replace("\n ", " ").replace("\n\t", " ");
    for (QByteArray line : header.split('\n')) {
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "x-mailsight-token" && value == token)
            return true;
        if (name != "subject")
            continue;
        for (qsizetype at = value.indexOf(token); at >= 0; at = value.indexOf(token, at + 1)) {
            const qsizetype after = at + token.size();
            if ((at == 0 || !tokenCharacter(value.at(at - 1))) &&
                (after == value.size() || !tokenCharacter(value.at(after))))
                return true;
        }
    }
    return false;
}

ImapSeedSession::ImapSeedSession(ImapConnection& connection, const SeedAccount& account, const SeedLook& what,
                                 QList<QSslCertificate> anchors)
    : m_connection(connection)
    , m_account(account)
    , m_what(what)
    , m_anchors(std::move(anchors)) {}

bool ImapSeedSession::isValidToken(const QByteArray& token) {
    // At least 8 characters: IMAP SEARCH matches substrings, so a short token would match other
    // people's messages (SeedTestMessage makes 8 to 64).
    if (token.size() < MinTokenLength || token.size() > 128)
        return false;
    return std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool ImapSeedSession::has(const char* capability) const {
    return m_capabilities.contains(QByteArray(capability));
}

QString ImapSeedSession::who() const {
    return u"%1@%2 port %3"_s.arg(m_account.user, m_account.host).arg(m_account.port);
}

std::expected<ImapConnection::Reply, Failure> ImapSeedSession::send(const QByteArray& command,
                                                                    const QByteArray& continuation) {
    auto reply = m_connection.command(command, m_what.timeoutMs, continuation);
    if (reply && reply->done.status == ImapResponse::Status::Bad)
        return std::unexpected(
            Failure{isLoginCommand(command) ? Error::LoginRefused : Error::Protocol,
                    u"%1 rejected %2 as malformed: %3"_s.arg(
                        m_connection.where(), QString::fromLatin1(command.left(command.indexOf(' '))),
                        isLoginCommand(command) ? loginRefusal(reply->done) : serverText(reply->done))});
    return reply;
}

// A [CAPABILITY ...] code in `done` (RFC 3501 §7.1) saves a round trip; else CAPABILITY.
std::expected<void, Failure> ImapSeedSession::refreshCapabilities(const ImapResponse& done) {
    if (done.code == "CAPABILITY") {
        m_capabilities = done.capabilities;
        return {};
    }
    auto reply = send("CAPABILITY");
    if (!reply)
        return std::unexpected(reply.error());
    m_capabilities.clear();
    for (const ImapResponse& r : reply->untagged)
        if (r.name == "CAPABILITY")
            m_capabilities += r.capabilities;
    return {};
}

// LOGIN with quoted strings when the server allows it and both strings can be quoted; AUTHENTICATE
// PLAIN (RFC 4616, base64: any byte) when LOGINDISABLED or the password has characters a quoted
// string cannot carry. No literal is ever needed.
std::expected<void, Failure> ImapSeedSession::login() {
    const bool quotable = printableAscii(m_account.user) && printableAscii(m_account.password);
    std::expected<Reply, Failure> reply;
    if (!has("LOGINDISABLED") && quotable) {
        reply = send("LOGIN " + *ImapMailboxName::quote(m_account.user.toLatin1()) + ' ' +
                     *ImapMailboxName::quote(m_account.password.toLatin1()));
    } else if (has("AUTH=PLAIN")) {
        const QByteArray plain = (QByteArray(1, '\0') + m_account.user.toUtf8() + QByteArray(1, '\0') +
                                  m_account.password.toUtf8())
                                     .toBase64();
        reply = has("SASL-IR") ? send("AUTHENTICATE PLAIN " + plain) : send("AUTHENTICATE PLAIN", plain);
    } else {
        return std::unexpected(Failure{
            Error::LoginRefused,
            u"%1 offers no login Mailsight can use (LOGIN is disabled and AUTH=PLAIN not offered)"_s.arg(
                who())});
    }
    if (!reply)
        return std::unexpected(reply.error());
    if (!reply->ok())
        return std::unexpected(Failure{Error::LoginRefused,
                                       u"%1 refused the login: %2"_s.arg(who(), loginRefusal(reply->done))});
    return refreshCapabilities(reply->done);
}

std::expected<QList<ImapResponse::ListEntry>, Failure> ImapSeedSession::listFolders() {
    auto reply = send(has("SPECIAL-USE") ? QByteArray(R"(LIST "" "*" RETURN (SPECIAL-USE))")
                                         : QByteArray(R"(LIST "" "*")"));
    if (!reply)
        return std::unexpected(reply.error());
    if (!reply->ok())
        return std::unexpected(Failure{
            Error::Protocol, u"%1 refused to list the folders: %2"_s.arg(who(), serverText(reply->done))});
    QList<ImapResponse::ListEntry> folders;
    for (const ImapResponse& r : reply->untagged)
        if (r.name == "LIST")
            folders << r.list;
    return folders;
}

// In the X-Mailsight-Token header, or in the subject (a provider that drops unknown headers).
std::expected<QList<quint32>, Failure> ImapSeedSession::searchToken() {
    const QByteArray token = '"' + m_what.token + '"';
    auto reply = send("UID SEARCH OR HEADER X-Mailsight-Token " + token + " SUBJECT " + token);
    if (!reply)
        return std::unexpected(reply.error());
    QList<quint32> uids;
    if (!reply->ok()) // not "not found": the run would wait for nothing and report it missing
        return std::unexpected(
            Failure{Error::Protocol,
                    u"%1 refused to search for the test message: %2"_s.arg(who(), serverText(reply->done))});
    for (const ImapResponse& r : reply->untagged)
        if (r.name == "SEARCH")
            uids += r.search;
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

// Without UIDPLUS, EXPUNGE removes every \Deleted message of the folder, also those another client
// marked and meant to keep for a while. So the others' \Deleted is taken off for the EXPUNGE and
// put back after it (RFC 4315 §1 describes this very dance); only another client acting in the
// same second could see the difference.
QByteArray ImapSeedSession::uidValidity(const Reply& opened) {
    for (const ImapResponse& r : opened.untagged)
        if (r.code == "UIDVALIDITY")
            return r.codeData.trimmed();
    return {};
}

QString ImapSeedSession::deleteMessages(const QList<quint32>& uids) {
    const QByteArray ours = uidSet(uids);
    if (has("UIDPLUS")) {
        auto stored = send("UID STORE " + ours + R"( +FLAGS.SILENT (\Deleted))");
        if (!stored || !stored->ok())
            return stored ? serverText(stored->done) : stored.error().text;
        auto expunged = send("UID EXPUNGE " + ours);
        return !expunged ? expunged.error().text : expunged->ok() ? QString() : serverText(expunged->done);
    }
    auto deleted = send(R"(UID SEARCH DELETED)");
    if (!deleted || !deleted->ok())
        return deleted ? serverText(deleted->done) : deleted.error().text;
    QList<quint32> others;
    for (const ImapResponse& r : deleted->untagged)
        if (r.name == "SEARCH")
            for (const quint32 u : r.search)
                if (!uids.contains(u))
                    others << u;
    const QByteArray theirs = uidSet(others);
    if (!others.isEmpty()) {
        auto r = send("UID STORE " + theirs + R"( -FLAGS.SILENT (\Deleted))");
        if (!r || !r->ok())
            return r ? serverText(r->done) : r.error().text;
    }
    QString problem;
    auto stored = send("UID STORE " + ours + R"( +FLAGS.SILENT (\Deleted))");
    if (!stored || !stored->ok()) {
        problem = stored ? serverText(stored->done) : stored.error().text;
    } else if (auto expunged = send("EXPUNGE"); !expunged || !expunged->ok()) {
        problem = expunged ? serverText(expunged->done) : expunged.error().text;
    }
    if (!others.isEmpty()) {
        auto r = send("UID STORE " + theirs + R"( +FLAGS.SILENT (\Deleted))");
        if ((!r || !r->ok()) && problem.isEmpty())
            problem = u"could not mark other messages \\Deleted again"_s;
    }
    return problem;
}

QString ImapSeedSession::cleanUp(const QList<ImapResponse::ListEntry>& folders, const QByteArray& folder,
                                 quint32 uid, const QByteArray& examinedValidity) {
    // EXAMINE (read-only) was enough to search and read; deleting or moving needs SELECT. CLOSE is
    // never sent: it would expunge every \Deleted message of the folder, not only ours.
    auto selected = send("SELECT " + *ImapMailboxName::quote(folder));
    if (!selected)
        return selected.error().text;
    if (!selected->ok())
        return u"SELECT refused: %1"_s.arg(serverText(selected->done));
    // Only the message read and recognised, by its UID, and only while the UIDs mean the same
    // messages (RFC 3501 §2.3.1.1): never what else the search matched.
    if (examinedValidity != uidValidity(*selected))
        return u"the folder's UIDVALIDITY changed since it was searched; nothing removed"_s;
    const QList<quint32> uids{uid};
    if (m_what.cleanup == SeedCleanup::Delete)
        return deleteMessages(uids);
    const auto target = ImapMailboxName::quote(ImapFolderPlan::wireName(folders, m_what.moveTo));
    if (!target)
        return u"the folder name '%1' cannot be sent"_s.arg(m_what.moveTo);
    if (has("MOVE")) {
        auto moved = send("UID MOVE " + uidSet(uids) + ' ' + *target);
        return !moved ? moved.error().text : moved->ok() ? QString() : serverText(moved->done);
    }
    auto copied = send("UID COPY " + uidSet(uids) + ' ' + *target);
    if (!copied)
        return copied.error().text;
    if (!copied->ok())
        return serverText(copied->done);
    return deleteMessages(uids);
}

SeedMailboxObservation ImapSeedSession::run(const QString& address, quint16 port) {
    SeedMailboxObservation o;
    auto fail = [&o](const Failure& f) {
        o.error = f.error;
        o.errorText = f.text;
        return o;
    };
    const bool implicitTls = m_account.tls == SeedTlsMode::Implicit;
    auto greeting =
        m_connection.open(address, port, m_account.host, implicitTls, m_anchors, m_what.timeoutMs);
    if (!greeting)
        return fail(greeting.error());
    const bool preauth = greeting->status == ImapResponse::Status::PreAuth;
    if (auto caps = refreshCapabilities(*greeting); !caps)
        return fail(caps.error());
    if (!implicitTls) {
        if (preauth)
            return fail(
                {Error::TlsHandshake,
                 u"%1 pre-authenticated an unencrypted connection, where STARTTLS is no longer possible; refused"_s
                     .arg(m_connection.where())});
        if (!has("STARTTLS"))
            return fail(
                {Error::TlsHandshake,
                 u"%1 does not offer STARTTLS; Mailsight does not log in over an unencrypted connection"_s
                     .arg(m_connection.where())});
        auto reply = send("STARTTLS");
        if (!reply)
            return fail(reply.error());
        if (!reply->ok())
            return fail({Error::TlsHandshake,
                         u"%1 refused STARTTLS: %2"_s.arg(m_connection.where(), serverText(reply->done))});
        if (auto tls = m_connection.startTls(m_what.timeoutMs); !tls)
            return fail(tls.error());
        if (auto caps = refreshCapabilities({}); !caps) // RFC 3501 §6.2.1: forget what was said in the clear
            return fail(caps.error());
    }
    if (!m_connection.isEncrypted()) // belt and braces: the password only ever goes over TLS
        return fail(
            {Error::TlsHandshake, u"the connection to %1 is not encrypted"_s.arg(m_connection.where())});
    if (!preauth)
        if (auto in = login(); !in)
            return fail(in.error());
    auto folders = listFolders();
    if (!folders)
        return fail(folders.error());
    const QList<ImapFolderChoice> plan = ImapFolderPlan::order(
        *folders, m_account.folders, m_what.cleanup == SeedCleanup::Move ? m_what.moveTo : QString());
    for (const ImapFolderChoice& folder : plan) {
        const auto quoted = ImapMailboxName::quote(folder.name);
        if (!quoted)
            continue; // an 8-bit name (UTF8=ACCEPT servers only): not reachable without a literal
        auto examined = send("EXAMINE " + *quoted);
        if (!examined)
            return fail(examined.error());
        if (!examined->ok())
            continue; // a mapped folder that does not exist, or one that vanished since LIST
        auto uids = searchToken();
        if (!uids)
            return fail(uids.error());
        // SEARCH matches substrings: read the candidates (a few at most) and keep the one that
        // carries the token itself.
        quint32 found = 0;
        for (const quint32 uid : uids->mid(0, MaxCandidates)) {
            auto fetched = send("UID FETCH " + QByteArray::number(uid) + " (UID BODY.PEEK[])");
            if (!fetched)
                return fail(fetched.error());
            QByteArray body;
            for (const ImapResponse& r : fetched->untagged)
                if (r.name == "FETCH" && r.hasBody && (r.uid == uid || r.uid == 0))
                    body = r.body;
            if (!fetched->ok() || body.isEmpty())
                return fail({Error::Protocol, u"%1 found a message in %2 but did not send it: %3"_s.arg(
                                                  who(), folder.displayName, serverText(fetched->done))});
            if (carriesToken(body, m_what.token)) {
                o.message = body;
                found = uid;
                break;
            }
        }
        if (found == 0)
            continue;
        o.found = true;
        o.folder = folder.displayName;
        o.placement = folder.placement;
        if (m_what.cleanup != SeedCleanup::Keep) {
            const QString problem = cleanUp(*folders, folder.name, found, uidValidity(*examined));
            o.cleaned = problem.isEmpty();
            if (!o.cleaned) // found all the same: the caller reports the placement and this
                o.errorText = u"found in %1 of %2, but could not %3 it: %4"_s.arg(
                    folder.displayName, who(),
                    m_what.cleanup == SeedCleanup::Delete ? u"delete"_s : u"move"_s, problem);
        }
        break;
    }
    (void)send("LOGOUT"); // its BYE and the closed connection are expected; the result stands
    return o;
}
