#pragma once
// Shared between a window and its worker: the AuditRunner exists only while the worker runs it,
// and a Cancel may come before, during or after that. Used by the batch audit and the Monitor.

#include "audit/AuditRunner.h"

#include <QMutex>

class AuditRunnerHandle {
public:
    void cancel() {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        if (m_runner)
            m_runner->cancel();
    }
    void attach(AuditRunner* runner) {
        QMutexLocker lock(&m_mutex);
        m_runner = runner;
        if (runner && m_cancelled)
            runner->cancel();
    }
    bool isCancelled() {
        QMutexLocker lock(&m_mutex);
        return m_cancelled;
    }

private:
    QMutex m_mutex;
    AuditRunner* m_runner = nullptr;
    bool m_cancelled = false;
};
