#include "AuditProgressLine.h"

#include <cstdio>
#include <unistd.h>

AuditProgressLine::AuditProgressLine(QTextStream& err, qsizetype total, bool enabled)
    : m_err(err)
    , m_total(total)
    , m_enabled(enabled) {
    m_clock.start();
}

AuditProgressLine::~AuditProgressLine() {
    clear();
}

bool AuditProgressLine::stderrIsTerminal() {
    return ::isatty(::fileno(stderr)) == 1;
}

QString AuditProgressLine::text(qsizetype done, qsizetype total, double seconds, qint64 queries) {
    QString line = QStringLiteral("%1/%2 domains").arg(done).arg(total);
    if (seconds > 0 && done > 0) {
        const double rate = double(done) / seconds;
        line += QStringLiteral(", %1 domains/s, %2 questions/s")
                    .arg(rate, 0, 'f', rate < 10 ? 1 : 0)
                    .arg(double(queries) / seconds, 0, 'f', 0);
        const qint64 left = qint64(double(total - done) / rate + 0.5);
        line += QStringLiteral(", %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    }
    return line;
}

void AuditProgressLine::update(qsizetype done, qint64 queries) {
    if (!m_enabled)
        return;
    const qint64 ms = m_clock.elapsed();
    if (done < m_total && ms - m_lastMs < 250)
        return;
    m_lastMs = ms;
    // \x1b[K: erase to the end of the line (a shorter line after a longer one).
    m_err << '\r' << text(done, m_total, double(ms) / 1000.0, queries) << "\x1b[K";
    m_err.flush();
    m_shown = true;
}

void AuditProgressLine::clear() {
    if (!m_shown)
        return;
    m_err << "\r\x1b[K";
    m_err.flush();
    m_shown = false;
}
