#pragma once
// The "How mail reaches <domain>" section of the audit document (HTML export and PDF), from the
// report's "transport" check (TransportAuditCheck, `audit --transport`): the verdict, the MX hosts
// (addresses, reverse names, MTA-STS coverage, STARTTLS when probed, DANE), the MTA-STS policy and what
// it means, the TLS-RPT destinations and the transport findings. HTML in the subset QTextDocument
// renders.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class TransportSectionHtml {
    Q_DECLARE_TR_FUNCTIONS(TransportSectionHtml)

public:
    // The section's body (the heading is the document's); empty when transport is empty.
    static QString html(const QJsonObject& transport);
    // The BIMI part of the section (BimiSectionHtml), when the check looked at BIMI.
    static QString bimiFragment(const QJsonObject& transport);
    // The document's anchor of the section of reports[index].
    static QString anchor(int index) { return QStringLiteral("transport-%1").arg(index); }
    static QString title(const QString& domain) { return tr("How mail reaches %1").arg(domain); }

private:
    static QString mxTable(const QJsonObject& transport);
    static QString daneCell(const QJsonObject& dane); // mx[].dane: state, records in plain words
    static QString mtaSts(const QJsonObject& transport);
    static QString tlsRpt(const QJsonObject& transport);
    static QString findings(const QJsonObject& transport);
};
