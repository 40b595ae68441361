// Parse-only CPU time of a DMARC aggregate report (issue 17): the fast reader, the reference parser
// (QXmlStreamReader), libxml2's xmlTextReader loop alone (what `xmllint --stream --noout` does), and
// that loop taking the values out into an AggregateRecord (a lower bound of a libxml2 parser: no
// checks, no warnings). Not part of the build; see bench/reports/README.md for the command line.
#include "reports/AggregateReportFastParser.h"
#include "reports/AggregateReportParser.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <ctime>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <cstring>

static double cpu() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

static qint64 libxml(const char* path, bool extract) {
    // No network, no DTD loading, no entity substitution.
    xmlTextReaderPtr r = xmlReaderForFile(path, nullptr, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
    qint64 n = 0;
    AggregateRecord rec;
    QByteArray names[8];
    int depth = 0;
    QString text;
    int ret;
    while ((ret = xmlTextReaderRead(r)) == 1) {
        if (!extract)
            continue;
        const int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_ELEMENT) {
            depth = xmlTextReaderDepth(r);
            const char* name = (const char*)xmlTextReaderConstLocalName(r);
            if (depth < 8)
                names[depth] = name;
            if (depth == 1 && names[1] == "record")
                rec = AggregateRecord();
        } else if (type == XML_READER_TYPE_TEXT) {
            const char* v = (const char*)xmlTextReaderConstValue(r);
            text = QString::fromUtf8(v).trimmed();
            const QByteArray& leaf = names[xmlTextReaderDepth(r) - 1];
            if (leaf == "source_ip")
                rec.sourceIp = text;
            else if (leaf == "count")
                rec.count = text.toLongLong();
            else if (leaf == "disposition")
                rec.disposition = text;
            else if (leaf == "header_from")
                rec.headerFrom = text;
            else if (leaf == "domain") {
                DmarcDkimAuth d;
                d.domain = text;
                rec.dkim.append(d);
            } else if (leaf == "selector") {
                if (!rec.dkim.isEmpty())
                    rec.dkim.last().selector = text;
            } else if (leaf == "result") {
                DmarcSpfAuth s;
                s.result = text;
                rec.spf.append(s);
            } else if (leaf == "dkim")
                rec.dkimAligned = text;
            else if (leaf == "spf")
                rec.spfAligned = text;
        } else if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == 1 &&
                   names[1] == "record") {
            ++n;
        }
    }
    xmlFreeTextReader(r);
    return n;
}

// libxml2's SAX2 push parser with empty callbacks: the floor of any libxml2-based reader.
static qint64 saxElements = 0;
static void saxStart(void*, const xmlChar*, const xmlChar*, const xmlChar*, int, const xmlChar**, int, int,
                     const xmlChar**) {
    ++saxElements;
}
static void saxCharacters(void*, const xmlChar*, int) {}

static bool sax(const char* path) {
    xmlSAXHandler h;
    std::memset(&h, 0, sizeof h);
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = saxStart;
    h.characters = saxCharacters;
    xmlParserCtxtPtr c = xmlCreatePushParserCtxt(&h, nullptr, nullptr, 0, path);
    xmlCtxtUseOptions(c, XML_PARSE_NONET);
    FILE* f = std::fopen(path, "rb");
    static char buffer[1 << 16];
    size_t n = 0;
    while (f && (n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        xmlParseChunk(c, buffer, int(n), 0);
    xmlParseChunk(c, nullptr, 0, 1);
    if (f)
        std::fclose(f);
    const bool wellFormed = c->wellFormed;
    xmlFreeParserCtxt(c);
    return wellFormed;
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const char* path = argv[1];
    for (int round = 0; round < 2; ++round) {
        {
            QFile f(QString::fromLocal8Bit(path));
            f.open(QIODevice::ReadOnly);
            const double t0 = cpu();
            auto o = AggregateReportFastParser::parse(
                &f, [](const AggregateReportHeader&) { return true; },
                [](const AggregateRecord&) { return true; });
            std::printf("fast      %.3f s CPU, %lld records\n", cpu() - t0, o ? (long long)o->records : -1LL);
        }
        {
            QFile f(QString::fromLocal8Bit(path));
            f.open(QIODevice::ReadOnly);
            const double t0 = cpu();
            auto o = AggregateReportParser::parse(
                &f, [](const AggregateReportHeader&) { return true; },
                [](const AggregateRecord&) { return true; });
            std::printf("qt        %.3f s CPU, %lld records\n", cpu() - t0, o ? (long long)o->records : -1LL);
        }
        {
            const double t0 = cpu();
            const qint64 n = libxml(path, false);
            std::printf("libxml2 read loop only   %.3f s CPU (%lld)\n", cpu() - t0, (long long)n);
        }
        {
            const double t0 = cpu();
            const qint64 n = libxml(path, true);
            std::printf("libxml2 + extraction     %.3f s CPU, %lld records\n", cpu() - t0, (long long)n);
        }
        {
            saxElements = 0;
            const double t0 = cpu();
            const bool ok = sax(path);
            std::printf("libxml2 SAX2, no work    %.3f s CPU, %lld elements%s\n", cpu() - t0,
                        (long long)saxElements, ok ? "" : " (not well-formed)");
        }
    }
}
