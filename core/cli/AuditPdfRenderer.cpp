#include "AuditPdfRenderer.h"

#include "audit/export/AuditDocumentSpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

QString AuditPdfRenderer::rendererPath() {
    const QString fromEnv = qEnvironmentVariable("MAILSIGHT_REPORT_RENDERER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/mailsight-report");
    if (QFile::exists(beside))
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("mailsight-report"));
}

std::expected<void, QString> AuditPdfRenderer::render(AuditDocumentSpool& spool,
                                                      const AuditDocumentOptions& document,
                                                      const QString& languageCode, const QString& pdfPath) {
    const QString renderer = rendererPath();
    if (renderer.isEmpty())
        return std::unexpected(QStringLiteral("--pdf needs mailsight-report (built with the GUI) beside "
                                              "mailsight-cli or on PATH, or MAILSIGHT_REPORT_RENDERER"));
    // The renderer reads the reports from the spool, one at a time; this file says the rest.
    if (auto flushed = spool.flush(); !flushed)
        return flushed;
    QTemporaryFile input(QDir::tempPath() + QStringLiteral("/mailsight-audit-XXXXXX.json"));
    if (!input.open())
        return std::unexpected(QStringLiteral("cannot write a temporary file: %1").arg(input.errorString()));
    QJsonObject senders;
    for (auto it = document.senders.constBegin(); it != document.senders.constEnd(); ++it)
        senders.insert(it.key(), it.value());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("organisation"), document.organisation},
                                                      {QStringLiteral("trend"), document.trend},
                                                      {QStringLiteral("senders"), senders},
                                                      {QStringLiteral("reports_file"), spool.fileName()}})
                                .toJson(QJsonDocument::Compact);
    // A short write (a full disk) would hand the renderer cut JSON.
    if (input.write(json) != json.size() || !input.flush())
        return std::unexpected(QStringLiteral("cannot write the temporary file %1 (disk full?): %2")
                                   .arg(input.fileName(), input.errorString()));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(renderer, {QStringLiteral("--language"), languageCode, input.fileName(), pdfPath});
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::unexpected(QStringLiteral("the PDF could not be rendered (%1)").arg(renderer));
    return {};
}
