#pragma once
// An RFC 5322 message as the DKIM verifier needs it: header fields with their exact bytes (folding
// kept), the body bytes untouched, and mbox files split into messages. Files saved with bare LF
// line endings are turned into CRLF, as on the wire (RFC 5322 §2.1), and that is recorded.

#include <QByteArray>
#include <QList>
#include <QString>
#include <expected>

struct MailHeader {
    QByteArray name; // as written ("DKIM-Signature")
    QByteArray raw;  // the whole field: "Name: value\r\n" with its folding
    // The value after the colon, unfolded (CRLFs removed), outer whitespace trimmed.
    QByteArray value() const;
    bool isNamed(const QByteArray& other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
};

class MailMessage {
public:
    static MailMessage parse(const QByteArray& bytes);
    // Splits an mbox (lines "From " after a blank line start a message; ">From " is unescaped).
    // Bytes that do not start with "From " are one message.
    static QList<QByteArray> splitMbox(const QByteArray& bytes);
    // Reads an .eml or .mbox file into its messages.
    static std::expected<QList<MailMessage>, QString> readFile(const QString& path);

    QList<MailHeader> headers;
    QByteArray body; // after the blank line, CRLF line endings
    bool convertedLineEndings = false;
    bool hasHeaderBodySeparator = true;
    QString label; // file name and message number, for reports

    QList<int> indexesOf(const QByteArray& name) const;
    QByteArray firstValue(const QByteArray& name) const;
    // The domain of the (first) From address, lower case; empty when there is none.
    QString fromDomain() const;
    static QString addressDomain(const QByteArray& headerValue);
};
