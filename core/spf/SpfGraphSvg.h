#pragma once
// The SPF include graph as an SVG document (Tiny 1.2, so QSvgRenderer draws it too), written as
// XML text from Qt Core alone: mailsight-cli has no QtGui. One <g class="node"> per node with the
// domain (or a leaf's term) in its first <text>; colours with a symbol and a word for the limit.

#include "SpfGraph.h"
#include "SpfGraphLayout.h"

class SpfGraphSvg {
public:
    // Sizes from a monospace font's advance (0.6 em), so no font metrics are needed.
    static constexpr double FontSize = 12;
    static constexpr double LabelFontSize = 11;
    static constexpr double LineHeight = 15;
    static constexpr double Padding = 7;
    static constexpr double HeaderHeight = 44;

    static SpfGraphLayout layout(const SpfGraph& graph);
    // title: the header line ("example.com: 12 of 10 DNS lookups" when empty).
    static QString svg(const SpfGraph& graph, const QString& title = {});
};
