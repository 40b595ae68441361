#pragma once
// One document found in an imported file: a report's bytes (XML or JSON) and where it came from
// ("mail.eml / google.com!example.com!1!2.zip / report.xml").

#include <QByteArray>
#include <QString>

struct ReportPayload {
    QString name;
    QByteArray data;
};
