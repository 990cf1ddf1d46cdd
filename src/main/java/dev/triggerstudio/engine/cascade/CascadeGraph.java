package dev.triggerstudio.engine.cascade;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which trigger or automation writes which object and event, and so which triggers and automations
 * that write fires. A bipartite graph: writer nodes ({@code trigger:<id>}, {@code automation:<id>})
 * point at object-event nodes ({@code invoice(update)}) by {@link EdgeKind#WRITES} edges carrying
 * the places of the writes; object-event nodes point at the writers listening to them by
 * {@link EdgeKind#FIRES} edges. Built by {@link CascadeAnalyzer#analyze}; immutable.
 *
 * @param nodes every active trigger and automation, then every object-event that something writes
 * @param edges writes first, then fires, each group in node order
 * @param cycles every elementary cycle, each once, starting at its first writer in node order
 * @param unknownTargets writes whose object cannot be known statically (left out of the graph)
 */
public record CascadeGraph(List<Node> nodes, List<Edge> edges, List<Cycle> cycles, List<UnknownTarget> unknownTargets) {

    public enum NodeKind { TRIGGER, AUTOMATION, OBJECT_EVENT }

    public enum EdgeKind { WRITES, FIRES }

    /**
     * @param id {@code trigger:<id>}, {@code automation:<id>} or {@code <object>(<event>)}
     * @param label what a path shows: the trigger id, {@code automation:<id>}, or the id of an object-event
     * @param path the file to open when the node is clicked (script, automation JSON, or object JSON)
     */
    public record Node(String id, NodeKind kind, String label, String path) {
    }

    /** @param writes for a WRITES edge, the places (at least one) where the writer writes; empty for FIRES */
    public record Edge(String from, String to, EdgeKind kind, List<Write> writes) {
    }

    /**
     * @param nodeIds the cycle's nodes in order, writer first; the last object-event fires the first writer
     * @param writes the write of each step, one per writer in nodeIds
     * @param guardedByRunWhen some trigger or automation on the cycle has Run When conditions that may stop it
     */
    public record Cycle(List<String> nodeIds, List<String> labels, List<Write> writes, boolean guardedByRunWhen) {

        /** {@code invoice_totals → invoiceLine(update) → line_rollup → invoice(update)}. */
        public String path() {
            return String.join(" → ", labels);
        }

        /** A warning at the first write of the cycle. */
        public Diagnostic diagnostic() {
            Write w = writes.getFirst();
            return Diagnostic.warning(w.path(), w.line(), w.column(), "cycle " + path());
        }
    }

    public CascadeGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        cycles = List.copyOf(cycles);
        unknownTargets = List.copyOf(unknownTargets);
    }

    static String eventNode(String object, Event event) {
        return object + "(" + event.jsonName() + ")";
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** True when the node lies on some cycle: the IDE draws it red. */
    public boolean inCycle(String nodeId) {
        return cycles.stream().anyMatch(c -> c.nodeIds().contains(nodeId));
    }

    /** True when the edge lies on some cycle. */
    public boolean inCycle(Edge edge) {
        for (Cycle c : cycles) {
            List<String> ids = c.nodeIds();
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).equals(edge.from()) && ids.get((i + 1) % ids.size()).equals(edge.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<Edge> edgesFrom(String nodeId) {
        return edges.stream().filter(e -> e.from().equals(nodeId)).toList();
    }

    /** What {@code ./studio check} prints: a warning per cycle, then one per unknown target. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        cycles.forEach(c -> out.add(c.diagnostic()));
        unknownTargets.forEach(u -> out.add(Diagnostic.warning(u.path(), u.line(), u.column(), u.message())));
        return out;
    }
}
