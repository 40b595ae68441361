#include "ZoneDriftEntry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ZoneDriftEntry::kindName(Kind kind) {
    switch (kind) {
    case Kind::LiveOnly:
        return u"live-only"_s;
    case Kind::SourceOnly:
        return u"source-only"_s;
    case Kind::Different:
        return u"different"_s;
    case Kind::Unanswered:
        return u"unanswered"_s;
    }
    return {};
}

QString ZoneDriftEntry::explanation() const {
    switch (kind) {
    case Kind::LiveOnly:
        return u"Live DNS has %1 %2 records the source does not declare: a change made by hand "
               u"that the next apply may remove."_s.arg(name, type);
    case Kind::SourceOnly:
        return u"The source declares %1 %2 but live DNS does not serve it: not applied yet, or "
               u"removed by hand."_s.arg(name, type);
    case Kind::Different:
        return u"Live DNS serves different %1 %2 data than the source declares: the next apply "
               u"will change what receivers see."_s.arg(name, type);
    case Kind::Unanswered:
        return u"%1 %2 could not be asked (%3): no verdict."_s.arg(name, type, detail);
    }
    return {};
}

QJsonObject ZoneDriftEntry::toJson() const {
    QJsonObject o{{u"kind"_s, kindName(kind)},
                  {u"name"_s, name},
                  {u"type"_s, type},
                  {u"source"_s, QJsonArray::fromStringList(source)},
                  {u"live"_s, QJsonArray::fromStringList(live)},
                  {u"explanation"_s, explanation()}};
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    return o;
}
