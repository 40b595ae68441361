#pragma once
// One step of a seed run, for a progress line or the GUI's per-seed row.

#include <QString>

struct SeedProgress {
    enum class State { Sending, Sent, Waiting, Found, Failed };
    QString name; // the seed; empty for Sending and Sent
    State state = State::Waiting;
    double seconds = 0; // since the send (or the start, when nothing was sent)
    QString detail;     // the folder when found, the error when failed
};
