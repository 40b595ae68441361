// mailsight-report: renders the audit PDF from the JSON that `mailsight-cli audit --pdf` writes
// ({organisation, period, trend, senders, reports}). A separate program because the PDF needs Qt Widgets
// (QCustomPlot) and the CLI links only the core.
#include "report/AuditPdfRenderer.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: mailsight-report AUDIT.json OUT.pdf\n";
        return 2;
    }
    QFile input(args.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        err << "mailsight-report: " << args.at(1) << ": " << input.errorString() << "\n";
        return 3;
    }
    const QJsonObject root = QJsonDocument::fromJson(input.readAll()).object();
    QList<AuditReport> reports;
    for (const auto& v : root.value(QStringLiteral("reports")).toArray()) {
        auto r = AuditReport::fromJson(v.toObject());
        if (!r) {
            err << "mailsight-report: " << r.error() << "\n";
            return 2;
        }
        reports << *r;
    }
    AuditDocumentOptions options;
    options.organisation = root.value(QStringLiteral("organisation")).toString();
    options.period = root.value(QStringLiteral("period")).toString();
    options.trend = root.value(QStringLiteral("trend")).toArray();
    const QJsonObject senders = root.value(QStringLiteral("senders")).toObject();
    for (auto it = senders.constBegin(); it != senders.constEnd(); ++it)
        options.senders.insert(it.key(), it.value().toObject());
    auto done = AuditPdfRenderer::render(reports, options, args.at(2));
    if (!done) {
        err << "mailsight-report: " << done.error() << "\n";
        return 3;
    }
    return 0;
}
