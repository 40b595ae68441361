#include "MetricsWriter.h"

#include <QJsonArray>

using Labels = PrometheusText::Labels;

namespace {
const QString kUp = QStringLiteral("mailsight_audit_up");
const QString kFailure = QStringLiteral("mailsight_audit_failure");
const QString kStaged = QStringLiteral("mailsight_audit_staged");
const QString kGrade = QStringLiteral("mailsight_audit_grade");
const QString kFindings = QStringLiteral("mailsight_findings");
const QString kSpfLookups = QStringLiteral("mailsight_spf_lookups");
const QString kDmarcPolicy = QStringLiteral("mailsight_dmarc_policy");
const QString kKeySize = QStringLiteral("mailsight_dkim_key_size_bytes");
const QString kKeyAge = QStringLiteral("mailsight_dkim_key_age_seconds");
const QString kKeyFirstSeen = QStringLiteral("mailsight_dkim_key_first_seen_timestamp_seconds");
const QString kCertExpiry = QStringLiteral("mailsight_certificate_expiry_seconds");
const QString kCertNotAfter = QStringLiteral("mailsight_certificate_not_after_timestamp_seconds");
const QString kPassRatio = QStringLiteral("mailsight_dmarc_pass_ratio");
const QString kTimestamp = QStringLiteral("mailsight_audit_timestamp_seconds");
const QString kDuration = QStringLiteral("mailsight_audit_duration_seconds");
const QString kRunDuration = QStringLiteral("mailsight_audit_run_duration_seconds");
const QString kSeedPlacement = QStringLiteral("mailsight_seed_placement");
const QString kSeedUp = QStringLiteral("mailsight_seed_up");
const QString kSeedArrival = QStringLiteral("mailsight_seed_arrival_seconds");
const QString kSeedTimestamp = QStringLiteral("mailsight_seed_timestamp_seconds");

double seconds(const QDateTime& t) {
    return double(t.toMSecsSinceEpoch()) / 1000.0;
}

std::optional<int> policyValue(const QString& policy) {
    if (policy == QLatin1String("none"))
        return 0;
    if (policy == QLatin1String("quarantine"))
        return 1;
    if (policy == QLatin1String("reject"))
        return 2;
    return std::nullopt;
}
} // namespace

std::optional<int> MetricsWriter::gradeValue(const QString& letter) {
    static const QString kLetters = QStringLiteral("FEDCBA");
    if (letter.size() != 1 || !kLetters.contains(letter.at(0)))
        return std::nullopt;
    return int(kLetters.indexOf(letter.at(0)));
}

QString MetricsWriter::failureReason(const AuditReport& report) {
    if (report.hasFinding(u"DNS-INVALID-NAME"))
        return QStringLiteral("invalid-name");
    if (report.cancelled)
        return QStringLiteral("cancelled");
    if (report.hasFinding(u"DNS-RESOLVER-FAILURE"))
        return QStringLiteral("dns-unreachable");
    if (report.timedOut)
        return QStringLiteral("timeout");
    return {};
}

void MetricsWriter::declare(PrometheusText& text) {
    using T = PrometheusText::Type;
    text.family(kUp,
                QStringLiteral("1 when the audit of the domain ran, 0 when it could not (DNS unreachable, "
                               "timed out, cancelled, invalid name); the other per-domain results are "
                               "left out then"),
                T::Gauge);
    text.family(kFailure, QStringLiteral("1 for the reason an audit could not run (reason label)"), T::Gauge);
    text.family(kStaged,
                QStringLiteral("1 when some answers came from staged zone files or a Terraform plan, "
                               "not live DNS"),
                T::Gauge);
    text.family(kGrade, QStringLiteral("Audit grade: A=5, B=4, C=3, D=2, E=1, F=0 (docs/grading.md)"),
                T::Gauge);
    text.family(kFindings, QStringLiteral("Findings of the audit by severity"), T::Gauge);
    text.family(kSpfLookups,
                QStringLiteral("DNS lookups the SPF record costs (RFC 7208 section 4.6.4: at most 10)"),
                T::Gauge);
    text.family(kDmarcPolicy,
                QStringLiteral("DMARC policy applied to failing mail under each reading (rfc9989, "
                               "rfc7489): none=0, quarantine=1, reject=2"),
                T::Gauge);
    // Bytes, not bits: Prometheus names units in base units (promtool refuses "_bits").
    text.family(kKeySize,
                QStringLiteral("Size of the published DKIM public key in bytes (bits / 8: a 2048-bit RSA key "
                               "is 256)"),
                T::Gauge);
    text.family(kKeyAge,
                QStringLiteral("Seconds since the DKIM key was first seen by a stored audit (needs the "
                               "history)"),
                T::Gauge);
    text.family(kKeyFirstSeen,
                QStringLiteral("When the DKIM key was first seen by a stored audit (Unix time)"), T::Gauge);
    text.family(kCertExpiry,
                QStringLiteral("Seconds until the STARTTLS certificate of the MX host expires (negative: "
                               "expired); only when the audit probed SMTP"),
                T::Gauge);
    text.family(kCertNotAfter,
                QStringLiteral("notAfter of the STARTTLS certificate of the MX host (Unix time)"), T::Gauge);
    text.family(kPassRatio,
                QStringLiteral("Share of messages passing DMARC in the imported aggregate reports of the "
                               "last 7 days (absent without reports)"),
                T::Gauge);
    text.family(kTimestamp, QStringLiteral("When the audit of the domain finished (Unix time)"), T::Gauge);
    text.family(kDuration, QStringLiteral("How long the audit of the domain took"), T::Gauge);
    text.family(kRunDuration, QStringLiteral("How long the whole audit run over all its domains took"),
                T::Gauge);
    text.family(kSeedPlacement,
                QStringLiteral("Where the seed mailbox placed the last test message: 1 inbox, 0.5 another "
                               "folder, 0 spam, -1 missing (absent when the seed could not be checked)"),
                T::Gauge);
    text.family(kSeedUp,
                QStringLiteral("1 when the seed mailbox could be checked, 0 when it could not (refused, "
                               "timeout, bad certificate, login refused)"),
                T::Gauge);
    text.family(kSeedArrival, QStringLiteral("Seconds until the last test message was found at the seed"),
                T::Gauge);
    text.family(kSeedTimestamp,
                QStringLiteral("When the last seed-mailbox run of the domain started (Unix time)"), T::Gauge);
}

double MetricsWriter::placementValue(SeedPlacement placement) {
    switch (placement) {
    case SeedPlacement::Inbox:
        return 1.0;
    case SeedPlacement::Other:
        return 0.5;
    case SeedPlacement::Spam:
        return 0.0;
    case SeedPlacement::Missing:
        break;
    }
    return -1.0;
}

void MetricsWriter::addSeedRun(PrometheusText& text, const SeedHistoryRun& run) {
    if (run.startedAt.isValid())
        text.sample(kSeedTimestamp, {{QStringLiteral("domain"), run.domain}}, seconds(run.startedAt));
    for (const SeedHistoryEntry& e : run.seeds) {
        const Labels labels{{QStringLiteral("domain"), run.domain}, {QStringLiteral("seed"), e.seed}};
        text.sample(kSeedUp, labels, e.failed() ? 0 : 1);
        if (e.failed())
            continue;
        text.sample(kSeedPlacement, labels, placementValue(e.placement));
        if (e.seconds >= 0)
            text.sample(kSeedArrival, labels, e.seconds);
    }
}

QByteArray MetricsWriter::write(const MetricsInput& input) {
    PrometheusText text;
    declare(text);
    const QDateTime now = input.now.isValid() ? input.now : QDateTime::currentDateTimeUtc();
    for (const AuditReport& report : input.reports)
        addReport(text, input, report, now);
    if (input.runDurationSeconds)
        text.sample(kRunDuration, {}, *input.runDurationSeconds);
    for (const SeedHistoryRun& run : input.seedRuns)
        addSeedRun(text, run);
    return text.toText();
}

void MetricsWriter::addReport(PrometheusText& text, const MetricsInput& input, const AuditReport& r,
                              const QDateTime& now) {
    const Labels domain{{QStringLiteral("domain"), r.domain}};
    const auto with = [&](const QString& label, const QString& value) {
        return Labels{domain.first(), {label, value}};
    };
    const QDateTime finished = r.finishedAt.isValid() ? r.finishedAt : r.startedAt;
    if (finished.isValid())
        text.sample(kTimestamp, domain, seconds(finished));
    if (r.startedAt.isValid() && r.finishedAt.isValid())
        text.sample(kDuration, domain, double(r.startedAt.msecsTo(r.finishedAt)) / 1000.0);

    const QString failure = failureReason(r);
    text.sample(kUp, domain, failure.isEmpty() ? 1 : 0);
    if (!failure.isEmpty()) {
        // Nothing else: the findings and grade of an audit that did not run describe the outage.
        text.sample(kFailure, with(QStringLiteral("reason"), failure), 1);
        return;
    }
    text.sample(kStaged, domain, r.staged ? 1 : 0);
    if (const auto grade = gradeValue(r.grade))
        text.sample(kGrade, domain, *grade);
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        text.sample(kFindings, with(QStringLiteral("severity"), severityName(s)), r.count(s));

    const QJsonObject spf = r.check(QStringLiteral("spf"));
    if (spf.value(QStringLiteral("lookups")).isDouble())
        text.sample(kSpfLookups, domain, spf.value(QStringLiteral("lookups")).toDouble());

    const QJsonObject policy = r.check(QStringLiteral("dmarc")).value(QStringLiteral("policy")).toObject();
    for (const QString& reading : {QStringLiteral("rfc9989"), QStringLiteral("rfc7489")}) {
        const QJsonObject o = policy.value(reading).toObject();
        // Undetermined (the record could not be read): no value rather than a guessed one.
        if (o.value(QStringLiteral("undetermined")).toBool())
            continue;
        if (const auto v = policyValue(o.value(QStringLiteral("applied")).toString()))
            text.sample(kDmarcPolicy, with(QStringLiteral("reading"), reading), *v);
    }

    const QHash<QString, QDateTime> firstSeen = input.keyFirstSeen.value(r.domain);
    for (const auto& v : r.check(QStringLiteral("dkim")).value(QStringLiteral("selectors")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(QStringLiteral("found")).toBool())
            continue;
        const Labels selector =
            with(QStringLiteral("selector"), s.value(QStringLiteral("selector")).toString());
        if (const int bits = s.value(QStringLiteral("keyBits")).toInt(); bits > 0)
            text.sample(kKeySize, selector, bits / 8.0);
        const QDateTime seen = firstSeen.value(s.value(QStringLiteral("fingerprint")).toString());
        if (seen.isValid()) {
            text.sample(kKeyAge, selector, double(std::max<qint64>(0, seen.secsTo(now))));
            text.sample(kKeyFirstSeen, selector, seconds(seen));
        }
    }

    const QJsonObject probes =
        r.check(QStringLiteral("transport")).value(QStringLiteral("starttls")).toObject();
    for (auto it = probes.constBegin(); it != probes.constEnd(); ++it) {
        const QString notAfterText = it.value()
                                         .toObject()
                                         .value(QStringLiteral("certificate"))
                                         .toObject()
                                         .value(QStringLiteral("notAfter"))
                                         .toString();
        const QDateTime notAfter = QDateTime::fromString(notAfterText, Qt::ISODate);
        if (!notAfter.isValid())
            continue;
        const Labels host = with(QStringLiteral("host"), it.key());
        text.sample(kCertExpiry, host, double(now.secsTo(notAfter)));
        text.sample(kCertNotAfter, host, seconds(notAfter));
    }

    if (input.dmarcPassRatio.contains(r.domain))
        text.sample(kPassRatio, domain, input.dmarcPassRatio.value(r.domain));
}
