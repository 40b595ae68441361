#include "PrometheusText.h"

#include <charconv>
#include <cmath>

PrometheusText::Family& PrometheusText::find(const QString& name) {
    for (Family& f : m_families)
        if (f.name == name)
            return f;
    m_families.append(Family{name, QString(), Type::Untyped, {}});
    return m_families.last();
}

void PrometheusText::family(const QString& name, const QString& help, Type type) {
    Family& f = find(name);
    if (f.help.isEmpty()) {
        f.help = help;
        f.type = type;
    }
}

void PrometheusText::sample(const QString& name, const Labels& labels, double value) {
    QByteArray line = name.toUtf8();
    if (!labels.isEmpty()) {
        QStringList parts;
        for (const auto& [label, labelValue] : labels)
            parts << QStringLiteral("%1=\"%2\"").arg(label, escapeLabelValue(labelValue));
        line += '{' + parts.join(QLatin1Char(',')).toUtf8() + '}';
    }
    line += ' ' + formatValue(value);
    find(name).lines << line;
}

QByteArray PrometheusText::toText() const {
    QByteArray out;
    for (const Family& f : m_families) {
        if (f.lines.isEmpty())
            continue;
        const QByteArray name = f.name.toUtf8();
        out += "# HELP " + name + ' ' + escapeHelp(f.help).toUtf8() + '\n';
        out += "# TYPE " + name + ' ' +
               (f.type == Type::Gauge     ? "gauge"
                : f.type == Type::Counter ? "counter"
                                          : "untyped") +
               '\n';
        for (const QByteArray& line : f.lines)
            out += line + '\n';
    }
    return out;
}

QString PrometheusText::escapeLabelValue(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString PrometheusText::escapeHelp(const QString& help) {
    QString out;
    out.reserve(help.size());
    for (const QChar c : help) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray PrometheusText::formatValue(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    // The shortest text that reads back as the same double (0.95, not 0.94999999999999996).
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? QByteArray(buffer, end - buffer) : QByteArray::number(value, 'g', 17);
}
