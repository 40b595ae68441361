#pragma once
// The demo world's DMARC aggregate and TLS-RPT reports: synthetic but realistic reports about
// example.com and monitor.test (legitimate senders, a forwarder, a shadow-IT sender, a spoofer)
// from several fictional receivers, generated from a compiled-in table of senders for the months
// before a given day, so that the default audit period (the last 90 days) always holds them.

#include "history/HistoryDatabase.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <expected>
#include <memory>

class DemoReports {
public:
    struct File {
        QString name; // "receiver.example!example.com!1764115200!1764201599.xml"
        QByteArray data;
    };
    struct Sender {
        QString ip;
        QString reverseName; // stored as the PTR answer (the demo zones hold no reverse zones)
        QString role;        // legitimate, forwarder, shadow-it, spoofer
    };

    // Reports of the `days` days before `today` (UTC): aggregate reports as XML, TLS-RPT as JSON.
    static QList<File> files(const QDate& today, int days = 120);
    static QList<Sender> senders();
    // Imports files(today) into the database (the reports schema is created when missing), stores
    // the senders' reverse names and the demo domains' SPF trees (evaluated over the demo zones),
    // so the dashboard and the PDF name the matched includes. Returns the reports stored.
    static std::expected<int, QString> importInto(const std::shared_ptr<HistoryDatabase>& database,
                                                  const QDate& today = QDate::currentDate());
    static QStringList domains(); // the domains the reports are about
};
