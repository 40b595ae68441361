#include "DmarcCommand.h"

#include "dmarc/DmarcCheck.h"
#include "dns/DnsName.h"

#include <QJsonArray>

namespace {
// Word-wraps text to width columns, every line starting with indent.
QString wrap(const QString& text, int indent, int width = 80) {
    const QString pad(indent, QLatin1Char(' '));
    const int room = qMax(20, width - indent);
    QString out, line;
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        // A token longer than a line (a long rua list) is cut, so no line passes the width.
        if (word.size() > room) {
            words.insert(i + 1, word.mid(room));
            word = word.left(room);
        }
        if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
            out += pad + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += pad + line + QLatin1Char('\n');
    return out;
}

QString severityTag(Severity s) {
    return QStringLiteral("[%1]").arg(severityName(s).toUpper());
}

void printText(QTextStream& out, const DmarcResult& r) {
    const DmarcExplanation& e = r.explanation;
    out << "DMARC for " << r.domain;
    if (r.fromDomain != r.domain)
        out << " (mail From: " << r.fromDomain << ")";
    out << "\n\n" << wrap(severityTag(e.verdictSeverity) + QLatin1Char(' ') + e.headline, 0) << "\n";
    out << wrap(e.paragraph, 0) << "\n";
    if (const DmarcRecord* rec = r.record()) {
        out << "Record at _dmarc." << r.recordDomain() << "\n";
        out << wrap(QStringLiteral("\"%1\"").arg(rec->text), 2);
        out << wrap(r.discovery.rfc9989.record ? r.discovery.rfc9989.how : r.discovery.rfc7489.how, 2)
            << "\n";
    }
    out << "Policy for mail from " << r.fromDomain << "\n";
    auto applied = [](const DmarcReading& x) {
        return x.undetermined ? QStringLiteral("unknown")
               : x.hasPolicy  ? dmarcPolicyName(x.applied)
                              : QStringLiteral("none (no DMARC)");
    };
    const QString org7489 = r.discovery.orgDomain7489.isEmpty() ? r.fromDomain : r.discovery.orgDomain7489;
    const QList<QStringList> table{
        {QString(), QStringLiteral("RFC 9989"), QStringLiteral("RFC 7489")},
        {QStringLiteral("applied"), applied(r.rfc9989), applied(r.rfc7489)},
        {QStringLiteral("record at"),
         r.rfc9989.recordDomain.isEmpty() ? QStringLiteral("-") : r.rfc9989.recordDomain,
         r.rfc7489.recordDomain.isEmpty() ? QStringLiteral("-") : r.rfc7489.recordDomain},
        {QStringLiteral("org. domain"), r.discovery.orgDomain9989, org7489}};
    qsizetype middle = 16;
    for (const QStringList& row : table)
        middle = qMax(middle, row.at(1).size() + 1);
    for (const QStringList& row : table)
        out << QStringLiteral("  %1 %2 %3\n").arg(row.at(0), -13).arg(row.at(1), -int(middle)).arg(row.at(2));
    out << wrap(QStringLiteral("RFC 9989: ") + r.rfc9989.explanation, 2);
    out << wrap(QStringLiteral("RFC 7489: ") + r.rfc7489.explanation, 2) << "\n";

    if (!e.tags.isEmpty()) {
        out << "Tags\n";
        for (const DmarcTagRow& t : e.tags) {
            out << QStringLiteral("  %1 %2 default: %3\n")
                       .arg(t.tag, -6)
                       .arg(t.present ? t.value.left(30) : QStringLiteral("(not set)"), -31)
                       .arg(t.defaultValue.left(35));
            out << wrap(t.meaning + QStringLiteral(" [") + t.source + QLatin1Char(']'), 9);
            if (t.severity)
                out << wrap(severityTag(*t.severity) + QLatin1Char(' ') + t.issue, 9);
        }
        out << wrap(QStringLiteral("DKIM alignment: ") + e.dkimAlignment, 2);
        out << wrap(QStringLiteral("SPF alignment: ") + e.spfAlignment, 2) << "\n";
    }
    if (!r.destinations.isEmpty()) {
        out << "Report destinations\n";
        for (const DmarcReportDestination& d : r.destinations) {
            out << wrap(QStringLiteral("%1 %2 %3")
                            .arg(d.authorized && d.hasMx() ? QStringLiteral("[ok]") : QStringLiteral("[!!]"),
                                 d.uri.tag, d.uri.raw),
                        2);
            out << wrap(QStringLiteral("authorized: %1; %2")
                            .arg(d.authorized ? QStringLiteral("yes") : QStringLiteral("no"), d.note),
                        7);
        }
        out << "\n";
    }
    out << "Roll-out\n";
    for (const DmarcRolloutStep& s : e.rollout) {
        out << wrap(QStringLiteral("[%1] %2").arg(s.status, s.title), 2);
        if (s.status != QLatin1String("done")) {
            out << wrap(s.record, 6);
            out << wrap(QStringLiteral("Before: ") + s.watch, 6);
        }
    }
    out << "\nBulk-sender checklist\n";
    for (const DmarcChecklistItem& c : e.checklist) {
        const QString mark = c.status == QLatin1String("met")       ? QStringLiteral("[met]    ")
                             : c.status == QLatin1String("not-met") ? QStringLiteral("[not met]")
                                                                    : QStringLiteral("[unknown]");
        out << wrap(QStringLiteral("%1 %2").arg(mark, c.requirement), 2);
        out << wrap(QStringLiteral("%1 (%2)").arg(c.detail, c.requiredBy), 12);
    }
    out << "\nFindings\n";
    if (r.findings.isEmpty())
        out << "  none\n";
    for (const Finding& f : r.findings) {
        out << wrap(QStringLiteral("%1 %2: %3").arg(severityTag(f.severity), f.code, f.title), 2);
        out << wrap(f.detail, 6);
        if (!f.fix.isEmpty())
            out << wrap(QStringLiteral("Fix: ") + f.fix + QStringLiteral(" (") + f.rfc + QLatin1Char(')'), 6);
    }
}
} // namespace

QStringList DmarcCommand::usage() const {
    return {QStringLiteral("dmarc DOMAIN [--from SUBDOMAIN]")};
}

QString DmarcCommand::description() const {
    return QStringLiteral(
        "Finds the DMARC record that applies to mail from DOMAIN (or from --from) the way receivers do, "
        "under RFC 9989 (DNS tree walk) and RFC 7489 (Public Suffix List); shows the policy each reading "
        "applies, the organizational domains, the report destinations and their authorization, a "
        "roll-out plan and a checklist, and says where the two readings differ.");
}

QList<CliArgument> DmarcCommand::arguments() const {
    return {{QStringLiteral("DOMAIN"), QStringLiteral("the domain to check (an IP address is refused)")}};
}

QList<CliOption> DmarcCommand::options() const {
    return {
        {QStringLiteral("from"), true, false, QStringLiteral("SUBDOMAIN"),
         QStringLiteral("dmarc: the From domain to evaluate (a name under DOMAIN, or labels to prepend)")}};
}

int DmarcCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(QStringLiteral("usage: mailsight-cli dmarc DOMAIN [--from SUBDOMAIN]"),
                            CliExit::Usage);
    const auto domain = DnsName::fromUserInput(args.positionals.at(0));
    if (!domain)
        return context.fail(
            QStringLiteral("invalid domain name '%1': %2").arg(args.positionals.at(0), domain.error()),
            CliExit::Usage);
    QString from = domain->ace();
    if (args.has(QStringLiteral("from"))) {
        const auto sub = DnsName::fromUserInput(args.value(QStringLiteral("from")));
        if (!sub)
            return context.fail(QStringLiteral("invalid --from '%1': %2")
                                    .arg(args.value(QStringLiteral("from")), sub.error()),
                                CliExit::Usage);
        from = sub->ace();
        if (from != domain->ace() && !from.endsWith(QLatin1Char('.') + domain->ace()))
            from += QLatin1Char('.') + domain->ace(); // labels to prepend: --from mail
        if (auto checked = DnsName::fromUserInput(from); !checked)
            return context.fail(QStringLiteral("invalid --from '%1': %2").arg(from, checked.error()),
                                CliExit::Usage);
    }
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(QStringLiteral("dmarc prints text or json only"), CliExit::Usage);

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const DmarcResult result = DmarcCheck(session).run(domain->ace(), from);

    if (context.format == CliFormat::Json) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("queries"), session->log()->toJson());
        context.printJson(o);
    } else {
        printText(context.out, result);
        context.out.flush();
    }
    if (result.dnsFailed()) {
        context.err << "mailsight-cli: the DMARC record of " << from << " could not be read: DNS failed"
                    << Qt::endl;
        return CliExit::Failure;
    }
    return result.worstSeverity() == Severity::Error ? CliExit::Findings : CliExit::Ok;
}
