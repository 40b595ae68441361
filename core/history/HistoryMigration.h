#pragma once
// One step of a schema in the history database: the SQL that takes a component (reports, audit,
// ...) from version - 1 to version. A component's migrations are applied in order, each in a
// transaction, and never edited once released: a change is a new migration.

#include <QString>
#include <QStringList>

struct HistoryMigration {
    int version = 0;
    QString description;
    QStringList statements;
};
