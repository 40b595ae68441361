#include "DomainListParser.h"

#include "dns/DnsName.h"

#include <QSet>

DomainList DomainListParser::parse(QStringView text) {
    DomainList list;
    QSet<QString> seen;
    int lineNo = 0;
    for (QStringView line : text.split(QLatin1Char('\n'))) {
        ++lineNo;
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto name = DnsName::fromUserInput(line.toString());
        if (!name) {
            list.problems.append({lineNo, line.toString(), name.error()});
            continue;
        }
        if (seen.contains(name->ace())) {
            ++list.duplicates;
            continue;
        }
        seen.insert(name->ace());
        list.domains << name->ace();
    }
    return list;
}
