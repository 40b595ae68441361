#include "AuditExportWriter.h"

#include "audit/export/AuditCsvExporter.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/AuditJsonExporter.h"
#include "audit/export/AuditJunitExporter.h"
#include "audit/export/AuditSarifExporter.h"
#include "report/AuditPdfRenderer.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("AuditExportWriter", text);
}

const QStringList knownSuffixes = {QStringLiteral("pdf"),  QStringLiteral("html"), QStringLiteral("htm"),
                                   QStringLiteral("json"), QStringLiteral("csv"),  QStringLiteral("sarif"),
                                   QStringLiteral("xml")};
} // namespace

std::expected<void, QString> AuditExportWriter::write(const QList<AuditReport>& reports, const QString& path,
                                                      const AuditDocumentOptions& options) {
    if (reports.isEmpty())
        return std::unexpected(tr("There is no finished audit to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return AuditPdfRenderer::render(reports, options, path);
    QByteArray data;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        data = AuditHtmlExporter::write(reports, options);
    else if (suffix == QLatin1String("json"))
        data = AuditJsonExporter::write(reports);
    else if (suffix == QLatin1String("csv"))
        data = AuditCsvExporter::write(reports);
    else if (suffix == QLatin1String("sarif"))
        data = AuditSarifExporter::write(reports);
    else if (suffix == QLatin1String("xml"))
        data = AuditJunitExporter::write(reports);
    else
        return std::unexpected(
            tr("Unknown export format '.%1': use .pdf, .html, .json, .csv, .sarif or .xml (JUnit).")
                .arg(suffix));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

QString AuditExportWriter::fileFilters() {
    return QStringList{tr("PDF report (*.pdf)"),
                       tr("HTML report (*.html)"),
                       tr("JSON, the full report (*.json)"),
                       tr("CSV, one row per finding (*.csv)"),
                       tr("SARIF 2.1.0 (*.sarif)"),
                       tr("JUnit XML (*.xml)")}
        .join(QStringLiteral(";;"));
}

QString AuditExportWriter::withSuffix(const QString& path, const QString& selectedFilter) {
    if (path.isEmpty() || knownSuffixes.contains(QFileInfo(path).suffix().toLower()))
        return path;
    static const QRegularExpression pattern(QStringLiteral("\\*\\.(\\w+)"));
    const auto match = pattern.match(selectedFilter);
    return match.hasMatch() ? path + QLatin1Char('.') + match.captured(1) : path;
}

QString AuditExportWriter::askPath(QWidget* parent, const QString& title, const QString& suggested) {
    QString selected;
    const QString suffix = QFileInfo(suggested).suffix().toLower();
    for (const QString& filter : fileFilters().split(QStringLiteral(";;")))
        if (filter.contains(QStringLiteral("*.") + suffix + QLatin1Char(')')))
            selected = filter;
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, fileFilters(), &selected);
    return withSuffix(path, selected);
}
