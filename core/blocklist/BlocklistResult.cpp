#include "BlocklistResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

int BlocklistResult::count(BlocklistVerdict::Result result) const {
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [result](const Check& c) { return c.verdict.result == result; }));
}

Severity BlocklistResult::worstSeverity() const {
    Severity worst = Severity::Info;
    for (const Finding& f : findings)
        worst = qMax(worst, f.severity);
    return worst;
}

QJsonObject BlocklistResult::toJson() const {
    QJsonArray checkArray;
    for (const Check& c : checks) {
        QJsonObject o{{u"subject"_s, c.subject.value},
                      {u"subjectKind"_s, c.subject.toJson().value(u"kind"_s)},
                      {u"reasons"_s, QJsonArray::fromStringList(c.subject.reasons)},
                      {u"list"_s, c.list},
                      {u"listName"_s, c.listName},
                      {u"query"_s, c.query},
                      {u"asked"_s, c.asked},
                      {u"result"_s, BlocklistVerdict::resultName(c.verdict.result)},
                      {u"code"_s, c.verdict.codes.join(u", "_s)},
                      {u"codes"_s, QJsonArray::fromStringList(c.verdict.codes)},
                      {u"meaning"_s, c.verdict.result == BlocklistVerdict::Result::Error
                                         ? c.verdict.error
                                         : c.verdict.meanings.join(u"; "_s)}};
        if (!c.verdict.error.isEmpty())
            o.insert(u"error"_s, c.verdict.error);
        if (!c.reason.isEmpty())
            o.insert(u"reason"_s, c.reason);
        if (c.verdict.result == BlocklistVerdict::Result::Listed)
            o.insert(u"removal"_s, c.removal);
        checkArray.append(o);
    }
    QJsonArray listArray;
    for (const List& l : lists) {
        QJsonObject o{{u"zone"_s, l.definition.zone},
                      {u"name"_s, l.definition.name},
                      {u"kind"_s, BlocklistDefinition::kindName(l.definition.kind)},
                      {u"state"_s, l.state != BlocklistVerdict::Result::Clear
                                       ? BlocklistVerdict::resultName(l.state)
                                   : l.asked > 0 ? u"answered"_s
                                                 : u"not-asked"_s},
                      {u"testQuery"_s, l.testQuery},
                      {u"testOutcome"_s, l.testOutcome},
                      {u"queries"_s, l.asked},
                      {u"removal"_s, l.definition.removal},
                      {u"terms"_s, l.definition.terms}};
        if (!l.detail.isEmpty())
            o.insert(u"detail"_s, l.detail);
        listArray.append(o);
    }
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    QJsonObject o{{u"domain"_s, domain},
                  {u"queried"_s, queried},
                  {u"checks"_s, checkArray},
                  {u"lists"_s, listArray},
                  {u"skipped"_s, QJsonArray::fromStringList(skipped)},
                  {u"counts"_s, QJsonObject{{u"listed"_s, count(BlocklistVerdict::Result::Listed)},
                                            {u"clear"_s, count(BlocklistVerdict::Result::Clear)},
                                            {u"refused"_s, count(BlocklistVerdict::Result::Refused)},
                                            {u"error"_s, count(BlocklistVerdict::Result::Error)}}},
                  {u"rateLimit"_s, QJsonObject{{u"queriesPerSecond"_s, rate}, {u"burst"_s, burst}}},
                  {u"findings"_s, findingArray}};
    if (!queried)
        o.insert(u"notQueried"_s, notQueried);
    return o;
}
