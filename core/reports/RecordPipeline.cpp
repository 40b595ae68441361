#include "RecordPipeline.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {
// What the parser thread hands over. A header waits for its answer (the pointer stays valid
// while the parser waits); a chunk is a batch of records; `last` ends the stream.
struct Item {
    const AggregateReportHeader* header = nullptr;
    std::vector<AggregateRecord> records;
    bool last = false;
};

class Channel {
public:
    // Parser side.
    bool header(const AggregateReportHeader& h) {
        std::unique_lock lock(m_mutex);
        m_items.push_back(Item{&h, {}, false});
        m_answered = false;
        m_changed.notify_all();
        m_changed.wait(lock, [&] { return m_answered; });
        return m_accepted;
    }
    bool record(const AggregateRecord& r) {
        if (m_pending.empty())
            m_pending.reserve(RecordPipeline::Chunk);
        m_pending.push_back(r);
        if (m_pending.size() >= size_t(RecordPipeline::Chunk))
            return push(false);
        std::lock_guard lock(m_mutex);
        return !m_stopped;
    }
    void finish() { push(true); }

    // Storing side: runs the sinks until the parser finished.
    void drain(const AggregateReportParser::HeaderSink& onHeader,
               const AggregateReportParser::RecordSink& onRecord) {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_items.empty(); });
            Item item = std::move(m_items.front());
            m_items.pop_front();
            const bool stopped = m_stopped;
            m_changed.notify_all(); // room in the queue
            lock.unlock();
            if (item.header) {
                const bool accepted = !stopped && onHeader(*item.header);
                lock.lock();
                m_accepted = accepted;
                m_stopped = m_stopped || !accepted;
                m_answered = true;
                m_changed.notify_all();
                continue;
            }
            bool ok = !stopped;
            for (const AggregateRecord& r : item.records) {
                if (!ok)
                    break;
                ok = onRecord(r);
            }
            if (!ok && !stopped) {
                lock.lock();
                m_stopped = true;
                m_changed.notify_all();
            }
            if (item.last)
                return;
        }
    }

private:
    bool push(bool last) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_items.size() < size_t(RecordPipeline::Depth); });
        if (m_stopped && !last) {
            m_pending.clear();
            return false;
        }
        m_items.push_back(Item{nullptr, std::move(m_pending), last});
        m_pending = {};
        m_changed.notify_all();
        return !m_stopped;
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    std::vector<AggregateRecord> m_pending; // the parser thread's chunk being filled
    bool m_stopped = false;
    bool m_answered = false;
    bool m_accepted = false;
};
} // namespace

void RecordPipeline::run(qint64 inputSize, const Parse& parse,
                         const AggregateReportParser::HeaderSink& onHeader,
                         const AggregateReportParser::RecordSink& onRecord) {
    if (inputSize < ThreadedFrom) {
        parse(onHeader, onRecord);
        return;
    }
    Channel channel;
    std::thread parser([&] {
        parse([&](const AggregateReportHeader& h) { return channel.header(h); },
              [&](const AggregateRecord& r) { return channel.record(r); });
        channel.finish();
    });
    channel.drain(onHeader, onRecord);
    parser.join();
}
