#include "ReportRowWriter.h"

#include "PostgresReportRowWriter.h"
#include "SqliteReportRowWriter.h"
#include "SqliteStatement.h"

#include <QSqlError>

std::unique_ptr<ReportRowWriter> ReportRowWriter::create(const QSqlDatabase& db) {
    if (db.driverName() == u"QPSQL")
        return std::make_unique<PostgresReportRowWriter>(db);
    if (sqlite3* handle = SqliteStatement::handle(db))
        return std::make_unique<SqliteReportRowWriter>(handle);
    return nullptr;
}

bool ReportRowWriter::isTransient(const QSqlError& error) {
    // SQLSTATE 40P01 deadlock_detected, 40001 serialization_failure (PostgreSQL's driver gives the
    // SQLSTATE as the native code).
    const QString code = error.nativeErrorCode();
    return code == u"40P01" || code == u"40001";
}

QString ReportRowWriter::failure(const QSqlError& error) {
    m_transient = isTransient(error);
    return QStringLiteral("database error: %1").arg(error.text());
}
