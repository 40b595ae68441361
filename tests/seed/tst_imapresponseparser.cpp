// The IMAP client's pure parts (core/seed): ImapResponseParser on tricky and broken responses,
// modified UTF-7 mailbox names and quoting, and the order in which ImapFolderPlan searches folders.
#include "seed/ImapFolderPlan.h"
#include "seed/ImapMailboxName.h"
#include "seed/ImapResponseParser.h"

#include "seed/ImapSeedSession.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ImapResponse parsed(QByteArrayView text) {
    const auto length = ImapResponseParser::completeLength(text, 1 << 20);
    if (!length || *length != text.size())
        qFatal("not one complete response: %s", text.toByteArray().constData());
    const auto r = ImapResponseParser::parse(text);
    if (!r)
        qFatal("parse failed: %s", qPrintable(r.error()));
    return *r;
}

ImapResponse::ListEntry folder(const QByteArray& name, QList<QByteArray> flags = {}) {
    ImapResponse::ListEntry e;
    e.name = name;
    e.displayName = ImapMailboxName::decode(name);
    e.flags = std::move(flags);
    e.delimiter = "/";
    return e;
}
} // namespace

class TestImapResponseParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The header carries the token itself: X-Mailsight-Token equal to it (folded or not), or the
    // Subject with it as a whole word; never a longer token, and never the body.
    void carriesToken() {
        const QByteArray t = "abcdefgh-1234";
        QVERIFY(ImapSeedSession::carriesToken("X-Mailsight-Token: abcdefgh-1234\r\n\r\nbody", t));
        QVERIFY(ImapSeedSession::carriesToken("x-mailsight-token:\r\n abcdefgh-1234\r\n\r\n", t));
        QVERIFY(ImapSeedSession::carriesToken("Subject: test [abcdefgh-1234] ok\n\nbody", t));
        QVERIFY(!ImapSeedSession::carriesToken("X-Mailsight-Token: abcdefgh-1234-2\r\n\r\n", t));
        QVERIFY(!ImapSeedSession::carriesToken("Subject: re abcdefgh-12345\r\n\r\n", t));
        QVERIFY(!ImapSeedSession::carriesToken("Subject: x\r\n\r\nX-Mailsight-Token: abcdefgh-1234\r\n", t));
        QVERIFY(!ImapSeedSession::isValidToken("abc"));
        QVERIFY(ImapSeedSession::isValidToken(t));
    }

    void taggedWithResponseCode() {
        const ImapResponse r = parsed("M001 OK [CAPABILITY IMAP4rev1 SASL-IR uidplus Move] Logged in\r\n");
        QCOMPARE(r.kind, ImapResponse::Kind::Tagged);
        QCOMPARE(r.tag, "M001");
        QCOMPARE(r.status, ImapResponse::Status::Ok);
        QCOMPARE(r.code, "CAPABILITY");
        QCOMPARE(r.capabilities, (QList<QByteArray>{"IMAP4REV1", "SASL-IR", "UIDPLUS", "MOVE"}));
        QCOMPARE(r.text, u"Logged in"_s);
        const ImapResponse no = parsed("M002 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        QCOMPARE(no.status, ImapResponse::Status::No);
        QCOMPARE(no.code, "AUTHENTICATIONFAILED");
        QCOMPARE(no.text, u"Authentication failed."_s);
    }

    void greetingAndContinuation() {
        const ImapResponse g =
            parsed("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.\r\n");
        QCOMPARE(g.kind, ImapResponse::Kind::Untagged);
        QCOMPARE(g.status, ImapResponse::Status::Ok);
        QVERIFY(g.capabilities.contains("LOGINDISABLED"));
        QCOMPARE(parsed("* PREAUTH hi\r\n").status, ImapResponse::Status::PreAuth);
        QCOMPARE(parsed("* BYE Logging out\r\n").status, ImapResponse::Status::Bye);
        const ImapResponse plus = parsed("+ \r\n");
        QCOMPARE(plus.kind, ImapResponse::Kind::Continuation);
        QCOMPARE(parsed("+ go ahead\n").text, u"go ahead"_s); // a bare LF is tolerated
    }

    void capabilityData() {
        QCOMPARE(parsed("* CAPABILITY IMAP4rev1 AUTH=PLAIN special-use\r\n").capabilities,
                 (QList<QByteArray>{"IMAP4REV1", "AUTH=PLAIN", "SPECIAL-USE"}));
    }

    void listVariants() {
        ImapResponse r = parsed("* LIST (\\HasNoChildren \\Junk) \"/\" Junk"
                                "\r\n");
        QCOMPARE(r.name, "LIST");
        QVERIFY(r.list.hasFlag("\\junk"));
        QCOMPARE(r.list.delimiter, "/");
        QCOMPARE(r.list.name, "Junk");
        r = parsed("* LIST () \".\" \"Junk E-mail\""
                   "\r\n");
        QCOMPARE(r.list.displayName, u"Junk E-mail"_s);
        r = parsed("* LIST (\\Noselect) NIL \"a \\\"quoted\\\" \\\\ name\""
                   "\r\n");
        QVERIFY(r.list.delimiter.isEmpty());
        QCOMPARE(r.list.name, "a \"quoted\" \\ name");
        r = parsed("* LIST (\\HasNoChildren) \"/\" {12}\r\n[Gmail]/Spam\r\n");
        QCOMPARE(r.list.name, "[Gmail]/Spam");
        r = parsed("* LIST (\\HasNoChildren) \"/\" Ind&AOk-sirables"
                   "\r\n");
        QCOMPARE(r.list.displayName, u"Indésirables"_s);
        r = parsed("* LIST (\\Subscribed) \"/\" \"Sent\" (\"CHILDINFO\" (\"SUBSCRIBED\"))"
                   "\r\n"); // RFC 5258 extended data
        QCOMPARE(r.list.name, "Sent");
        r = parsed("* LIST (\\HasNoChildren) \"/\" inbox"
                   "\r\n");
        QCOMPARE(r.list.displayName, u"INBOX"_s);
    }

    void searchResults() {
        QCOMPARE(parsed("* SEARCH 2 84 882\r\n").search, (QList<quint32>{2, 84, 882}));
        QVERIFY(parsed("* SEARCH\r\n").search.isEmpty());
        QCOMPARE(parsed("* SEARCH 7 (MODSEQ 917162500)\r\n").search, (QList<quint32>{7}));
        QVERIFY(!ImapResponseParser::parse("* SEARCH 1 x\r\n"));
        QVERIFY(!ImapResponseParser::parse("* SEARCH 99999999999\r\n"));
    }

    void fetchWithLiteralBody() {
        const QByteArray body = "Subject: x\r\n\r\nline with ) and { and \"\r\n";
        const QByteArray text = "* 3 FETCH (UID 42 FLAGS (\\Recent) BODY[] {" +
                                QByteArray::number(body.size()) + "}\r\n" + body + ")\r\n";
        const ImapResponse r = parsed(text);
        QCOMPARE(r.name, "FETCH");
        QCOMPARE(r.number, 3u);
        QCOMPARE(r.uid, 42u);
        QCOMPARE(r.flags, (QList<QByteArray>{"\\Recent"}));
        QVERIFY(r.hasBody);
        QCOMPARE(r.body, body);
        const ImapResponse nil = parsed("* 1 FETCH (BODY[] NIL UID 5)\r\n");
        QVERIFY(!nil.hasBody);
        QCOMPARE(nil.uid, 5u);
        QCOMPARE(parsed("* 1 FETCH (UID 6 BODY[] \"short\")\r\n").body, "short");
        QCOMPARE(parsed("* 4 EXISTS\r\n").number, 4u);
    }

    void completeLengthAcrossLiterals() {
        const QByteArray two = "* 1 FETCH (BODY[] {5}\r\nab\r\nc)\r\nM001 OK done\r\n";
        QCOMPARE(*ImapResponseParser::completeLength(two, 100), two.indexOf("M001"));
        for (qsizetype cut = 0; cut < two.indexOf("M001"); ++cut)
            QCOMPARE(*ImapResponseParser::completeLength(QByteArrayView(two).first(cut), 100), 0);
        // A literal above the cap is refused from its announcement, before its bytes arrive.
        const auto big = ImapResponseParser::completeLength("* 1 FETCH (BODY[] {999999}\r\n", 1000);
        QVERIFY(!big);
        QVERIFY(big.error().contains(u"999999"_s));
        // A line without end, longer than the bound.
        QVERIFY(
            !ImapResponseParser::completeLength(QByteArray(ImapResponseParser::maxLineBytes + 10, 'a'), 100));
    }

    void oneResponseIsCappedInAll() {
        // Many literals, each under the cap, add up: one response is capped at the literal cap +
        // 1 MiB, refused from the announcement that passes it, before its bytes arrive.
        const qint64 cap = 1 << 20;
        QByteArray many = "* 1 FETCH (";
        const QByteArray part = "X {1000}\r\n" + QByteArray(1000, 'a') + ' ';
        while (many.size() < cap + ImapResponseParser::maxOverheadBytes - 2 * part.size())
            many += part;
        QCOMPARE(*ImapResponseParser::completeLength(many + ")\r\n", cap), many.size() + 3);
        for (int i = 0; i < 4; ++i)
            many += part;
        const auto tooMuch = ImapResponseParser::completeLength(many + ")\r\n", cap);
        QVERIFY(!tooMuch);
        QVERIFY2(tooMuch.error().contains(u"one response is longer"_s), qPrintable(tooMuch.error()));
        // Two literals of the cap each: the second is refused from its announcement alone.
        const QByteArray two = "* 1 FETCH (BODY[] {" + QByteArray::number(cap) + "}\r\n" +
                               QByteArray(cap, 'b') + " RFC822 {" + QByteArray::number(cap) + "}\r\n";
        const auto second = ImapResponseParser::completeLength(two, cap);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(u"one response is longer"_s), qPrintable(second.error()));
        // Empty literals and short lines add up too (no literal near the cap).
        QByteArray empties = "* 1 FETCH (";
        while (empties.size() <= 100 + ImapResponseParser::maxOverheadBytes)
            empties += "X {0}\r\n ";
        QVERIFY(!ImapResponseParser::completeLength(empties + ")\r\n", 100));
    }

    void brokenResponses_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("\r\n");
        QTest::newRow("tag only") << QByteArray("M001\r\n");
        QTest::newRow("tag unknown status") << QByteArray("M001 MAYBE fine\r\n");
        QTest::newRow("unclosed quote") << QByteArray("* LIST () \"/\" \"Junk\r\n");
        QTest::newRow("list without name") << QByteArray("* LIST () \"/\"\r\n");
        QTest::newRow("literal cut") << QByteArray("* LIST () \"/\" {10}\r\nabc");
        QTest::newRow("literal bad length") << QByteArray("* LIST () \"/\" {1x}\r\nabc\r\n");
        QTest::newRow("fetch odd pairs") << QByteArray("* 1 FETCH (UID)\r\n");
        QTest::newRow("fetch uid not number") << QByteArray("* 1 FETCH (UID abc)\r\n");
        QTest::newRow("unclosed list") << QByteArray("* 1 FETCH (UID 4\r\n");
        QTest::newRow("deep nesting")
            << QByteArray("* 1 FETCH (X " + QByteArray(40, '(') + QByteArray(40, ')') + ")\r\n");
        QTest::newRow("number without name") << QByteArray("* 5\r\n");
        QTest::newRow("control byte") << QByteArray("\x01\x02\r\n");
    }
    void brokenResponses() {
        QFETCH(QByteArray, text);
        QVERIFY(!ImapResponseParser::parse(text).has_value());
    }

    void modifiedUtf7() {
        QCOMPARE(ImapMailboxName::decode("Ind&AOk-sirables"), u"Indésirables"_s);
        QCOMPARE(ImapMailboxName::decode("&ZeVnLIqe-"), u"日本語"_s);
        QCOMPARE(ImapMailboxName::decode("Tom &- Jerry"), u"Tom & Jerry"_s);
        QCOMPARE(ImapMailboxName::decode("broken &AOk"), u"broken &AOk"_s); // no '-': shown as sent
        QCOMPARE(ImapMailboxName::decode("bad &!!!-"), u"bad &!!!-"_s);
        // Controls never reach a display name (terminal escapes): C0 and DEL as sent or encoded,
        // NUL, C1, unpaired surrogates become U+FFFD; a surrogate pair is kept.
        const QString r = QString(QChar(QChar::ReplacementCharacter));
        QCOMPARE(ImapMailboxName::decode("a\x1b[31mb"), u"a"_s + r + u"[31mb"_s);
        QCOMPARE(ImapMailboxName::decode("x\x7fy\x85z"), u"x"_s + r + u"y"_s + r + u"z"_s);
        QCOMPARE(ImapMailboxName::decode("&AAA-"), r);                            // U+0000
        QCOMPARE(ImapMailboxName::decode("&ABs-[2J"), r + u"[2J"_s);              // U+001B
        QCOMPARE(ImapMailboxName::decode("&AJs-"), r);                            // U+009B (CSI)
        QCOMPARE(ImapMailboxName::decode("&AAoADQ-"), r + r);                     // LF, CR
        QCOMPARE(ImapMailboxName::decode("&2D0-x"), r + u"x"_s);                  // a lone high surrogate
        QCOMPARE(ImapMailboxName::decode("&3AA-"), r);                            // a lone low surrogate
        QCOMPARE(ImapMailboxName::decode("&2D3eAA-"), u"\U0001F600"_s);           // a pair: kept
        QCOMPARE(ImapMailboxName::decode("bad &\x1b-"), u"bad &"_s + r + u"-"_s); // kept as sent, but safe
        QCOMPARE(ImapMailboxName::encode(u"\U0001F600"_s), "&2D3eAA-");
        for (const QString& name :
             {u"Indésirables"_s, u"日本語/Spam"_s, u"Tom & Jerry"_s, u"Plain"_s, u"😀"_s})
            QCOMPARE(ImapMailboxName::decode(ImapMailboxName::encode(name)), name);
        QCOMPARE(ImapMailboxName::encode(u"Indésirables"_s), "Ind&AOk-sirables");
        QCOMPARE(ImapMailboxName::encode(u"Tom & Jerry"_s), "Tom &- Jerry");
    }

    void quoting() {
        QCOMPARE(*ImapMailboxName::quote("s3ed \"one\" \\ pass"), "\"s3ed \\\"one\\\" \\\\ pass\"");
        QVERIFY(!ImapMailboxName::quote("a\r\nb"));
        QVERIFY(!ImapMailboxName::quote("caf\xc3\xa9"));
    }

    void folderOrder() {
        const QList<ImapResponse::ListEntry> folders{
            folder("Archive"), folder("Trash", {"\\Trash"}),      folder("Quarantine", {"\\Junk"}),
            folder("Spam"),    folder("[Gmail]", {"\\Noselect"}), folder("[Gmail]/All Mail", {"\\All"}),
            folder("INBOX"),   folder("Ind&AOk-sirables")};
        auto names = [](const QList<ImapFolderChoice>& plan) {
            QStringList out;
            for (const ImapFolderChoice& c : plan)
                out << c.displayName + u':' + QString::number(int(c.placement));
            return out;
        };
        // \Junk wins over the usual name "Spam"; \Noselect skipped; \Trash and \All last.
        QCOMPARE(names(ImapFolderPlan::order(folders, {})),
                 (QStringList{u"INBOX:0"_s, u"Quarantine:1"_s, u"Archive:2"_s, u"Spam:2"_s,
                              u"Indésirables:2"_s, u"Trash:2"_s, u"[Gmail]/All Mail:2"_s}));
        // The mapping wins over SPECIAL-USE, and the Move target is not searched.
        const auto mapped = ImapFolderPlan::order(folders, {{u"spam"_s, u"Indésirables"_s}}, u"Archive"_s);
        QCOMPARE(names(mapped), (QStringList{u"INBOX:0"_s, u"Indésirables:1"_s, u"Quarantine:2"_s,
                                             u"Spam:2"_s, u"Trash:2"_s, u"[Gmail]/All Mail:2"_s}));
        QCOMPARE(mapped.at(1).name, "Ind&AOk-sirables");
        // Without SPECIAL-USE: the usual names, any case, also under INBOX.
        QCOMPARE(names(ImapFolderPlan::order({folder("INBOX"), folder("INBOX.junk"), folder("Other")}, {})),
                 (QStringList{u"INBOX:0"_s, u"INBOX.junk:1"_s, u"Other:2"_s}));
        QVERIFY(ImapFolderPlan::isUsualSpamName(u"[gmail]/spam"_s));
        QVERIFY(ImapFolderPlan::isUsualSpamName(u"Junk E-mail"_s));
        QVERIFY(!ImapFolderPlan::isUsualSpamName(u"Junkyard"_s));
    }
};

QTEST_APPLESS_MAIN(TestImapResponseParser)
#include "tst_imapresponseparser.moc"
