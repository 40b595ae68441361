#pragma once
// Helpers of the reports tests: compress with libarchive (gzip streams, zip archives, zip bombs)
// and write small aggregate reports from rows.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

// QVERIFY2 evaluates its message even on success; error() of a value is undefined.
#define VERIFY_EXPECTED(e) QVERIFY2((e).has_value(), (e).has_value() ? "" : qPrintable((e).error()))

namespace ReportTestUtil {

using Member = QPair<QString, QByteArray>;

inline QByteArray writeArchive(const QList<Member>& members, bool zip) {
    archive* a = archive_write_new();
    if (zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_add_filter_gzip(a);
        archive_write_set_format_raw(a);
    }
    QByteArray out(64 * 1024 * 1024, Qt::Uninitialized);
    size_t used = 0;
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const Member& m : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, m.first.toUtf8().constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, m.second.size());
        archive_write_header(a, e);
        archive_write_data(a, m.second.constData(), size_t(m.second.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.resize(qsizetype(used));
    return out;
}

inline QByteArray gzip(const QByteArray& data) {
    return writeArchive({{QStringLiteral("data"), data}}, false);
}

inline QByteArray zip(const QList<Member>& members) {
    return writeArchive(members, true);
}

struct Row {
    Row(QString address = {}, qint64 messages = 1)
        : ip(std::move(address))
        , count(messages) {}
    QString ip;
    qint64 count = 1;
    QString dkim = QStringLiteral("pass"); // policy_evaluated
    QString spf = QStringLiteral("pass");
    QString disposition = QStringLiteral("none");
    QString dkimSelector; // an auth_results/dkim signature when set
    QString dkimDomain = QStringLiteral("example.org");
    QString dkimResult = QStringLiteral("pass");
};

inline QByteArray aggregateXml(const QString& org, const QString& reportId, const QString& domain,
                               const QDate& day, const QList<Row>& rows,
                               const QString& p = QStringLiteral("none")) {
    const qint64 begin = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\"?>\n<feedback>\n<version>1.0</version>\n"
            "<report_metadata><org_name>%1</org_name><email>dmarc@%1</email>"
            "<report_id>%2</report_id><date_range><begin>%3</begin><end>%4</end></date_range>"
            "</report_metadata>\n<policy_published><domain>%5</domain><adkim>r</adkim><aspf>r</aspf>"
            "<p>%6</p><sp>none</sp><pct>100</pct></policy_published>\n")
            .arg(org, reportId)
            .arg(begin)
            .arg(begin + 86399)
            .arg(domain, p);
    for (const Row& r : rows) {
        xml += QStringLiteral(
                   "<record><row><source_ip>%1</source_ip><count>%2</count><policy_evaluated>"
                   "<disposition>%3</disposition><dkim>%4</dkim><spf>%5</spf></policy_evaluated></row>"
                   "<identifiers><header_from>%6</header_from></identifiers><auth_results>")
                   .arg(r.ip)
                   .arg(r.count)
                   .arg(r.disposition, r.dkim, r.spf, domain);
        if (!r.dkimSelector.isEmpty())
            xml +=
                QStringLiteral("<dkim><domain>%1</domain><selector>%2</selector><result>%3</result></dkim>")
                    .arg(r.dkimDomain, r.dkimSelector, r.dkimResult);
        xml += QStringLiteral("<spf><domain>%1</domain><result>%2</result></spf></auth_results></record>\n")
                   .arg(domain, r.spf);
    }
    xml += QStringLiteral("</feedback>\n");
    return xml.toUtf8();
}

} // namespace ReportTestUtil
