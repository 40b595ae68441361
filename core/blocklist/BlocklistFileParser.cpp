#include "BlocklistFileParser.h"

#include "dns/DnsName.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Code = BlocklistDefinition::Code;

std::expected<bool, QString> yesNo(const QString& key, const QString& value) {
    if (value == u"yes"_s || value == u"true"_s)
        return true;
    if (value == u"no"_s || value == u"false"_s)
        return false;
    return std::unexpected(u"%1 takes yes or no, not '%2'"_s.arg(key, value));
}

// "127.0.0.2 meaning" or "127.0.0.4-127.0.0.7 meaning".
std::expected<Code, QString> parseCode(const QString& key, const QString& value) {
    const qsizetype space = value.indexOf(u' ');
    const QString range = space < 0 ? value : value.left(space);
    Code c;
    c.meaning = space < 0 ? QString() : value.mid(space + 1).trimmed();
    if (c.meaning.isEmpty())
        return std::unexpected(
            u"%1 takes an address and what it means ('%1 = 127.0.0.2 listed as a spam source')"_s.arg(key));
    const qsizetype dash = range.indexOf(u'-');
    const QString firstText = dash < 0 ? range : range.left(dash);
    const QString lastText = dash < 0 ? range : range.mid(dash + 1);
    const auto first = BlocklistDefinition::parseIpv4(firstText);
    const auto last = BlocklistDefinition::parseIpv4(lastText);
    if (!first || !last)
        return std::unexpected(
            u"'%1' is not an IPv4 address or a range of them (127.0.0.4-127.0.0.7)"_s.arg(range));
    if ((*first >> 24) != 127 || (*last >> 24) != 127)
        return std::unexpected(
            u"'%1': lists answer with addresses in 127.0.0.0/8 only (RFC 5782 §2.3)"_s.arg(range));
    if (*first > *last)
        return std::unexpected(u"'%1': the range ends before it starts"_s.arg(range));
    c.first = *first;
    c.last = *last;
    return c;
}

bool overlaps(const Code& a, const Code& b) {
    return a.first <= b.last && b.first <= a.last;
}

struct Section {
    BlocklistDefinition list;
    int line = 0;
    bool kindSet = false;
    bool testSet = false;
};

std::expected<void, QString> finish(Section& s) {
    BlocklistDefinition& l = s.list;
    if (!s.kindSet)
        return std::unexpected(u"[%1] has no 'kind = ip' or 'kind = domain'"_s.arg(l.zone));
    if (l.kind == BlocklistDefinition::Kind::Domain && l.ipv6)
        return std::unexpected(u"[%1]: ipv6 applies to ip lists only"_s.arg(l.zone));
    if (l.name.isEmpty())
        l.name = l.zone;
    if (!s.testSet)
        l.test = l.kind == BlocklistDefinition::Kind::Ip ? u"127.0.0.2"_s : u"test"_s;
    if (!l.test.isEmpty() && l.queryName(l.test).isEmpty())
        return std::unexpected(u"[%1]: test = %2 cannot be asked of a%3 list"_s.arg(
            l.zone, l.test, l.kind == BlocklistDefinition::Kind::Ip ? u"n ip"_s : u" domain"_s));
    for (const Code& c : std::as_const(l.codes)) {
        if (l.bitmask) {
            const quint32 bit = c.first & 0xff;
            if (c.first != c.last || bit == 0 || (bit & (bit - 1)) != 0)
                return std::unexpected(
                    u"[%1]: a bitmask list's codes are single bits of the last octet (127.0.0.8), not %2"_s
                        .arg(l.zone, c.text()));
        }
        for (const Code& r : std::as_const(l.refusals))
            if (overlaps(c, r))
                return std::unexpected(
                    u"[%1]: %2 is both a listing code and a refusal code"_s.arg(l.zone, c.text()));
    }
    return {};
}

} // namespace

std::expected<QList<BlocklistDefinition>, QString> BlocklistFileParser::parse(const QByteArray& text,
                                                                              const QString& source) {
    QList<BlocklistDefinition> out;
    QSet<QString> zones;
    std::optional<Section> current;
    auto fail = [&](int line, const QString& message) {
        return std::unexpected(u"%1:%2: %3"_s.arg(source).arg(line).arg(message));
    };
    auto close = [&]() -> std::expected<void, QString> {
        if (!current)
            return {};
        if (auto done = finish(*current); !done)
            return std::unexpected(u"%1:%2: %3"_s.arg(source).arg(current->line).arg(done.error()));
        out << current->list;
        current.reset();
        return {};
    };
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fail(lineNo, u"a section header is '[zone]', not '%1'"_s.arg(line));
            if (auto closed = close(); !closed)
                return std::unexpected(closed.error());
            const QString zoneText = line.mid(1, line.size() - 2).trimmed();
            const auto zone = DnsName::fromUserInput(zoneText);
            if (!zone)
                return fail(lineNo, u"'%1' is not a list's zone: %2"_s.arg(zoneText, zone.error()));
            if (zone->labels().size() < 2)
                return fail(lineNo, u"'%1' is not a list's zone: a list lives under a domain "
                                    "(bl.example.com)"_s.arg(zoneText));
            if (zones.contains(zone->ace()))
                return fail(lineNo, u"[%1] is defined twice"_s.arg(zone->ace()));
            zones.insert(zone->ace());
            current = Section{};
            current->list.zone = zone->ace();
            current->line = lineNo;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            return fail(lineNo, u"expected 'key = value' or '[zone]', not '%1'"_s.arg(line));
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (!current)
            return fail(lineNo, u"'%1' stands before the first [zone] section"_s.arg(key));
        BlocklistDefinition& l = current->list;
        if (value.isEmpty())
            return fail(lineNo, u"%1 has no value"_s.arg(key));
        if (key == u"name"_s) {
            l.name = value;
        } else if (key == u"kind"_s) {
            if (value == u"ip"_s)
                l.kind = BlocklistDefinition::Kind::Ip;
            else if (value == u"domain"_s)
                l.kind = BlocklistDefinition::Kind::Domain;
            else
                return fail(lineNo, u"kind takes ip or domain, not '%1'"_s.arg(value));
            current->kindSet = true;
        } else if (key == u"ipv6"_s || key == u"bitmask"_s) {
            const auto b = yesNo(key, value);
            if (!b)
                return fail(lineNo, b.error());
            (key == u"ipv6"_s ? l.ipv6 : l.bitmask) = *b;
        } else if (key == u"code"_s || key == u"refused"_s) {
            const auto c = parseCode(key, value);
            if (!c)
                return fail(lineNo, c.error());
            QList<Code>& target = key == u"code"_s ? l.codes : l.refusals;
            for (const Code& other : std::as_const(target))
                if (overlaps(other, *c))
                    return fail(lineNo,
                                u"%1 %2 overlaps %3, given before"_s.arg(key, c->text(), other.text()));
            target << *c;
        } else if (key == u"removal"_s) {
            if (!value.startsWith(u"https://"_s) && !value.startsWith(u"http://"_s))
                return fail(lineNo, u"removal takes an http(s) URL, not '%1'"_s.arg(value));
            l.removal = value;
        } else if (key == u"terms"_s) {
            l.terms = value;
        } else if (key == u"test"_s) {
            l.test = value == u"none"_s ? QString() : value.toLower();
            current->testSet = true;
        } else {
            return fail(lineNo, u"unknown key '%1' (name, kind, ipv6, bitmask, code, refused, removal, "
                                "terms, test)"_s.arg(key));
        }
    }
    if (auto closed = close(); !closed)
        return std::unexpected(closed.error());
    if (out.isEmpty())
        return std::unexpected(u"%1: no list defined (a list starts with a [zone] line)"_s.arg(source));
    return out;
}

std::expected<QList<BlocklistDefinition>, QString> BlocklistFileParser::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"%1: %2"_s.arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return std::unexpected(
            u"%1: larger than %2 bytes: not a blocklist file"_s.arg(path).arg(maxFileBytes));
    return parse(file.readAll(), path);
}
