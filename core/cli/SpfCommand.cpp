#include "SpfCommand.h"

#include "dns/DnsName.h"
#include "spf/SpfEvaluator.h"
#include "spf/SpfGraph.h"
#include "spf/SpfGraphSvg.h"
#include "spf/SpfTreeBuilder.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>

namespace {
constexpr int Width = 80;

// Wraps text to the terminal width with a hanging indent.
QString wrap(const QString& text, int indent, int width = Width) {
    QString out;
    QString line;
    const QString pad(indent, QLatin1Char(' '));
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width - indent) {
            out += pad + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += pad + line + QLatin1Char('\n');
    return out;
}

QString shortFlags(const SpfTreeNode& n) {
    QStringList f = SpfTreeNode::flagNames(n.flags);
    f.removeAll(QStringLiteral("matched"));
    return f.isEmpty() ? QString() : QLatin1Char('[') + f.join(QLatin1Char(',')) + QLatin1Char(']');
}

void printTree(QTextStream& out, const SpfTreeNode& n, const QString& prefix, bool last, bool top) {
    QString label;
    if (n.kind == SpfTreeNode::Kind::Record) {
        label = n.domain;
        if (n.status != SpfTreeNode::RecordStatus::Found)
            label += QStringLiteral(" (") + SpfTreeNode::statusName(n.status) + QLatin1Char(')');
    } else {
        label = n.term.text;
        if (n.has(SpfTreeNode::Matched))
            label = QStringLiteral("» ") + label;
    }
    const QString branch = top ? QString() : (last ? QStringLiteral("└─ ") : QStringLiteral("├─ "));
    QString left = prefix + branch + label;
    QString right;
    if (n.kind == SpfTreeNode::Kind::Term && n.evaluated())
        right = QStringLiteral("%1 %2")
                    .arg(n.cost ? QString::number(n.cost) : QStringLiteral("-"), 3)
                    .arg(n.cumulative, 4);
    else if (n.kind == SpfTreeNode::Kind::Term)
        right = QStringLiteral("   (not evaluated)");
    const int room = Width - static_cast<int>(right.size()) - 1;
    if (left.size() > room)
        left = left.left(room - 1) + QStringLiteral("…");
    out << left.leftJustified(room) << ' ' << right << '\n';
    const QString childPrefix =
        prefix + (top ? QString() : (last ? QStringLiteral("   ") : QStringLiteral("│  ")));
    const QString flags = shortFlags(n);
    if (!flags.isEmpty())
        out << childPrefix << (n.children.isEmpty() ? QStringLiteral("   ") : QStringLiteral("│  ")) << flags
            << '\n';
    for (int i = 0; i < n.children.size(); ++i)
        printTree(out, n.children[i], childPrefix, i == n.children.size() - 1, false);
}
} // namespace

QStringList SpfCommand::usage() const {
    return {QStringLiteral(
        "spf DOMAIN [--ip IP] [--sender ADDR] [--helo NAME] [--record TEXT] [--flatten] [--graph FILE.svg]")};
}

QString SpfCommand::description() const {
    return QStringLiteral(
        "Builds the SPF lookup tree of DOMAIN (every include and redirect, RFC 7208), counts its DNS "
        "lookups and void lookups against the limits of 10 and 2, and lists the findings. With --ip, "
        "evaluates check_host() for that client and shows the result (pass, fail, softfail, neutral, "
        "none, temperror, permerror) and the term that decided it.");
}

QList<CliArgument> SpfCommand::arguments() const {
    return {{QStringLiteral("DOMAIN"),
             QStringLiteral("the domain whose SPF record is read. An IP address is refused; with --ip it is "
                            "the check_host() domain (the MAIL FROM or HELO domain), and a name that is not "
                            "a valid domain there gives the result none (RFC 7208 §4.3)")}};
}

QList<CliOption> SpfCommand::options() const {
    return {
        {QStringLiteral("ip"), true, false, QStringLiteral("IP"),
         QStringLiteral("evaluate check_host() for this client (IPv4 or IPv6)")},
        {QStringLiteral("sender"), true, false, QStringLiteral("ADDR"),
         QStringLiteral("MAIL FROM address (default postmaster@HELO)")},
        {QStringLiteral("helo"), true, false, QStringLiteral("NAME"), QStringLiteral("HELO/EHLO name")},
        {QStringLiteral("record"), true, false, QStringLiteral("TEXT"),
         QStringLiteral("use this record for DOMAIN instead of DNS (what-if)")},
        {QStringLiteral("flatten"),
         false,
         false,
         {},
         QStringLiteral("propose flattened ip4/ip6 records (they go stale)")},
        {QStringLiteral("graph"), true, false, QStringLiteral("FILE.svg"),
         QStringLiteral(
             "also write the include graph as SVG: a node per evaluated domain and per a/mx/ptr/exists "
             "term, lookups against the limit of 10, loops and void lookups marked")},
    };
}

int SpfCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(
            QStringLiteral("usage: mailsight-cli spf DOMAIN [--ip IP] [--sender ADDR] [--helo NAME] "
                           "[--record TEXT] [--flatten] [--graph FILE.svg]"),
            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(QStringLiteral("spf prints text or json only"), CliExit::Usage);
    const QString rawDomain = args.positionals.first();
    SpfTreeBuilder::Options options;
    options.sender = args.value(QStringLiteral("sender"));
    options.helo = args.value(QStringLiteral("helo"));
    options.flatten = args.has(QStringLiteral("flatten"));
    if (args.has(QStringLiteral("record"))) {
        const QString record = args.value(QStringLiteral("record"));
        if (!record.toLower().startsWith(QLatin1String("v=spf1")))
            return context.fail(QStringLiteral("--record must start with \"v=spf1\""), CliExit::Usage);
        options.record = record;
    }
    if (args.has(QStringLiteral("ip"))) {
        QHostAddress ip;
        if (!ip.setAddress(args.value(QStringLiteral("ip"))))
            return context.fail(QStringLiteral("--ip: \"%1\" is not an IPv4 or IPv6 address")
                                    .arg(args.value(QStringLiteral("ip"))),
                                CliExit::Usage);
        options.ip = ip;
        if (options.helo.isEmpty())
            options.helo = rawDomain;
    }

    QString domain = rawDomain.toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const bool valid = SpfEvaluator::isValidDomain(domain);
    if (!options.ip) {
        const auto name = DnsName::fromUserInput(rawDomain);
        if (!name || !valid)
            return context.fail(
                QStringLiteral("invalid domain name '%1': %2")
                    .arg(rawDomain, name ? QStringLiteral("not a multi-label domain") : name.error()),
                CliExit::Usage);
        domain = name->ace();
    }

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;

    SpfLookupTree tree;
    if (valid) {
        tree = SpfTreeBuilder(session.get(), options).build(domain);
    } else {
        // RFC 7208 §4.3: check_host() of a name that is not a valid domain is "none".
        tree.domain = rawDomain;
        tree.root.kind = SpfTreeNode::Kind::Record;
        tree.root.domain = rawDomain;
        tree.root.status = SpfTreeNode::RecordStatus::InvalidDomain;
        tree.root.statusDetail = QStringLiteral("not a valid domain name (RFC 7208 §4.3)");
        SpfEvaluator::Input in;
        in.ip = *options.ip;
        in.sender = options.sender;
        in.helo = options.helo;
        in.domain = rawDomain;
        tree.evaluation = SpfEvaluator(session.get()).evaluate(in);
    }

    if (args.has(QStringLiteral("graph"))) {
        const QString path = args.value(QStringLiteral("graph"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return context.fail(
                QStringLiteral("--graph: cannot write '%1': %2").arg(path, file.errorString()),
                CliExit::Failure);
        file.write(SpfGraphSvg::svg(SpfGraph::fromTree(tree)).toUtf8());
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return context.fail(
                QStringLiteral("--graph: cannot write '%1': %2").arg(path, file.errorString()),
                CliExit::Failure);
    }

    int code = CliExit::Ok;
    if (!tree.evaluation) {
        if (tree.root.status == SpfTreeNode::RecordStatus::DnsFailure)
            code = CliExit::Failure;
        else if (tree.worstSeverity() == Severity::Error)
            code = CliExit::Findings;
    }

    if (context.format == CliFormat::Json) {
        QJsonObject o = tree.toJson();
        o.insert(QStringLiteral("resolver"), session->resolverDescription());
        o.insert(QStringLiteral("queries"), session->log()->toJson());
        context.printJson(o);
        return code;
    }

    QTextStream& out = context.out;
    out << "SPF for " << tree.domain << '\n';
    if (!tree.root.record.isEmpty())
        out << wrap(QStringLiteral("Record: ") + tree.root.record, 0);
    else
        out << wrap(QStringLiteral("Record: none (%1)").arg(tree.root.statusDetail), 0);
    bool loop = false;
    tree.forEach(
        [&loop](const SpfTreeNode& n, const QStringList&) { loop = loop || n.has(SpfTreeNode::Loop); });
    if (loop)
        out << "Lookups: unbounded (an include loop; counted below up to the loop)\n";
    out << QStringLiteral("Lookups: %1 of 10   void lookups: %2 of 2   depth: %3   queries: %4\n")
               .arg(tree.lookups)
               .arg(tree.voidLookups)
               .arg(tree.maxDepth)
               .arg(session->log()->size());
    if (!tree.capped.isEmpty())
        out << wrap(QStringLiteral("Not expanded to its end: %1.").arg(tree.capped), 0);
    if (tree.root.status == SpfTreeNode::RecordStatus::Found) {
        out << '\n' << QStringLiteral("Tree").leftJustified(Width - 9) << "cost  sum\n";
        printTree(out, tree.root, QString(), true, true);
    }
    if (!tree.findings.isEmpty()) {
        out << "\nFindings\n";
        for (const Finding& f : std::as_const(tree.findings)) {
            out << wrap(QStringLiteral("[%1] %2: %3").arg(severityName(f.severity), f.code, f.title), 0);
            out << wrap(f.detail, 4);
            if (f.code == QLatin1String("SPF-OVERLAPPING-RANGES")) {
                // Pairs, not a path: the detail already shows two; JSON has them all.
            } else if (!f.evidence.isEmpty()) {
                out << wrap(QStringLiteral("path: ") + f.evidence.join(QStringLiteral(" → ")), 4);
            }
            out << wrap(QStringLiteral("fix: ") + f.fix + QStringLiteral(" (") + f.rfc + QLatin1Char(')'), 4);
        }
    }
    if (tree.evaluation) {
        const SpfEvaluation& e = *tree.evaluation;
        out << '\n'
            << wrap(QStringLiteral("Result for %1 (sender %2, HELO %3): %4")
                        .arg(e.ip, e.sender, e.helo, spfResultName(e.result).toUpper()),
                    0);
        out << wrap(e.reason, 4);
        for (const QString& step : e.path)
            out << wrap(QStringLiteral("» ") + step, 4);
        if (e.result == SpfResult::Fail)
            out << wrap(QStringLiteral("explanation: ") + e.explanation, 4);
    }
    if (!tree.flattened.isEmpty()) {
        out << "\nFlattened (proposal)\n";
        for (const QString& r : std::as_const(tree.flattened))
            out << wrap(r, 4);
        out << wrap(QStringLiteral("Warning: ") + tree.flattenWarning, 0);
    }
    out.flush();
    return code;
}
