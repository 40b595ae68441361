#pragma once
// Every finding code, listed once. Each area keeps its definitions in its own table
// (core/<area>/<Area>FindingDefinitions.cpp); this class joins them, looks codes up and makes
// findings. docs/findings.md is generated from it and a test checks that it matches.

#include "Finding.h"
#include "FindingDefinition.h"

#include <QList>
#include <span>

class FindingCatalogue {
public:
    static QList<FindingDefinition> all();
    static const FindingDefinition* find(QStringView code);
    // Builds a finding from the catalogue. The detail starts with the catalogue explanation
    // unless a specific one is given. Q_ASSERTs that the code exists.
    static Finding make(QStringView code, const QString& detail = {}, const QStringList& evidence = {},
                        std::optional<Severity> severity = std::nullopt);
    // The finding as people read it: title, catalogue explanation and fix in the language of the
    // installed translators (context "Findings", looked up by code). Findings themselves keep the
    // English texts, so JSON, SARIF and CSV stay English whatever the GUI language.
    static Finding localized(const Finding& finding);
    // docs/findings.md, grouped by area.
    static QString markdown();
};
