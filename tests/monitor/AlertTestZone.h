#pragma once
// The zone of example.com the alert tests audit: a clean one (grade A) and the same zone
// regressed in every way the alerts look at. serial: for a server that reloads it (NSD).

#include <QByteArray>

namespace AlertTestZone {

// A clean example.com: SPF -all, DMARC p=reject, one MX, a 2048-bit DKIM key (grade A).
inline QByteArray good(int serial = 2026120501) {
    return QByteArray(R"($ORIGIN example.com.
$TTL 3600
@        IN SOA ns1.example.com. hostmaster.example.com. 2026120501 3600 900 604800 300
@        IN NS  ns1.example.com.
ns1      IN A   192.0.2.53
@        IN MX  10 mail.example.com.
mail     IN A   192.0.2.25
mx2      IN A   192.0.2.26
@        IN TXT "v=spf1 mx -all"
_dmarc   IN TXT "v=DMARC1; p=reject; sp=reject; adkim=s; rua=mailto:dmarc-reports@example.com"
_mta-sts IN TXT "v=STSv1; id=20261101T000000"
s1._domainkey IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmRwJQlhRgQ7KbbUu1FQXUgMOTLJ5Q1zQiFIJfJRg5GpYG8LUuKIikwglBS5VKZRlpTT/+NEB6ABRGWXo4iOzObf75Z4vPDAYCT5IjWZOhUoJF2vXZKGVHbyZL36ugZcbYPpXQ77jnBmqS322hVWJnu+c2OEvX9KGzEAGjy6wv5Afx7ddnbBxppJypSdf/vp1n" "PFpDzDdckhtQaQ7WZzxtWtJdU3YngL4OQSbWByx5PGVsviUQ8YlrhcN1I0/Lo8GmS3pNgM/0XAL9k+VRwLcJHYTa5HmTIN54hTJi5V5QszRLJNQ+f6hhIujGlUC47rtSydIg40g1uUhu+HiAH9X1wIDAQAB"
)")
        .replace("2026120501", QByteArray::number(serial));
}

// The regression: DMARC p=none (a warning, grade C), SPF ~all, a second MX, a new MTA-STS id.
inline QByteArray bad(int serial = 2026120501) {
    return good(serial)
        .replace("-all", "~all")
        .replace("p=reject; sp=reject", "p=none")
        .replace("@        IN MX  10 mail.example.com.",
                 "@        IN MX  10 mail.example.com.\n@        IN MX  20 mx2.example.com.")
        .replace("id=20261101T000000", "id=20261205T000000");
}

} // namespace AlertTestZone
