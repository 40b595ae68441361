#include "SeedRun.h"

#include "SeedTestMessage.h"
#include "SmtpSubmitter.h"
#include "findings/FindingCatalogue.h"
#include "message/MessageAnalyzer.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

SeedRun::SeedRun(SeedConfig config, ProbeFactory probes, NetOptions net, ConnectionLog* log,
                 std::shared_ptr<DnsSession> session)
    : m_config(std::move(config))
    , m_factory(std::move(probes))
    , m_net(std::move(net))
    , m_log(log)
    , m_session(std::move(session)) {}

SeedRun::~SeedRun() = default;

void SeedRun::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    for (const auto& p : m_probes)
        if (p)
            p->cancel();
    if (m_submitter)
        m_submitter->cancel();
    m_wake.wakeAll();
}

void SeedRun::sleep(int ms) {
    QMutexLocker lock(&m_mutex);
    if (!m_cancelled && ms > 0)
        m_wake.wait(&m_mutex, QDeadlineTimer(ms));
}

SeedRunResult SeedRun::run(const Options& options, const ProgressCallback& progress) {
    SeedRunResult result;
    result.token = options.token.isEmpty() ? SeedTestMessage::newToken() : options.token;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.waitSeconds = options.waitSeconds;
    result.sendAsked = options.send;
    for (const SeedConfig::Seed& s : m_config.seeds) {
        SeedResult r;
        r.name = s.account.name;
        r.address = s.address;
        result.seeds << r;
    }
    if (options.send)
        send(result, progress);
    if (m_cancelled) {
        result.cancelled = true;
    } else if (options.send && !result.sent) {
        for (SeedResult& s : result.seeds) {
            s.lookedInto = false;
            s.errorText = u"not looked into: the test message was not sent"_s;
        }
    } else {
        poll(result, options, progress);
    }
    addFindings(result);
    return result;
}

void SeedRun::send(SeedRunResult& result, const ProgressCallback& progress) {
    if (progress)
        progress({{}, SeedProgress::State::Sending, 0, {}});
    if (!m_config.submission) {
        result.submission.error = SmtpSubmitResult::Error::Protocol;
        result.submission.errorText = u"the seed configuration names no submission server"_s;
        return;
    }
    const SeedSubmissionServer& server = *m_config.submission;
    result.submissionServer = u"%1:%2"_s.arg(server.host).arg(server.port);
    QStringList to;
    for (const SeedConfig::Seed& s : m_config.seeds)
        to << s.address;
    SmtpSubmitter submitter(m_net, m_log);
    {
        QMutexLocker lock(&m_mutex);
        m_submitter = &submitter;
    }
    if (!m_cancelled)
        result.submission =
            submitter.submit(server, to, SeedTestMessage::build(server.from, to, result.token));
    {
        QMutexLocker lock(&m_mutex);
        m_submitter = nullptr;
    }
    result.sent = result.submission.ok();
    if (result.submission.error == SmtpSubmitResult::Error::Cancelled)
        m_cancelled = true;
    if (progress)
        progress({{},
                  result.sent ? SeedProgress::State::Sent : SeedProgress::State::Failed,
                  0,
                  result.sent ? result.submission.queueId : result.submission.errorText});
}

void SeedRun::poll(SeedRunResult& result, const Options& options, const ProgressCallback& progress) {
    using E = SeedMailboxObservation::Error;
    const qsizetype n = m_config.seeds.size();
    {
        QMutexLocker lock(&m_mutex);
        m_probes.clear();
        for (qsizetype i = 0; i < n; ++i)
            m_probes.push_back(m_factory());
    }
    QElapsedTimer clock; // from the send (or from now, when nothing was sent)
    clock.start();
    const qint64 deadlineMs = qint64(options.waitSeconds) * 1000;
    enum class State { Waiting, Found, Failed };
    std::vector<State> state(size_t(n), State::Waiting);
    std::vector<bool> answered(size_t(n), false); // a look already succeeded once
    std::vector<SeedMailboxObservation> last(static_cast<size_t>(n));
    SeedLook look;
    look.token = result.token;
    look.cleanup = m_config.cleanup;
    look.moveTo = m_config.moveTo;
    auto seconds = [&] { return double(clock.elapsed()) / 1000.0; };
    for (bool firstRound = true;; firstRound = false) {
        bool anyWaiting = false;
        for (qsizetype i = 0; i < n && !m_cancelled; ++i) {
            if (state[size_t(i)] != State::Waiting)
                continue;
            const qint64 left = deadlineMs - clock.elapsed();
            if (!firstRound && left <= 0)
                break;
            // A look keeps its own timeout: cut to what is left of --wait, a server that delays a
            // refused login (Dovecot waits 2 s) would read as a timeout.
            look.timeoutMs = options.lookTimeoutMs;
            const SeedMailboxObservation o = m_probes[size_t(i)]->look(m_config.seeds.at(i).account, look);
            if (m_cancelled || o.error == E::Cancelled)
                break;
            SeedResult& r = result.seeds[i];
            last[size_t(i)] = o;
            if (o.found) {
                state[size_t(i)] = State::Found;
                r.arrived = true;
                r.seconds = seconds();
                r.folder = o.folder;
                r.placement = o.placement;
                r.cleaned = o.cleaned;
                if (!o.message.isEmpty())
                    analyze(r, o.message);
                if (progress)
                    progress({r.name, SeedProgress::State::Found, *r.seconds, o.folder});
                continue;
            }
            // A seed that cannot be looked into at once is reported at once, not waited for; a
            // failure after a good look (a dropped connection) is retried until the deadline, and
            // a refused login or certificate never gets better by waiting.
            const bool permanent = o.error == E::LoginRefused || o.error == E::TlsCertificate ||
                                   o.error == E::HostNotFound || o.error == E::TlsHandshake;
            if (o.failed() && (!answered[size_t(i)] || permanent)) {
                state[size_t(i)] = State::Failed;
                r.error = o.error;
                r.errorText = o.errorText;
                if (progress)
                    progress({r.name, SeedProgress::State::Failed, seconds(), o.errorText});
                continue;
            }
            if (!o.failed())
                answered[size_t(i)] = true;
            anyWaiting = true;
            if (progress)
                progress({r.name, SeedProgress::State::Waiting, seconds(), o.errorText});
        }
        if (m_cancelled || !anyWaiting)
            break;
        const qint64 left = deadlineMs - clock.elapsed();
        if (left <= 0)
            break;
        sleep(int(qMin<qint64>(options.pollIntervalMs, left)));
    }
    result.cancelled = m_cancelled;
    for (qsizetype i = 0; i < n; ++i) {
        if (state[size_t(i)] != State::Waiting)
            continue;
        SeedResult& r = result.seeds[i];
        const SeedMailboxObservation& o = last[size_t(i)];
        if (result.cancelled) {
            r.errorText = u"cancelled before the test message was found"_s;
        } else if (o.failed()) {
            r.error = o.error;
            r.errorText = o.errorText;
        } else {
            r.errorText = u"the test message (token %1) was not found in any folder within %2 s"_s
                              .arg(QString::fromLatin1(result.token))
                              .arg(options.waitSeconds);
        }
    }
    QMutexLocker lock(&m_mutex);
    m_probes.clear();
}

void SeedRun::analyze(SeedResult& seed, const QByteArray& copy) const {
    if (!m_session)
        return;
    const QList<MailMessage> messages = MessageAnalyzer::readInput(copy, seed.name, false);
    if (messages.isEmpty())
        return;
    MessageAnalyzer::Request request;
    request.message = messages.first();
    seed.analysis = MessageAnalyzer(m_session).analyze(request);
}

void SeedRun::addFindings(SeedRunResult& result) const {
    const QString domain = m_config.submission ? m_config.submission->from.section(u'@', -1) : QString();
    auto add = [&](QStringView code, const QString& detail, const QStringList& evidence) {
        Finding f = FindingCatalogue::make(code, detail, evidence);
        f.domain = domain;
        result.findings << f;
    };
    if (result.sendAsked && !result.sent && !result.cancelled) {
        QStringList evidence;
        if (!result.submission.serverReply.isEmpty())
            evidence << u"server reply: "_s + result.submission.serverReply;
        add(u"SEED-SUBMISSION-FAILED",
            u"%1 (%2)."_s.arg(result.submission.errorText,
                              SmtpSubmitResult::errorName(result.submission.error)),
            evidence);
    }
    using E = SeedMailboxObservation::Error;
    for (const SeedResult& s : result.seeds) {
        const QStringList where{u"seed: "_s + s.name, u"address: "_s + s.address};
        if (s.error == E::LoginRefused) {
            add(u"SEED-LOGIN-REFUSED", u"Seed %1: %2."_s.arg(s.name, s.errorText), where);
        } else if (s.failed()) {
            add(u"SEED-UNREACHABLE", u"Seed %1: %2 (%3)."_s.arg(s.name, s.errorText, seedErrorName(s.error)),
                where);
        } else if (s.placement == SeedPlacement::Spam) {
            add(u"SEED-SPAM",
                u"Seed %1 filed the test message in its spam folder \"%2\"."_s.arg(s.name, s.folder), where);
        } else if (s.placement == SeedPlacement::Other) {
            add(u"SEED-OTHER-FOLDER", u"Seed %1 filed the test message in \"%2\"."_s.arg(s.name, s.folder),
                where);
        } else if (!s.arrived && !result.cancelled && (!result.sendAsked || result.sent)) {
            add(u"SEED-MISSING", u"Seed %1: %2."_s.arg(s.name, s.errorText), where);
        }
        if (!s.analysis)
            continue;
        if (s.analysis->receiver.dmarc && s.analysis->receiver.dmarc->result == u"fail"_s)
            add(u"SEED-RECEIVER-DMARC-FAIL",
                u"Seed %1's receiver (%2) recorded dmarc=fail."_s.arg(s.name,
                                                                      s.analysis->receiver.authServId),
                where);
        if (!s.analysis->differences.isEmpty()) {
            QStringList evidence = where;
            for (const VerdictDifference& d : s.analysis->differences)
                evidence << u"%1 %2: receiver %3, Mailsight %4 — %5"_s.arg(d.method, d.subject, d.receiver,
                                                                           d.ours, d.explanation);
            add(u"SEED-VERDICT-DIFFERS",
                u"Seed %1: the receiver's verdict differs from Mailsight's in %2 place(s)."_s.arg(s.name).arg(
                    s.analysis->differences.size()),
                evidence);
        }
    }
}
