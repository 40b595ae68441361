#pragma once
// A batch audit's progress on stderr when stderr is a terminal: domains done of total, the rate
// and the time left, rewritten in place ("\r") at most a few times a second, cleared at the end.
// Silent when stderr is a pipe or a file (logs stay clean).

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

class AuditProgressLine {
public:
    AuditProgressLine(QTextStream& err, qsizetype total, bool enabled);
    ~AuditProgressLine();
    void update(qsizetype done, qint64 queries);
    void clear();
    // "12/300 domains, 4.1 domains/s, 390 questions/s, 1:10 left"
    static QString text(qsizetype done, qsizetype total, double seconds, qint64 queries);
    // Whether stderr is a terminal.
    static bool stderrIsTerminal();

private:
    QTextStream& m_err;
    qsizetype m_total;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_lastMs = -1000;
};
