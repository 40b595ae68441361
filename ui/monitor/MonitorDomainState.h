#pragma once
// What the Monitor knows of one watched domain after its last scheduled audit.

#include <QDateTime>
#include <QString>
#include <QStringList>

struct MonitorDomainState {
    enum class State { Waiting, Running, Ok, Regressed, Failed, Cancelled };
    QString domain;
    State state = State::Waiting;
    QDateTime lastRun;   // when the last audit started
    QString grade;       // of the last audit
    QString baseline;    // the grade of the audit it was compared with ("" when none)
    QStringList changes; // the regressions ("Grade B → D", "New error: SPF-PERMERROR …"), or the error
};
