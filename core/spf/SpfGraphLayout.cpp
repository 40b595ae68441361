#include "SpfGraphLayout.h"

#include <QHash>

#include <algorithm>

namespace {
struct Virtual {
    int real = -1; // the input node, or -1 for a point a long edge passes through
    int layer = 0;
    QSizeF size;
    QList<int> preds;
    QList<int> succs;
};

// Crossings between the segments of two adjacent layers.
int crossingsBetween(const QList<Virtual>& vs, const QList<int>& upper, const QList<int>& pos) {
    QList<std::pair<int, int>> segments;
    for (int u : upper)
        for (int v : vs.at(u).succs)
            segments.append({pos.at(u), pos.at(v)});
    int count = 0;
    for (qsizetype i = 0; i < segments.size(); ++i)
        for (qsizetype j = i + 1; j < segments.size(); ++j) {
            const auto [a1, b1] = segments.at(i);
            const auto [a2, b2] = segments.at(j);
            if ((a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2))
                ++count;
        }
    return count;
}

// Places a layer's items (in their order) as near their desired tops as they can be without
// overlapping: blocks of touching items sit at the mean of their members' wishes.
void placeLayer(const QList<int>& order, const QList<double>& desiredTop, const QList<Virtual>& vs,
                double gap, QList<double>& top) {
    struct Block {
        int first = 0;
        int last = 0;
        double wish = 0; // sum of desired tops, each less its offset in the block
        double height = 0;
        double top() const { return wish / (last - first + 1); }
    };
    QList<Block> blocks;
    for (int i = 0; i < order.size(); ++i) {
        const double h = vs.at(order.at(i)).size.height();
        blocks.append({i, i, desiredTop.at(i), h});
        while (blocks.size() > 1) {
            Block& cur = blocks.last();
            const Block& prev = blocks.at(blocks.size() - 2);
            if (prev.top() + prev.height + gap <= cur.top())
                break;
            Block merged = prev;
            // Each member of cur moves down by prev's height and gap inside the merged block.
            merged.wish += cur.wish - (cur.last - cur.first + 1) * (prev.height + gap);
            merged.last = cur.last;
            merged.height = prev.height + gap + cur.height;
            blocks.removeLast();
            blocks.last() = merged;
        }
    }
    for (const Block& b : std::as_const(blocks)) {
        double y = b.top();
        for (int i = b.first; i <= b.last; ++i) {
            top[order.at(i)] = y;
            y += vs.at(order.at(i)).size.height() + gap;
        }
    }
}
} // namespace

SpfGraphLayout SpfGraphLayout::compute(const QList<QSizeF>& sizes, const QList<Edge>& edges,
                                       const Options& options) {
    SpfGraphLayout out;
    const int n = static_cast<int>(sizes.size());
    out.nodes.resize(n);
    out.layers.fill(0, n);
    out.edges.resize(edges.size());
    if (n == 0)
        return out;
    QList<QList<int>> outgoing(n);
    for (int e = 0; e < edges.size(); ++e)
        if (edges.at(e).from >= 0 && edges.at(e).from < n && edges.at(e).to >= 0 && edges.at(e).to < n)
            outgoing[edges.at(e).from] << e;

    // 1. Edges that close a cycle (found by a depth-first search from node 0) point backwards.
    QList<bool> back(edges.size(), false);
    QList<int> state(n, 0); // 0 unseen, 1 on the path, 2 done
    QList<int> post;
    for (int s = 0; s < n; ++s) {
        if (state.at(s))
            continue;
        QList<std::pair<int, int>> stack{{s, 0}};
        state[s] = 1;
        while (!stack.isEmpty()) {
            auto& [u, next] = stack.last();
            if (next < outgoing.at(u).size()) {
                const int e = outgoing.at(u).at(next++);
                const int v = edges.at(e).to;
                if (state.at(v) == 1)
                    back[e] = true;
                else if (state.at(v) == 0) {
                    state[v] = 1;
                    stack.append({v, 0});
                }
                continue;
            }
            state[u] = 2;
            post << u;
            stack.removeLast();
        }
    }
    // 2. Longest-path layers, in topological order (reverse post-order).
    for (auto it = post.crbegin(); it != post.crend(); ++it)
        for (int e : outgoing.at(*it))
            if (!back.at(e))
                out.layers[edges.at(e).to] = std::max(out.layers.at(edges.at(e).to), out.layers.at(*it) + 1);
    const int layerCount = *std::max_element(out.layers.cbegin(), out.layers.cend()) + 1;

    // 3. Virtual points where forward edges span several layers.
    QList<Virtual> vs;
    for (int i = 0; i < n; ++i)
        vs.append({i, out.layers.at(i), sizes.at(i), {}, {}});
    QList<QList<int>> chains(edges.size()); // forward edges: the virtual points between their ends
    for (int e = 0; e < edges.size(); ++e) {
        const Edge& edge = edges.at(e);
        if (back.at(e) || !outgoing.at(edge.from).contains(e))
            continue;
        int prev = edge.from;
        for (int l = out.layers.at(edge.from) + 1; l < out.layers.at(edge.to); ++l) {
            const int d = static_cast<int>(vs.size());
            vs.append({-1, l, QSizeF(0, 10), {prev}, {}});
            vs[prev].succs << d;
            chains[e] << d;
            prev = d;
        }
        vs[prev].succs << edge.to;
        vs[edge.to].preds << prev;
    }
    // 4. First order: depth-first discovery (a tree has no crossings), then barycentre sweeps.
    QList<int> seen(vs.size(), -1);
    int counter = 0;
    for (int s = 0; s < vs.size(); ++s) {
        if (seen.at(s) >= 0)
            continue;
        QList<int> stack{s};
        while (!stack.isEmpty()) {
            const int u = stack.takeLast();
            if (seen.at(u) >= 0)
                continue;
            seen[u] = counter++;
            for (auto it = vs.at(u).succs.crbegin(); it != vs.at(u).succs.crend(); ++it)
                if (seen.at(*it) < 0)
                    stack << *it;
        }
    }
    QList<QList<int>> layers(layerCount);
    for (int v = 0; v < vs.size(); ++v)
        layers[vs.at(v).layer] << v;
    QList<int> pos(vs.size(), 0);
    auto renumber = [&] {
        for (const QList<int>& layer : std::as_const(layers))
            for (int i = 0; i < layer.size(); ++i)
                pos[layer.at(i)] = i;
    };
    for (QList<int>& layer : layers)
        std::sort(layer.begin(), layer.end(), [&](int a, int b) { return seen.at(a) < seen.at(b); });
    renumber();
    auto crossings = [&] {
        int c = 0;
        for (int l = 0; l + 1 < layerCount; ++l)
            c += crossingsBetween(vs, layers.at(l), pos);
        return c;
    };
    QList<QList<int>> best = layers;
    int bestCrossings = crossings();
    for (int sweep = 0; sweep < 12 && bestCrossings > 0; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int step = 1; step < layerCount; ++step) {
            const int l = down ? step : layerCount - 1 - step;
            QList<int>& layer = layers[l];
            QHash<int, double> key;
            for (int v : std::as_const(layer)) {
                const QList<int>& near = down ? vs.at(v).preds : vs.at(v).succs;
                double sum = 0;
                for (int u : near)
                    sum += pos.at(u);
                key.insert(v, near.isEmpty() ? pos.at(v) : sum / near.size());
            }
            std::stable_sort(layer.begin(), layer.end(),
                             [&](int a, int b) { return key.value(a) < key.value(b); });
            for (int i = 0; i < layer.size(); ++i)
                pos[layer.at(i)] = i;
        }
        const int c = crossings();
        if (c < bestCrossings) {
            bestCrossings = c;
            best = layers;
        }
    }
    layers = best;
    renumber();
    out.crossings = bestCrossings;

    // 5. Columns: each layer as wide as its widest node, with room for the labels before it.
    QList<double> labelRoom(layerCount, 0), columnWidth(layerCount, 0), columnX(layerCount, options.margin);
    for (int e = 0; e < edges.size(); ++e)
        if (!back.at(e) && outgoing.at(edges.at(e).from).contains(e))
            labelRoom[out.layers.at(edges.at(e).to)] =
                std::max(labelRoom.at(out.layers.at(edges.at(e).to)), edges.at(e).label.width() + 14);
    for (const Virtual& v : std::as_const(vs))
        columnWidth[v.layer] = std::max(columnWidth.at(v.layer), v.size.width());
    for (int l = 1; l < layerCount; ++l)
        columnX[l] = columnX.at(l - 1) + columnWidth.at(l - 1) + options.layerGap + labelRoom.at(l);

    // 6. Rows: packed, then each node moved towards the middle of its neighbours, both ways.
    QList<double> top(vs.size(), 0);
    for (const QList<int>& layer : std::as_const(layers)) {
        double y = 0;
        for (int v : layer) {
            top[v] = y;
            y += vs.at(v).size.height() + options.nodeGap;
        }
    }
    auto centre = [&](int v) { return top.at(v) + vs.at(v).size.height() / 2; };
    for (int round = 0; round < 6; ++round) {
        const bool down = round % 2 == 0;
        for (int step = 1; step < layerCount; ++step) {
            const int l = down ? step : layerCount - 1 - step;
            QList<double> wish;
            for (int v : std::as_const(layers.at(l))) {
                const QList<int>& near = down ? vs.at(v).preds : vs.at(v).succs;
                double sum = 0;
                for (int u : near)
                    sum += centre(u);
                const double c = near.isEmpty() ? centre(v) : sum / near.size();
                wish << c - vs.at(v).size.height() / 2;
            }
            placeLayer(layers.at(l), wish, vs, options.nodeGap, top);
        }
    }
    double minY = 0;
    for (int v = 0; v < vs.size(); ++v)
        minY = std::min(minY, top.at(v));
    for (double& y : top)
        y += options.margin - minY;
    for (int i = 0; i < n; ++i)
        out.nodes[i] = QRectF(QPointF(columnX.at(out.layers.at(i)), top.at(i)), sizes.at(i));

    // 7. Routes. Forward edges enter their target from the left, spread along its side in the
    // order of their sources; each label sits above its edge's last, horizontal stretch.
    QList<QList<int>> incoming(n);
    for (int e = 0; e < edges.size(); ++e)
        if (!back.at(e) && outgoing.at(edges.at(e).from).contains(e))
            incoming[edges.at(e).to] << e;
    QRectF bounds = out.nodes.first();
    int backCount = 0;
    for (int e = 0; e < edges.size(); ++e) {
        const Edge& edge = edges.at(e);
        Route& r = out.edges[e];
        if (!outgoing.at(edge.from).contains(e))
            continue;
        const QRectF& s = out.nodes.at(edge.from);
        const QRectF& t = out.nodes.at(edge.to);
        if (back.at(e)) {
            r.back = true;
            const double below = std::max(s.bottom(), t.bottom()) + 8 + 8 * (backCount++ % 3);
            const double sx = edge.from == edge.to ? s.left() + s.width() * 0.7 : s.center().x();
            const double tx = edge.from == edge.to ? t.left() + t.width() * 0.3 : t.center().x();
            r.points = {QPointF(sx, s.bottom()), QPointF(sx, below), QPointF(tx, below),
                        QPointF(tx, t.bottom())};
            r.label = QRectF(QPointF((sx + tx - edge.label.width()) / 2, below + 1), edge.label);
        } else {
            QList<int> in = incoming.at(edge.to);
            std::sort(in.begin(), in.end(), [&](int a, int b) {
                return out.nodes.at(edges.at(a).from).center().y() <
                       out.nodes.at(edges.at(b).from).center().y();
            });
            const double ty = t.top() + t.height() * (in.indexOf(e) + 1) / (in.size() + 1);
            r.points << QPointF(s.right(), s.center().y());
            for (int d : chains.at(e)) {
                const double y = centre(d) + options.margin - minY;
                r.points << QPointF(columnX.at(vs.at(d).layer), y)
                         << QPointF(columnX.at(vs.at(d).layer) + columnWidth.at(vs.at(d).layer), y);
            }
            // Every stretch into a layer starts where its labels' room does: no line crosses a label.
            const double stub = columnX.at(out.layers.at(edge.to)) - labelRoom.at(out.layers.at(edge.to));
            r.points << QPointF(stub, ty) << QPointF(t.left(), ty);
            r.label =
                QRectF(QPointF(t.left() - 6 - edge.label.width(), ty - edge.label.height() - 1), edge.label);
        }
        bounds |= r.label;
        for (const QPointF& p : std::as_const(r.points))
            bounds |= QRectF(p, QSizeF(1, 1));
    }
    for (const QRectF& rect : std::as_const(out.nodes))
        bounds |= rect;
    out.size = QSizeF(bounds.right() + options.margin, bounds.bottom() + options.margin);
    return out;
}
