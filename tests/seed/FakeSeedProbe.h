#pragma once
// An in-memory SeedMailboxProbe for the seed run's tests: each look asks a script (per seed name,
// with the number of looks so far) what it finds. cancel() ends a look that waits for it.

#include "seed/SeedMailboxProbe.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <memory>

struct FakeSeedScript {
    // (seed name, look number from 1) -> what the look finds. Unknown seeds find nothing.
    QHash<QString, std::function<SeedMailboxObservation(int look)>> seeds;
    // A look that blocks until cancel() (for the cancel test).
    bool blockUntilCancelled = false;
    std::atomic_int looks{0};
    QList<SeedLook> seen; // every look's request, in order
    QMutex mutex;
};

class FakeSeedProbe : public SeedMailboxProbe {
public:
    explicit FakeSeedProbe(std::shared_ptr<FakeSeedScript> script)
        : m_script(std::move(script)) {}

    SeedMailboxObservation look(const SeedAccount& account, const SeedLook& what) override {
        int n = 0;
        {
            QMutexLocker lock(&m_script->mutex);
            m_script->seen << what;
            n = ++m_counts[account.name];
        }
        ++m_script->looks;
        if (m_script->blockUntilCancelled) {
            QMutexLocker lock(&m_mutex);
            while (!m_cancelled)
                m_wake.wait(&m_mutex, 50);
        }
        SeedMailboxObservation o;
        if (m_cancelled) {
            o.error = SeedMailboxObservation::Error::Cancelled;
            return o;
        }
        const auto it = m_script->seeds.constFind(account.name);
        return it == m_script->seeds.cend() ? o : (*it)(n);
    }
    void cancel() override {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_wake.wakeAll();
    }

private:
    std::shared_ptr<FakeSeedScript> m_script;
    QHash<QString, int> m_counts;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::atomic_bool m_cancelled{false};
};

inline SeedMailboxObservation foundIn(const QString& folder, SeedPlacement placement,
                                      const QByteArray& copy = {}) {
    SeedMailboxObservation o;
    o.found = true;
    o.folder = folder;
    o.placement = placement;
    o.message = copy;
    o.cleaned = true;
    return o;
}

inline SeedMailboxObservation failedWith(SeedMailboxObservation::Error error, const QString& text) {
    SeedMailboxObservation o;
    o.error = error;
    o.errorText = text;
    return o;
}
