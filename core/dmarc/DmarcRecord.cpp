#include "DmarcRecord.h"

#include <QJsonArray>

const DmarcTag* DmarcRecord::tag(QStringView name) const {
    for (const DmarcTag& t : tags)
        if (!t.duplicate && t.name == name)
            return &t;
    return nullptr;
}

bool DmarcRecord::tagInvalid(QStringView name) const {
    for (const DmarcRecordIssue& i : issues)
        if (i.tag == name && i.severity == Severity::Error)
            return true;
    return false;
}

bool DmarcRecord::hasValidRua() const {
    for (const DmarcReportUri& u : rua)
        if (u.valid)
            return true;
    return false;
}

bool DmarcRecord::hasErrors() const {
    for (const DmarcRecordIssue& i : issues)
        if (i.severity == Severity::Error)
            return true;
    return false;
}

QList<DmarcRecordIssue> DmarcRecord::issuesFor(QStringView tagName) const {
    QList<DmarcRecordIssue> out;
    for (const DmarcRecordIssue& i : issues)
        if (i.tag == tagName)
            out << i;
    return out;
}

QJsonObject DmarcRecord::toJson() const {
    QJsonArray tagArray;
    for (const DmarcTag& t : tags)
        tagArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                    {QStringLiteral("written"), t.rawName},
                                    {QStringLiteral("value"), t.value},
                                    {QStringLiteral("duplicate"), t.duplicate}});
    QJsonArray issueArray;
    for (const DmarcRecordIssue& i : issues)
        issueArray.append(QJsonObject{{QStringLiteral("code"), i.code},
                                      {QStringLiteral("severity"), severityName(i.severity)},
                                      {QStringLiteral("tag"), i.tag},
                                      {QStringLiteral("message"), i.message},
                                      {QStringLiteral("receiverAction"), i.receiverAction}});
    return {{QStringLiteral("text"), text},
            {QStringLiteral("isDmarc"), isDmarc},
            {QStringLiteral("tags"), tagArray},
            {QStringLiteral("issues"), issueArray}};
}
