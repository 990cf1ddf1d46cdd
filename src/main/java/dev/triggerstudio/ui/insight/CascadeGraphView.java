package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.cascade.CascadeGraph;
import dev.triggerstudio.engine.cascade.UnknownTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/**
 * Draws the cascade graph: writers (triggers, automations) and the object-events they write, in
 * layers left to right; nodes and edges on a cycle in red; a writer with a write whose target
 * cannot be known gets a dashed orange border and a "?" mark. A click on a node opens its file.
 */
public final class CascadeGraphView extends BorderPane {
    static final double COLUMN = 268;
    static final double ROW = 64;
    static final double BOX_W = 214;
    static final double BOX_H = 38;
    private static final Color CYCLE = Color.web("#d32f2f");
    private static final Color EDGE = Color.web("#78909c");

    private final CascadeGraphViewModel vm;
    private final Pane canvas = new Pane();
    private final VBox notes = new VBox(2);
    private final Map<String, Label> boxes = new HashMap<>();

    public CascadeGraphView(CascadeGraphViewModel vm) {
        this.vm = vm;
        setId("cascade-graph");
        canvas.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(canvas);
        setCenter(scroll);
        notes.setPadding(new Insets(6, 10, 6, 10));
        setBottom(notes);
        vm.graphProperty().addListener((o, a, g) -> draw(g));
        if (vm.graphProperty().get() != null) {
            draw(vm.graphProperty().get());
        }
    }

    /** The box drawn for a node (for tests: click it, read its colour). */
    public Label box(String nodeId) {
        return boxes.get(nodeId);
    }

    private void draw(CascadeGraph g) {
        canvas.getChildren().clear();
        boxes.clear();
        CascadeLayout layout = vm.layout();
        g.nodes().forEach(n -> boxes.put(n.id(), box(g, n, layout.cells().get(n.id()))));
        g.edges().forEach(e -> edge(g, e, layout));
        canvas.getChildren().addAll(boxes.values());
        canvas.setPrefSize(layout.layers() * COLUMN + 40, layout.rows() * ROW + 60);
        notes(g);
    }

    private Label box(CascadeGraph g, CascadeGraph.Node n, CascadeLayout.Cell cell) {
        Label l = new Label((n.kind() == CascadeGraph.NodeKind.OBJECT_EVENT ? "" : kindMark(n)) + n.label()
                + (vm.unknownTargets(n.id()).isEmpty() ? "" : "  ?"));
        l.setId("cascade-node-" + n.id().replaceAll("[^A-Za-z0-9_-]", "_"));
        l.getStyleClass().add("cascade-node");
        boolean red = g.inCycle(n.id());
        String fill = n.kind() == CascadeGraph.NodeKind.OBJECT_EVENT ? "#eef3f8" : "#ffffff";
        String border = red ? "#d32f2f" : vm.unknownTargets(n.id()).isEmpty() ? "#90a4ae" : "#ef6c00";
        String dash = vm.unknownTargets(n.id()).isEmpty() ? "solid" : "dashed";
        l.setStyle("-fx-background-color: " + (red ? "#fdecea" : fill) + "; -fx-border-color: " + border
                + "; -fx-border-style: " + dash + "; -fx-border-width: " + (red ? 2 : 1.2)
                + "; -fx-background-radius: " + radius(n) + "; -fx-border-radius: " + radius(n)
                + "; -fx-padding: 4 6; -fx-font-size: 11.5px; -fx-text-fill: " + (red ? "#b71c1c" : "#263238") + "; -fx-alignment: center;");
        l.setPrefSize(BOX_W, BOX_H);
        l.setMinSize(BOX_W, BOX_H);
        Point2D at = topLeft(cell);
        l.relocate(at.getX(), at.getY());
        l.setCursor(Cursor.HAND);
        l.setTooltip(new Tooltip(vm.tooltip(n.id())));
        l.setOnMouseClicked(e -> vm.open(n.id()));
        return l;
    }

    private static String kindMark(CascadeGraph.Node n) {
        return n.kind() == CascadeGraph.NodeKind.TRIGGER ? "⚡ " : "";
    }

    private static int radius(CascadeGraph.Node n) {
        return n.kind() == CascadeGraph.NodeKind.OBJECT_EVENT ? 18 : 4;
    }

    static Point2D topLeft(CascadeLayout.Cell cell) {
        return new Point2D(16 + cell.layer() * COLUMN, 16 + cell.row() * ROW);
    }

    private void edge(CascadeGraph g, CascadeGraph.Edge e, CascadeLayout layout) {
        Point2D from = topLeft(layout.cells().get(e.from()));
        Point2D to = topLeft(layout.cells().get(e.to()));
        boolean forward = to.getX() > from.getX();
        double sx = from.getX() + BOX_W;
        double sy = from.getY() + BOX_H / 2;
        double ex = forward ? to.getX() : to.getX() + BOX_W / 2;
        double ey = forward ? to.getY() + BOX_H / 2 : to.getY() + BOX_H;
        // a back edge (a cycle closing) loops below the boxes so it does not cross them
        double drop = Math.max(sy, ey) + ROW * 0.8;
        CubicCurve c = forward
                ? new CubicCurve(sx, sy, sx + 60, sy, ex - 60, ey, ex, ey)
                : new CubicCurve(sx, sy, sx + 80, drop, ex, drop, ex, ey);
        boolean red = g.inCycle(e);
        c.setFill(null);
        c.setStroke(red ? CYCLE : EDGE);
        c.setStrokeWidth(red ? 2.4 : 1.3);
        if (e.kind() == CascadeGraph.EdgeKind.FIRES) {
            c.getStrokeDashArray().setAll(6.0, 4.0);
        }
        canvas.getChildren().addAll(c, arrow(ex, ey, forward, red));
    }

    private static Polygon arrow(double x, double y, boolean forward, boolean red) {
        Polygon p = forward ? new Polygon(x, y, x - 9, y - 5, x - 9, y + 5) : new Polygon(x, y, x - 5, y + 9, x + 5, y + 9);
        p.setFill(red ? CYCLE : EDGE);
        return p;
    }

    private void notes(CascadeGraph g) {
        notes.getChildren().clear();
        Label legend = new Label("solid: writes · dashed: fires · red: on a cycle · orange dashed box: a write whose object"
                + " cannot be known without running it · click a node to open it");
        legend.setStyle("-fx-text-fill: #607d8b;");
        legend.setWrapText(true); // whole at 1024 px wide, as the notes under it
        notes.getChildren().add(legend);
        g.cycles().forEach(c -> notes.getChildren().add(note("cycle " + c.path()
                + (c.guardedByRunWhen() ? "  (Run When may stop it)" : ""), "#b71c1c")));
        List<UnknownTarget> unknown = g.unknownTargets();
        unknown.forEach(u -> notes.getChildren().add(note(u.path() + ":" + u.line() + ": " + u.message(),
                "#e65100")));
        if (g.cycles().isEmpty()) {
            notes.getChildren().add(note("no cycles", "#2e7d32"));
        }
    }

    private static Label note(String text, String colour) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: " + colour + ";");
        return l;
    }
}
