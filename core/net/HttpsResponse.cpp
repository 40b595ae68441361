#include "HttpsResponse.h"

using namespace Qt::StringLiterals;

QString HttpsResponse::mediaType() const {
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

QString HttpsResponse::errorName(Error error) {
    switch (error) {
    case Error::None:
        return {};
    case Error::NoAddress:
        return u"no-address"_s;
    case Error::Connect:
        return u"connect"_s;
    case Error::Timeout:
        return u"timeout"_s;
    case Error::Certificate:
        return u"certificate"_s;
    case Error::Tls:
        return u"tls"_s;
    case Error::Protocol:
        return u"protocol"_s;
    case Error::TooLarge:
        return u"too-large"_s;
    case Error::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QJsonObject HttpsResponse::toJson() const {
    QJsonObject o{{u"url"_s, url},
                  {u"httpStatus"_s, httpStatus},
                  {u"contentType"_s, contentType},
                  {u"certificateValid"_s, certificateValid},
                  {u"error"_s, errorText}};
    if (!location.isEmpty())
        o.insert(u"location"_s, location);
    return o;
}
