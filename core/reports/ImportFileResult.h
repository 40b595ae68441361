#pragma once
// What importing one file did: imported, skipped as a duplicate, or rejected with the reason.

#include <QJsonObject>
#include <QString>
#include <QStringList>

enum class ImportStatus { Imported, Duplicate, Rejected };

QString importStatusName(ImportStatus status);

struct ImportFileResult {
    QString path;
    ImportStatus status = ImportStatus::Rejected;
    QString reason;       // why it was rejected
    int reports = 0;      // reports stored
    int duplicates = 0;   // reports already in the database
    qint64 records = 0;   // rows stored
    qint64 messages = 0;  // messages those rows count
    qint64 bytes = 0;     // XML / JSON bytes read
    QStringList domains;  // domains the stored reports cover
    QStringList warnings; // odd values in kept reports

    QJsonObject toJson() const;
};
