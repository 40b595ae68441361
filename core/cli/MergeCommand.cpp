#include "MergeCommand.h"

#include "AuditPdfRenderer.h"
#include "AuditWriterFactory.h"
#include "audit/AuditPartMerger.h"
#include "audit/export/AuditDocumentSpool.h"
#include "i18n/AppLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

QStringList MergeCommand::usage() const {
    return {QStringLiteral("merge OUT.json PART.json... [--format json|jsonl|csv|sarif|junit|html]"),
            QStringLiteral("merge OUT.json PART.json... [--pdf FILE] [--language en|de|fr|system] "
                           "[--organisation NAME] [--fail-on error|warning|never]")};
}

QString MergeCommand::description() const {
    return QStringLiteral(
        "Joins the JSON (or JSON Lines) outputs of `audit --shard I/N`, one per CI job, into OUT: the "
        "domains in the order of the domains file, each report as its job wrote it, so that OUT is what "
        "one unsharded run writes (grades, findings, questions asked). Refuses parts that overlap (a "
        "domain in two parts), parts of different lists, shard counts, Mailsight versions or options, and "
        "a missing shard, naming it; nothing is written then. Outputs written without --shard are joined "
        "in the order named. OUT is JSON unless --format names jsonl, csv, sarif, junit or html; --pdf "
        "also renders the joined PDF (no trend or report sections: those come from a history). Exit 1 "
        "when a finding is at or above --fail-on.");
}

QList<CliArgument> MergeCommand::arguments() const {
    return {{QStringLiteral("OUT.json"), QStringLiteral("the joined output (written atomically)")},
            {QStringLiteral("PART.json..."), QStringLiteral("the parts: `audit --shard I/N --format json` "
                                                            "(or jsonl) outputs, in any order")}};
}

QList<CliOption> MergeCommand::options() const {
    return {{QStringLiteral("pdf"), true, false, QStringLiteral("FILE"),
             QStringLiteral("also render the joined PDF report to FILE")},
            {QStringLiteral("language"), true, false, QStringLiteral("en|de|fr|system"),
             QStringLiteral("language of the PDF (default en)")},
            {QStringLiteral("organisation"), true, false, QStringLiteral("NAME"),
             QStringLiteral("organisation named on the PDF/HTML cover (default: the audited domains)")},
            {QStringLiteral("fail-on"), true, false, QStringLiteral("error|warning|never"),
             QStringLiteral("exit 1 when a finding is at or above this severity (default error)")}};
}

int MergeCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() < 2)
        return context.fail(QStringLiteral("usage: mailsight-cli merge OUT.json PART.json... (see --help)"),
                            CliExit::Usage);
    const QString outPath = args.positionals.first();
    const QStringList parts = args.positionals.mid(1);
    for (const QString& part : parts) {
        if (QFileInfo(part).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath())
            return context.fail(QStringLiteral("%1 is both the output and a part").arg(part), CliExit::Usage);
        if (!QFile::exists(part))
            return context.fail(QStringLiteral("%1: no such file").arg(part), CliExit::Failure);
    }
    Severity failOn = Severity::Error;
    const QString failOnText = args.value(QStringLiteral("fail-on"), QStringLiteral("error"));
    const bool failNever = failOnText == QLatin1String("never");
    if (auto s = severityFromName(failOnText); !failNever && (!s || *s == Severity::Info))
        return context.fail(QStringLiteral("--fail-on takes error, warning or never"), CliExit::Usage);
    else if (s)
        failOn = *s;
    CliFormat format = context.format == CliFormat::Text ? CliFormat::Json : context.format;
    if (format == CliFormat::Markdown)
        return context.fail(QStringLiteral("merge writes json, jsonl, csv, sarif, junit or html"),
                            CliExit::Usage);
    const QString language = args.value(QStringLiteral("language"), QStringLiteral("en")).toLower();
    if (!QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                     QStringLiteral("system")}
             .contains(language))
        return context.fail(QStringLiteral("--language takes en, de, fr or system"), CliExit::Usage);
    const QString languageCode =
        AppLanguage::resolve(language == QLatin1String("system") ? QString() : language);
    const QString pdfPath = args.value(QStringLiteral("pdf"));
    if (!pdfPath.isEmpty() && AuditPdfRenderer::rendererPath().isEmpty())
        return context.fail(QStringLiteral("--pdf needs mailsight-report (built with the GUI) beside "
                                           "mailsight-cli or on PATH, or MAILSIGHT_REPORT_RENDERER"),
                            CliExit::Failure);

    // First pass: every part read and checked; nothing is written before they make one run.
    AuditPartMerger merger(parts);
    const auto summary = merger.check();
    if (!summary)
        return context.fail(summary.error(), CliExit::Usage);

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return context.fail(QStringLiteral("%1: %2").arg(outPath, out.errorString()), CliExit::Failure);
    std::unique_ptr<AuditStreamWriter> writer = AuditWriterFactory::make(format, &out, failOn);
    std::unique_ptr<AuditDocumentSpool> spool;
    if (format == CliFormat::Html || !pdfPath.isEmpty()) {
        spool = std::make_unique<AuditDocumentSpool>();
        if (auto opened = spool->open(QFileInfo(outPath).absolutePath()); !opened)
            return context.fail(opened.error(), CliExit::Failure);
    }
    // Second pass: the reports in the list's order.
    QMap<QString, int> grades;
    qint64 questions = 0;
    bool failing = false;
    QString spoolError;
    if (writer)
        writer->begin();
    const auto merged = merger.forEach([&](AuditReport& r) {
        if (writer)
            writer->add(r);
        if (spool)
            if (auto added = spool->add(r); !added && spoolError.isEmpty())
                spoolError = added.error();
        ++grades[r.grade.isEmpty() ? QStringLiteral("-") : r.grade];
        questions += std::max(0, r.queriesAsked);
        for (const Finding& f : std::as_const(r.findings))
            failing = failing || f.severity >= failOn;
    });
    if (!merged)
        return context.fail(merged.error(), CliExit::Usage);
    if (!spoolError.isEmpty())
        return context.fail(spoolError, CliExit::Failure);
    AuditDocumentOptions document;
    document.organisation = args.value(QStringLiteral("organisation"));
    if (writer) {
        writer->finish();
        if (!writer->error().isEmpty())
            return context.fail(QStringLiteral("%1: %2").arg(outPath, writer->error()), CliExit::Failure);
    } else if (auto written = spool->writeHtml(&out, document); !written) {
        return context.fail(QStringLiteral("%1: %2").arg(outPath, written.error()), CliExit::Failure);
    }

    // The PDF into a temporary file beside it, renamed once OUT is written too.
    std::unique_ptr<QTemporaryFile> pdf;
    if (!pdfPath.isEmpty()) {
        if (languageCode != QLatin1String("en") &&
            !AppLanguage::install(QCoreApplication::instance(), languageCode))
            context.err << "mailsight-cli: no " << languageCode << " translation; writing English"
                        << Qt::endl;
        pdf = std::make_unique<QTemporaryFile>(QFileInfo(pdfPath).absoluteFilePath() +
                                               QStringLiteral(".XXXXXX"));
        if (!pdf->open())
            return context.fail(QStringLiteral("%1: %2").arg(pdfPath, pdf->errorString()), CliExit::Failure);
        pdf->close();
        if (auto rendered = AuditPdfRenderer::render(*spool, document, languageCode, pdf->fileName());
            !rendered)
            return context.fail(rendered.error(), CliExit::Failure);
    }
    if (!out.commit())
        return context.fail(QStringLiteral("%1: %2").arg(outPath, out.errorString()), CliExit::Failure);
    if (pdf) {
        // rename(2) replaces an old PDF atomically: it stays whole if the rename fails.
        std::error_code renameError;
        std::filesystem::rename(QFile::encodeName(pdf->fileName()).toStdString(),
                                QFile::encodeName(pdfPath).toStdString(), renameError);
        if (renameError) {
            pdf->remove();
            return context.fail(
                QStringLiteral("%1: %2").arg(pdfPath, QString::fromLocal8Bit(renameError.message())),
                CliExit::Failure);
        }
        pdf->setAutoRemove(false);
        QFile(pdfPath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }

    QStringList gradeText;
    for (auto it = grades.constBegin(); it != grades.constEnd(); ++it)
        gradeText << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    QString from =
        parts.size() == 1 ? QStringLiteral("1 part") : QStringLiteral("%1 parts").arg(parts.size());
    if (summary->shardCount > 0)
        from += QStringLiteral(" (%1 shards)").arg(summary->shardCount);
    context.out << summary->domains << (summary->domains == 1 ? " domain" : " domains") << " merged from "
                << from << "; grades " << gradeText.join(QStringLiteral(", ")) << "; " << questions
                << " DNS questions asked" << Qt::endl;
    if (!summary->emptyShards.isEmpty())
        context.err << "mailsight-cli: " << summary->emptyShards.size()
                    << " shard(s) held none of the list's domains" << Qt::endl;
    if (pdf)
        context.err << "mailsight-cli: PDF written to " << pdfPath << Qt::endl;
    if (failNever)
        return CliExit::Ok;
    return failing ? CliExit::Findings : CliExit::Ok;
}
