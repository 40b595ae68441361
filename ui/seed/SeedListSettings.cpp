#include "SeedListSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString tlsKey(SeedTlsMode mode) {
    return mode == SeedTlsMode::StartTls ? u"starttls"_s : u"tls"_s;
}

SeedTlsMode tlsFromKey(const QString& key, SeedTlsMode fallback) {
    if (key == u"starttls"_s)
        return SeedTlsMode::StartTls;
    if (key == u"tls"_s)
        return SeedTlsMode::Implicit;
    return fallback;
}

quint16 portOf(const QJsonValue& value, quint16 fallback) {
    const int port = value.toInt(fallback);
    return port > 0 && port <= 65535 ? quint16(port) : fallback;
}
} // namespace

QByteArray SeedListSettings::toJson() const {
    QJsonArray list;
    for (const SeedListEntry& s : seeds)
        list.append(QJsonObject{{u"name"_s, s.name},
                                {u"host"_s, s.host},
                                {u"port"_s, int(s.port)},
                                {u"tls"_s, tlsKey(s.tls)},
                                {u"user"_s, s.user},
                                {u"address"_s, s.address}});
    const QJsonObject submit{{u"host"_s, submission.host},
                             {u"port"_s, int(submission.port)},
                             {u"tls"_s, tlsKey(submission.tls)},
                             {u"user"_s, submission.user},
                             {u"from"_s, submission.from}};
    return QJsonDocument(
               QJsonObject{{u"seeds"_s, list}, {u"submission"_s, submit}, {u"watchOnly"_s, watchOnly}})
        .toJson(QJsonDocument::Compact);
}

SeedListSettings SeedListSettings::fromJson(const QByteArray& json) {
    SeedListSettings settings;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue& v : root.value(u"seeds"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SeedListEntry s;
        s.name = o.value(u"name"_s).toString();
        if (s.name.isEmpty())
            continue;
        s.host = o.value(u"host"_s).toString();
        s.port = portOf(o.value(u"port"_s), 993);
        s.tls = tlsFromKey(o.value(u"tls"_s).toString(), SeedTlsMode::Implicit);
        s.user = o.value(u"user"_s).toString();
        s.address = o.value(u"address"_s).toString();
        settings.seeds << s;
    }
    const QJsonObject submit = root.value(u"submission"_s).toObject();
    settings.submission.host = submit.value(u"host"_s).toString();
    settings.submission.port = portOf(submit.value(u"port"_s), 587);
    settings.submission.tls = tlsFromKey(submit.value(u"tls"_s).toString(), SeedTlsMode::StartTls);
    settings.submission.user = submit.value(u"user"_s).toString();
    settings.submission.from = submit.value(u"from"_s).toString();
    settings.watchOnly = root.value(u"watchOnly"_s).toBool(false);
    return settings;
}

QString SeedListSettings::passwordKey(const QString& seedName) {
    return u"seed/"_s + seedName;
}

QString SeedListSettings::submissionPasswordKey() {
    return u"submission"_s;
}

QString SeedListSettings::tlsName(SeedTlsMode mode) {
    return mode == SeedTlsMode::StartTls ? u"STARTTLS"_s : u"TLS"_s;
}
