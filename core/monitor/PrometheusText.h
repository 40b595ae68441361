#pragma once
// Builds the Prometheus text exposition format, version 0.0.4: one "# HELP" and "# TYPE" line per
// metric family, then its samples, families in the order they were first added. Label values are
// escaped (\ " and newline), help text too (\ and newline), numbers written so that Prometheus
// reads them back exactly (NaN, +Inf, -Inf spelled as it expects).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class PrometheusText {
public:
    using Labels = QList<QPair<QString, QString>>; // in the order written

    enum class Type { Gauge, Counter, Untyped };

    // Declares a family; samples added before or after land under it. A second call with the same
    // name keeps the first help and type.
    void family(const QString& name, const QString& help, Type type = Type::Gauge);
    void sample(const QString& name, const Labels& labels, double value);

    bool isEmpty() const { return m_families.isEmpty(); }
    // Families without samples are left out: Prometheus has nothing to show for them.
    QByteArray toText() const;
    static constexpr const char* contentType = "text/plain; version=0.0.4; charset=utf-8";

    static QString escapeLabelValue(const QString& value);
    static QString escapeHelp(const QString& help);
    static QByteArray formatValue(double value);

private:
    struct Family {
        QString name;
        QString help;
        Type type = Type::Gauge;
        QList<QByteArray> lines;
    };
    Family& find(const QString& name);
    QList<Family> m_families;
};
