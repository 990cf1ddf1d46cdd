package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.cascade.CascadeGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simple layered layout of a cascade graph: each node's layer is its breadth-first distance from
 * the nodes nothing points at (edges back to an earlier layer are cycles and do not push a node
 * further). Nodes on no path from such a start (a graph that is all cycle) start from the first
 * node left, in node order. Pure: the view only scales the cells to pixels.
 */
public record CascadeLayout(Map<String, Cell> cells, int layers, int rows) {

    /** @param layer column, left to right; row: position inside the column, top to bottom */
    public record Cell(int layer, int row) {
    }

    public static CascadeLayout of(CascadeGraph graph) {
        Map<String, Integer> layer = new LinkedHashMap<>();
        List<String> starts = graph.nodes().stream().map(CascadeGraph.Node::id)
                .filter(id -> graph.edges().stream().noneMatch(e -> e.to().equals(id))).toList();
        starts.forEach(id -> spread(graph, id, layer));
        for (CascadeGraph.Node n : graph.nodes()) {
            if (!layer.containsKey(n.id())) {
                spread(graph, n.id(), layer);
            }
        }
        return place(graph, layer);
    }

    private static void spread(CascadeGraph graph, String start, Map<String, Integer> layer) {
        if (layer.containsKey(start)) {
            return;
        }
        Deque<String> queue = new ArrayDeque<>();
        layer.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (CascadeGraph.Edge e : graph.edgesFrom(id)) {
                if (!layer.containsKey(e.to())) {
                    layer.put(e.to(), layer.get(id) + 1);
                    queue.add(e.to());
                }
            }
        }
    }

    private static CascadeLayout place(CascadeGraph graph, Map<String, Integer> layer) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<Integer, Integer> used = new LinkedHashMap<>();
        int rows = 0;
        int layers = 0;
        for (CascadeGraph.Node n : graph.nodes()) {
            int l = layer.get(n.id());
            int row = used.merge(l, 1, Integer::sum) - 1;
            cells.put(n.id(), new Cell(l, row));
            rows = Math.max(rows, row + 1);
            layers = Math.max(layers, l + 1);
        }
        return new CascadeLayout(cells, layers, rows);
    }

    public List<String> inLayer(int l) {
        List<String> out = new ArrayList<>();
        cells.forEach((id, c) -> {
            if (c.layer() == l) {
                out.add(id);
            }
        });
        return out;
    }
}
