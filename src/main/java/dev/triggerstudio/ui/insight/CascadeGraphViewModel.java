package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.cascade.CascadeAnalyzer;
import dev.triggerstudio.engine.cascade.CascadeGraph;
import dev.triggerstudio.engine.cascade.UnknownTarget;
import dev.triggerstudio.engine.cascade.Write;
import dev.triggerstudio.model.Project;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the cascade graph view draws: the graph of the project, its layout, which nodes and edges
 * are on a cycle, and where a click on a node leads ({@code onOpen(path, line)}).
 */
public final class CascadeGraphViewModel {
    /** Opens a project file at a 1-based line, as the explorer does. */
    @FunctionalInterface
    public interface Opener {
        void open(String path, int line);
    }

    private final ObjectProperty<CascadeGraph> graph = new SimpleObjectProperty<>();
    private final ObjectProperty<CascadeLayout> layout = new SimpleObjectProperty<>();
    private final Opener onOpen;

    public CascadeGraphViewModel(Opener onOpen) {
        this.onOpen = onOpen;
    }

    /** Analyses the project again (cheap: tens of ms), e.g. after an edit. */
    public void analyze(Project project) {
        show(CascadeAnalyzer.analyze(project));
    }

    public void show(CascadeGraph g) {
        show(g, CascadeLayout.of(g));
    }

    /** Shows a graph whose layout was worked out already (off the FX thread, for a large project). */
    public void show(CascadeGraph g, CascadeLayout l) {
        layout.set(l);
        graph.set(g);
    }

    public ObjectProperty<CascadeGraph> graphProperty() {
        return graph;
    }

    public CascadeLayout layout() {
        return layout.get();
    }

    /** The unknown targets a writer node has: the view marks the node, never guesses an edge. */
    public List<UnknownTarget> unknownTargets(String nodeId) {
        return graph.get().unknownTargets().stream().filter(u -> nodeId.equals(u.source())).toList();
    }

    /** A multi-line tooltip: the node's writes, cycles and unknown targets. */
    public String tooltip(String nodeId) {
        StringBuilder b = new StringBuilder(nodeId);
        graph.get().edgesFrom(nodeId).forEach(e -> e.writes().forEach(w ->
                b.append("\n").append(w.path()).append(":").append(w.line()).append(" ").append(w.call()).append(" → ").append(e.to())));
        graph.get().cycles().stream().filter(c -> c.nodeIds().contains(nodeId))
                .forEach(c -> b.append("\ncycle ").append(c.path()).append(c.guardedByRunWhen() ? " (Run When may stop it)" : ""));
        unknownTargets(nodeId).forEach(u -> b.append("\n").append(u.path()).append(":").append(u.line()).append(" ")
                .append(u.message()));
        return b.toString();
    }

    /** Opens the node's file: a writer at its first write (on a cycle if any), an object-event at the object. */
    public void open(String nodeId) {
        Optional<CascadeGraph.Node> node = graph.get().node(nodeId);
        node.ifPresent(n -> onOpen.open(n.path(), line(n)));
    }

    int line(CascadeGraph.Node n) {
        Optional<Write> onCycle = graph.get().cycles().stream().flatMap(c -> c.writes().stream())
                .filter(w -> n.id().equals(w.source())).findFirst();
        Optional<Write> any = graph.get().edgesFrom(n.id()).stream().flatMap(e -> e.writes().stream()).findFirst();
        return onCycle.or(() -> any).map(Write::line).orElse(1);
    }
}
