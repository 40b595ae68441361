#pragma once
// Writes audits to a file in the format its suffix names: .pdf (the stakeholder report, drawn
// here), .html, .json, .csv, .sarif and .xml (JUnit), with the core exporters. Shared by the
// Overview tab's export of one audit and the batch audit's export of many.

#include "audit/AuditReport.h"
#include "audit/export/AuditDocumentOptions.h"

#include <expected>

class QWidget;

class AuditExportWriter {
public:
    // Needs the GUI thread for .pdf (the chart is a widget).
    static std::expected<void, QString> write(const QList<AuditReport>& reports, const QString& path,
                                              const AuditDocumentOptions& options = {});
    // The save dialog's filters, PDF first.
    static QString fileFilters();
    // A path without a known suffix gets the suffix of the filter the user chose.
    static QString withSuffix(const QString& path, const QString& selectedFilter);
    // Asks where to save (suggested: a file name, its suffix picks the format); empty: cancelled.
    static QString askPath(QWidget* parent, const QString& title, const QString& suggested);
};
