#pragma once
// Answers "why did this message pass or fail DMARC?" for one received message, with Mailsight's
// own engines: SPF check_host() for the MAIL FROM and the HELO identity (with the lookup tree),
// every DKIM signature as `dkim verify` does, the ARC chain (RFC 8617), DMARC under RFC 9989 and
// RFC 7489 with the policy that applies and whether an ARC override is plausible, the receiver's
// own verdict beside it with every difference explained, and the delivery path. The connecting
// IP, HELO and MAIL FROM are read from the message unless given. Blocking: run it on
// DnsSession::checkPool() or in the CLI.

#include "MessageAnalysis.h"
#include "mail/MailMessage.h"

#include <QDateTime>
#include <memory>
#include <optional>

class DnsSession;

class MessageAnalyzer {
public:
    struct Request {
        MailMessage message;
        bool pasted = false; // typed or pasted text: a header block without a body has no body
        std::optional<QString> ip;
        std::optional<QString> helo;
        std::optional<QString> mailFrom;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };

    explicit MessageAnalyzer(std::shared_ptr<DnsSession> session);
    MessageAnalysis analyze(const Request& request) const;

    // Pasted header text (and body, when present) or the bytes of an .eml/.mbox file, read into
    // messages. Blank lines and indentation before the first field are dropped from pasted text.
    static QList<MailMessage> readInput(const QByteArray& bytes, const QString& label, bool pasted);
    // Every address of every From field, in order.
    static QStringList fromAddresses(const MailMessage& message);

private:
    void checkSpf(MessageAnalysis& analysis) const;
    void verifyDkim(MessageAnalysis& analysis, const Request& request) const;
    void pathFindings(MessageAnalysis& analysis) const;
    void dmarcFindings(MessageAnalysis& analysis) const;
    static QString headline(const MessageAnalysis& analysis);

    std::shared_ptr<DnsSession> m_session;
};
