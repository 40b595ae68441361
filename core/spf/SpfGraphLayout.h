#pragma once
// A layered drawing of a directed graph in plain coordinates, left to right: layers by longest
// path (edges that close a cycle are drawn backwards, below their nodes), the order within each
// layer by barycentre sweeps that reduce crossings (long edges pass through virtual points), then
// each node placed near the middle of its neighbours without overlapping the others. Qt Core
// only: the GUI, the SVG writer and the PDF lay the SPF graph out with it.

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

struct SpfGraphLayout {
    struct Edge {
        int from = 0;
        int to = 0;
        QSizeF label; // room for the edge's label, drawn just before its target
    };
    struct Options {
        double nodeGap = 14;  // vertical space between nodes of a layer
        double layerGap = 44; // horizontal space between layers, besides the labels
        double margin = 12;
    };
    struct Route {
        QList<QPointF> points; // from the source to the target (the arrow's end)
        QRectF label;
        bool back = false; // closes a cycle: drawn backwards, below the nodes
    };

    QList<QRectF> nodes; // one per input node
    QList<int> layers;   // each node's layer (0 = the first node's)
    QList<Route> edges;  // one per input edge
    QSizeF size;         // everything fits in (0, 0, width, height)
    int crossings = 0;   // crossings of forward edges between adjacent layers, after ordering

    // sizes: each node's size; node 0 is the start (layer 0).
    static SpfGraphLayout compute(const QList<QSizeF>& sizes, const QList<Edge>& edges,
                                  const Options& options);
    static SpfGraphLayout compute(const QList<QSizeF>& sizes, const QList<Edge>& edges) {
        return compute(sizes, edges, Options());
    }
};
