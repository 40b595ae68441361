// mailsight-report: renders the audit PDF from the JSON that `mailsight-cli audit --pdf` writes
// ({organisation, period, trend, senders, reports}, or instead of "reports" "reports_file": a JSON
// Lines file of the reports, read one at a time, AuditDocumentSpool). A separate program because the PDF
// needs Qt Widgets (QCustomPlot) and the CLI links only the core.
//   mailsight-report [--language en|de|fr|system] AUDIT.json OUT.pdf   (default en)
#include "i18n/AppLanguage.h"
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
    QStringList args = QCoreApplication::arguments();
    QString language = QStringLiteral("en");
    if (args.size() >= 3 && args.at(1) == QLatin1String("--language")) {
        language = args.at(2);
        args.remove(1, 2);
    }
    if (args.size() != 3) {
        err << "usage: mailsight-report [--language en|de|fr|system] AUDIT.json OUT.pdf\n";
        return 2;
    }
    const QString code = AppLanguage::resolve(language == QLatin1String("system") ? QString() : language);
    if (language != QLatin1String("system") && code != language.toLower()) {
        err << "mailsight-report: unknown language " << language << " (en, de, fr or system)\n";
        return 2;
    }
    if (!AppLanguage::install(&app, code))
        err << "mailsight-report: no " << code << " translation; the report is in English\n";
    QFile input(args.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        err << "mailsight-report: " << args.at(1) << ": " << input.errorString() << "\n";
        return 3;
    }
    const QJsonObject root = QJsonDocument::fromJson(input.readAll()).object();
    AuditDocumentOptions options;
    options.organisation = root.value(QStringLiteral("organisation")).toString();
    options.period = root.value(QStringLiteral("period")).toString();
    options.trend = root.value(QStringLiteral("trend")).toArray();
    const QJsonObject senders = root.value(QStringLiteral("senders")).toObject();
    for (auto it = senders.constBegin(); it != senders.constEnd(); ++it)
        options.senders.insert(it.key(), it.value().toObject());
    std::expected<void, QString> done;
    if (const QString spool = root.value(QStringLiteral("reports_file")).toString(); !spool.isEmpty()) {
        // A batch: the summary from a first read, then the document from the file, a report at a time.
        AuditDocumentSummary summary;
        done = AuditDocumentSpool::read(spool,
                                        [&](int, const AuditReport& r) { summary.add(r, options.senders); });
        if (done)
            done = AuditPdfRenderer::render(
                summary,
                [&spool](const AuditDocumentSpool::Visitor& visit) {
                    return AuditDocumentSpool::read(spool, visit);
                },
                options, args.at(2));
    } else {
        QList<AuditReport> reports;
        for (const auto& v : root.value(QStringLiteral("reports")).toArray()) {
            auto r = AuditReport::fromJson(v.toObject());
            if (!r) {
                err << "mailsight-report: " << r.error() << "\n";
                return 2;
            }
            reports << *r;
        }
        done = AuditPdfRenderer::render(reports, options, args.at(2));
    }
    if (!done) {
        err << "mailsight-report: " << done.error() << "\n";
        return 3;
    }
    return 0;
}
