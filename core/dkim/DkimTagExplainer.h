#pragma once
// One plain sentence per tag of a DKIM key record (RFC 6376 §3.6.1, RFC 8463, RFC 4870 g=), for
// the detail pane and reports: what the tag says with the value it has here.

#include <QString>

class DkimTagExplainer {
public:
    static QString explain(const QString& tag, const QString& value);
};
