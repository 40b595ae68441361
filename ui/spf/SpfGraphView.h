#pragma once
// The SPF include graph drawn on a QGraphicsScene: SpfGraph laid out by SpfGraphLayout, nodes as
// SpfGraphNodeItem, edges as arrows labelled with their term (the term that crosses 10 thick and
// marked, loops dashed, the what-if path in green). Zoom with the wheel or Ctrl+= / Ctrl+-, pan by
// dragging, fit with fitGraph(). Selecting a node emits nodeSelected; selectNode() does the reverse.

#include "spf/SpfGraph.h"
#include "spf/SpfGraphLayout.h"

#include <QGraphicsView>

class SpfGraphNodeItem;

class SpfGraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit SpfGraphView(QWidget* parent = nullptr);
    ~SpfGraphView() override;

    void setGraph(const SpfGraph& graph);
    const SpfGraph& graph() const { return m_graph; }
    const SpfGraphLayout& graphLayout() const { return m_layout; }
    SpfGraphNodeItem* nodeItem(int index) const;
    int edgeItemCount() const { return m_edgeItems; }
    int selectedNode() const; // -1 when none
    // Selects a node (and scrolls to it) without emitting nodeSelected; -1 clears.
    void selectNode(int index);
    double zoom() const { return transform().m11(); }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitGraph();

Q_SIGNALS:
    void nodeSelected(int index);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override; // a theme change: the edges drawn again in its colours

private:
    void scaleBy(double factor);

    SpfGraph m_graph;
    SpfGraphLayout m_layout;
    QList<SpfGraphNodeItem*> m_nodes;
    int m_edgeItems = 0;
    bool m_quiet = false;
    bool m_autoFit = true; // until the user zooms: fitted again when the view is resized
};
