#pragma once
// The seed run of issue #18: optionally sends the tagged test message through the user's
// submission server (SmtpSubmitter), then looks into each seed mailbox in turn through its own
// SeedMailboxProbe until every seed has answered or the waiting time is over, and reads each
// found copy with the message analyzer: the receiver's Authentication-Results beside Mailsight's
// own evaluation. Findings name what went wrong. Blocking; cancel() works from any thread. The run
// knows nothing of storage: the caller keeps the SeedRunResult.

#include "SeedConfig.h"
#include "SeedProgress.h"
#include "SeedRunResult.h"
#include "net/NetOptions.h"

#include <QMutex>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class ConnectionLog;
class DnsSession;
class SmtpSubmitter;

class SeedRun {
public:
    using ProbeFactory = std::function<std::unique_ptr<SeedMailboxProbe>()>;
    using ProgressCallback = std::function<void(const SeedProgress&)>;
    struct Options {
        bool send = false;
        QByteArray token;          // empty: a new one (needed when the seed only watches)
        int waitSeconds = 300;     // overall, from the send (or the start)
        int pollIntervalMs = 5000; // between two rounds of looks
        int lookTimeoutMs = 15000; // one look: connect, login, every command
    };

    // session: the DNS session the message analyzer uses; null: found copies are not analyzed.
    SeedRun(SeedConfig config, ProbeFactory probes, NetOptions net = {}, ConnectionLog* log = nullptr,
            std::shared_ptr<DnsSession> session = nullptr);
    ~SeedRun();

    SeedRunResult run(const Options& options, const ProgressCallback& progress = {});
    void cancel();

private:
    void send(SeedRunResult& result, const ProgressCallback& progress);
    void poll(SeedRunResult& result, const Options& options, const ProgressCallback& progress);
    void analyze(SeedResult& seed, const QByteArray& copy) const;
    void addFindings(SeedRunResult& result) const;
    // Waits up to ms, or until cancel().
    void sleep(int ms);

    SeedConfig m_config;
    ProbeFactory m_factory;
    NetOptions m_net;
    ConnectionLog* m_log;
    std::shared_ptr<DnsSession> m_session;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex; // guards m_probes and m_submitter against cancel()
    QWaitCondition m_wake;
    std::vector<std::unique_ptr<SeedMailboxProbe>> m_probes;
    SmtpSubmitter* m_submitter = nullptr;
};
