// DKIM key records come from DNS, i.e. from anyone: any bytes must parse into a record with
// named errors, and the key analysis (base64, DER through OpenSSL) must never crash.
#include "dkim/DkimKeyAnalyzer.h"
#include "dkim/DkimKeyRecordParser.h"
#include "dkim/DkimSignature.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const DkimKeyRecord record = DkimKeyRecordParser::parse(text);
    const DkimKeyInfo info = DkimKeyAnalyzer::analyze(record);
    DkimKeyAnalyzer::findings(record, info, {});
    (void)record.toJson();
    // The same tag-list grammar carries DKIM-Signature headers.
    (void)DkimSignature::parse(text).toJson();
    // Raw bytes as an Ed25519 or RSA key of either encoding.
    const QString base64 = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)).toBase64());
    (void)DkimKeyAnalyzer::publicKey(QStringLiteral("rsa"), base64);
    (void)DkimKeyAnalyzer::publicKey(QStringLiteral("ed25519"), base64);
    return 0;
}
