#include "CliConfigFile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::expected<QStringList, QString> CliConfigFile::parse(const QByteArray& text, const QString& fileName,
                                                         const OptionKind& kind) {
    if (text.size() > kMaxBytes)
        return std::unexpected(u"%1: larger than %2 bytes: not a config file"_s.arg(fileName).arg(kMaxBytes));
    const QString decoded = QString::fromUtf8(text);
    if (decoded.toUtf8() != text)
        return std::unexpected(u"%1: not UTF-8 text"_s.arg(fileName));
    QStringList out;
    const QStringList lines = decoded.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        const QString where = u"%1:%2"_s.arg(fileName).arg(n + 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        for (const QChar c : line)
            if (c.category() == QChar::Other_Control && c != u'\t')
                return std::unexpected(
                    u"%1: a control character (U+%2)"_s.arg(where).arg(c.unicode(), 4, 16, QLatin1Char('0')));
        if (line.startsWith(u"--"_s)) {
            const qsizetype space = line.indexOf(QRegularExpression(u"\\s"_s));
            const QString name = space < 0 ? line : line.left(space);
            if (name.size() <= 2 || name.contains(u'='))
                return std::unexpected(
                    u"%1: '%2' is not an option (write --name VALUE, one per line)"_s.arg(where, name));
            if (name == u"--config"_s)
                return std::unexpected(u"%1: a config file cannot name another (--config)"_s.arg(where));
            const std::optional<bool> takesValue = kind(name.mid(2));
            if (!takesValue)
                return std::unexpected(u"%1: unknown option %2"_s.arg(where, name));
            const QString value = space < 0 ? QString() : line.mid(space + 1).trimmed();
            if (*takesValue && space < 0)
                return std::unexpected(u"%1: %2 needs a value on the same line"_s.arg(where, name));
            if (!*takesValue && space >= 0)
                return std::unexpected(u"%1: %2 takes no value"_s.arg(where, name));
            out << (*takesValue ? name + u'=' + value : name);
            continue;
        }
        if (line.startsWith(u'-'))
            return std::unexpected(u"%1: '%2' is not an option (options start with --)"_s.arg(where, line));
        if (line.contains(QRegularExpression(u"\\s"_s)))
            return std::unexpected(
                u"%1: '%2' has spaces: one domain per line, options start with --"_s.arg(where, line));
        out << line;
    }
    return out;
}

std::expected<QStringList, QString> CliConfigFile::read(const QString& path, const OptionKind& kind) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"config file %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return std::unexpected(u"%1: larger than %2 bytes: not a config file"_s.arg(path).arg(kMaxBytes));
    return parse(file.read(kMaxBytes + 1), path, kind);
}

std::expected<QStringList, QString> CliConfigFile::expand(const QStringList& arguments,
                                                          const OptionKind& kind) {
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--"_s) { // positionals only from here on
            out << arguments.mid(i);
            break;
        }
        QString path;
        if (a == u"--config"_s) {
            if (i + 1 >= arguments.size())
                return std::unexpected(u"--config needs a value (FILE)"_s);
            path = arguments.at(++i);
        } else if (a.startsWith(u"--config="_s)) {
            path = a.mid(9);
        } else {
            out << a;
            continue;
        }
        auto items = read(path, kind);
        if (!items)
            return std::unexpected(items.error());
        out << *items;
    }
    return out;
}
