#include "TerraformPlanReader.h"

#include "dns/ZoneResolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct PlannedResource {
    QString address;
    QString type;
    QJsonObject values;
};

void collectModule(const QJsonObject& module, QList<PlannedResource>& out) {
    for (const auto& v : module.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("mode")).toString(QStringLiteral("managed")) != QLatin1String("managed"))
            continue;
        out << PlannedResource{r.value(QStringLiteral("address")).toString(),
                               r.value(QStringLiteral("type")).toString(),
                               r.value(QStringLiteral("values")).toObject()};
    }
    for (const auto& child : module.value(QStringLiteral("child_modules")).toArray())
        collectModule(child.toObject(), out);
}

QString stripDot(QString name) {
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// Providers accept names relative to their zone ("www", "@") as well as absolute ones.
QString placeName(const QString& raw, const QString& zoneHint, const QStringList& knownZones) {
    const QString name = stripDot(raw);
    const QString zone = stripDot(zoneHint);
    if (name.isEmpty() || name == QLatin1String("@"))
        return !zone.isEmpty() ? zone : (knownZones.size() == 1 ? knownZones.first() : QString());
    QStringList zones = knownZones;
    if (!zone.isEmpty())
        zones.prepend(zone);
    for (const QString& z : std::as_const(zones))
        if (name == z || name.endsWith(QLatin1Char('.') + z))
            return name;
    if (!zone.isEmpty())
        return name + QLatin1Char('.') + zone;
    if (knownZones.size() == 1 && !raw.trimmed().endsWith(QLatin1Char('.')))
        return name + QLatin1Char('.') + knownZones.first();
    return name;
}

// A TXT value as Terraform holds it -> zone-file character-strings. AWS splits long values with
// "" between the parts; Google's rrdatas arrive already quoted.
QString txtRdata(const QString& value) {
    const QString v = value.trimmed();
    if (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')) && v.size() >= 2)
        return v;
    QStringList parts = value.split(QStringLiteral("\"\""));
    QStringList quoted;
    for (const QString& part : std::as_const(parts)) {
        QByteArray bytes = part.toUtf8();
        do {
            QByteArray chunk = bytes.left(255);
            bytes.remove(0, chunk.size());
            QString s = QString::fromUtf8(chunk);
            s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
            quoted << QLatin1Char('"') + s + QLatin1Char('"');
        } while (!bytes.isEmpty());
    }
    return quoted.join(QLatin1Char(' '));
}

QString hostRdata(const QString& value) {
    QString v = value.trimmed();
    if (!v.endsWith(QLatin1Char('.')))
        v += QLatin1Char('.');
    return v;
}

QString rdataFor(const QString& type, const QString& value, int priority) {
    if (type == QLatin1String("TXT") || type == QLatin1String("SPF"))
        return txtRdata(value);
    if (type == QLatin1String("CNAME") || type == QLatin1String("NS") || type == QLatin1String("PTR"))
        return hostRdata(value);
    if (type == QLatin1String("MX")) {
        const QStringList parts = value.simplified().split(QLatin1Char(' '));
        if (parts.size() == 2)
            return parts.at(0) + QLatin1Char(' ') + hostRdata(parts.at(1));
        return QString::number(priority) + QLatin1Char(' ') + hostRdata(value);
    }
    return value.trimmed();
}

QStringList stringsOf(const QJsonValue& v) {
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const auto& item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

std::expected<TerraformPlan, QString> TerraformPlanReader::read(const QByteArray& json,
                                                                const QStringList& knownZones) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(
            QStringLiteral("not the JSON of `terraform show -json` (%1)").arg(error.errorString()));
    const QJsonObject root = doc.object();
    QList<PlannedResource> resources;
    if (root.contains(QStringLiteral("planned_values"))) {
        collectModule(root.value(QStringLiteral("planned_values"))
                          .toObject()
                          .value(QStringLiteral("root_module"))
                          .toObject(),
                      resources);
    } else if (root.contains(QStringLiteral("resource_changes"))) {
        for (const auto& v : root.value(QStringLiteral("resource_changes")).toArray()) {
            const QJsonObject rc = v.toObject();
            const QJsonObject change = rc.value(QStringLiteral("change")).toObject();
            if (change.value(QStringLiteral("after")).isObject())
                resources << PlannedResource{rc.value(QStringLiteral("address")).toString(),
                                             rc.value(QStringLiteral("type")).toString(),
                                             change.value(QStringLiteral("after")).toObject()};
        }
    } else if (root.value(QStringLiteral("values")).toObject().contains(QStringLiteral("root_module"))) {
        // A state (`terraform show -json` without a plan): what was applied last.
        collectModule(
            root.value(QStringLiteral("values")).toObject().value(QStringLiteral("root_module")).toObject(),
            resources);
    } else {
        return std::unexpected(QStringLiteral(
            "no planned_values, resource_changes or values: not a Terraform plan or state in JSON"));
    }

    TerraformPlan plan;
    QStringList lines;
    for (const PlannedResource& r : std::as_const(resources)) {
        const QJsonObject& v = r.values;
        QString type = v.value(QStringLiteral("type")).toString().toUpper();
        QString name;
        QStringList values;
        const int ttl = v.value(QStringLiteral("ttl")).toInt(300);
        const int priority = v.value(QStringLiteral("priority")).toInt(10);
        if (r.type == QLatin1String("aws_route53_record")) {
            name = placeName(v.value(QStringLiteral("name")).toString(), {}, knownZones);
            values = stringsOf(v.value(QStringLiteral("records")));
        } else if (r.type == QLatin1String("cloudflare_record") ||
                   r.type == QLatin1String("cloudflare_dns_record")) {
            name = placeName(v.value(QStringLiteral("name")).toString(),
                             v.value(QStringLiteral("zone")).toString(), knownZones);
            values = stringsOf(v.contains(QStringLiteral("content")) ? v.value(QStringLiteral("content"))
                                                                     : v.value(QStringLiteral("value")));
        } else if (r.type == QLatin1String("google_dns_record_set")) {
            name = placeName(v.value(QStringLiteral("name")).toString(), {}, knownZones);
            values = stringsOf(v.value(QStringLiteral("rrdatas")));
        } else if (r.type == QLatin1String("azurerm_dns_txt_record")) {
            type = QStringLiteral("TXT");
            name = placeName(v.value(QStringLiteral("name")).toString(),
                             v.value(QStringLiteral("zone_name")).toString(), knownZones);
            for (const auto& rec : v.value(QStringLiteral("record")).toArray())
                values << rec.toObject().value(QStringLiteral("value")).toString();
        } else {
            continue; // not a DNS record resource
        }
        if (name.isEmpty() || type.isEmpty() || values.isEmpty()) {
            plan.skipped << QStringLiteral("%1: name, type or value unknown until apply").arg(r.address);
            continue;
        }
        for (const QString& value : std::as_const(values))
            lines << QStringLiteral("%1. %2 IN %3 %4")
                         .arg(name)
                         .arg(ttl)
                         .arg(type, rdataFor(type, value, priority));
    }
    plan.zoneText = lines.join(QLatin1Char('\n'));
    if (lines.isEmpty())
        return plan;
    // Line by line so that one odd value skips its record, not the whole plan.
    for (const QString& line : std::as_const(lines)) {
        auto zone = ZoneResolver::parseZone(line.toUtf8(), QString(), QStringLiteral("terraform plan"));
        if (!zone) {
            plan.skipped << QStringLiteral("%1: %2").arg(line, zone.error());
            continue;
        }
        for (const auto& recs : std::as_const(zone->records))
            for (const DnsRecord& rec : recs)
                if (rec.type != DnsRecordType::SOA)
                    plan.records << rec;
    }
    return plan;
}

std::expected<TerraformPlan, QString> TerraformPlanReader::load(const QString& path,
                                                                const QStringList& knownZones) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file.errorString()));
    auto plan = read(file.readAll(), knownZones);
    if (!plan)
        return std::unexpected(QStringLiteral("%1: %2").arg(path, plan.error()));
    return plan;
}
