// `terraform show -json` states come from users' pipelines, read by `compare --terraform-state`:
// any bytes give the declared records or a clear error, and the records compare with a live side
// (here: every second record of the state itself, as if the rest had drifted away) without crash.
#include "monitor/ZoneDriftReport.h"
#include "monitor/ZoneDriftSource.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto source =
        ZoneDriftSource::fromTerraformState(json, QStringLiteral("example.com"), QStringLiteral("fuzz"));
    if (!source)
        return 0;
    QMap<ZoneDriftReport::Key, ZoneDriftReport::LiveRRset> live;
    for (qsizetype i = 0; i < source->records.size(); ++i) {
        const DnsRecord& r = source->records.at(i);
        auto& set = live[ZoneDriftReport::keyOf(r.name, dnsRecordTypeName(r.type))];
        if (i % 2 == 0)
            set.records << r;
        if (i % 5 == 4)
            set = {{}, false, QStringLiteral("timeout")};
    }
    const ZoneDriftReport report =
        ZoneDriftReport::compare(QStringLiteral("example.com"), source->label, source->records, live);
    (void)report.toJson();
    (void)report.toText();
    return 0;
}
