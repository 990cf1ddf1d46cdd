package dev.triggerstudio.ui.insight;

import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.engine.scale.ChunkSample;
import dev.triggerstudio.engine.scale.LimitBreak;
import dev.triggerstudio.engine.scale.LimitsMeter;
import dev.triggerstudio.engine.scale.LimitsRun;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The limits chart: per trigger, one bar for each limit (queries, DML, instructions against
 * stanza_fuel, time against trigger_timeout_ms) as a share of the project's limit, a mark at 100%,
 * the first trigger to break a limit with a link to its line, and the chunks of each operation.
 */
public final class LimitsView extends BorderPane {
    private static final double BAR_W = 150;
    private static final double SCALE_MAX = 1.25;

    private final LimitsViewModel vm;
    private final CascadeGraphViewModel.Opener onOpen;
    private final ComboBox<String> batch = new ComboBox<>();
    private final HBox scales = new HBox(4);
    private final VBox body = new VBox(10);

    public LimitsView(LimitsViewModel vm, CascadeGraphViewModel.Opener onOpen) {
        this.vm = vm;
        this.onOpen = onOpen;
        setId("limits-view");
        setTop(toolbar());
        body.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.selectedProperty().addListener((o, a, run) -> {
            draw(run);
            scaleButtons();
        });
        vm.runs().addListener((javafx.collections.ListChangeListener<LimitsRun>) c -> scaleButtons());
    }

    private VBox toolbar() {
        batch.getItems().setAll(vm.batchNames());
        batch.setId("limits-batch");
        if (!batch.getItems().isEmpty()) {
            batch.getSelectionModel().selectFirst();
        }
        Button run = new Button("Run ×1, ×200, ×2000");
        run.setId("limits-run");
        run.setOnAction(e -> vm.measure(batch.getValue(), LimitsMeter.IDE_SCALES, null));
        run.disableProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("limits-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.setPrefWidth(160);
        Label status = new Label();
        status.setId("limits-status");
        status.textProperty().bind(vm.statusProperty());
        HBox row = new HBox(8, new Label("Batch"), batch, run, cancel, progress, scales);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, row, status);
        top.setPadding(new Insets(8, 10, 4, 10));
        return top;
    }

    private void scaleButtons() {
        ToggleGroup group = new ToggleGroup();
        scales.getChildren().clear();
        for (LimitsRun r : vm.runs()) {
            ToggleButton b = new ToggleButton("×" + r.scale());
            b.setId("limits-scale-" + r.scale());
            b.setToggleGroup(group);
            b.setSelected(r == vm.selectedProperty().get());
            b.setOnAction(e -> vm.selectedProperty().set(r));
            scales.getChildren().add(b);
        }
    }

    private void draw(LimitsRun run) {
        body.getChildren().clear();
        if (run == null) {
            return;
        }
        body.getChildren().addAll(scalesTable(), breakLink(run.firstBreak()), chunksTitle(run), chunks(run), bars());
    }

    /** One line per scale: records, outcome and what broke, so ×1, ×200 and ×2000 compare at a glance. */
    private GridPane scalesTable() {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(3);
        int row = 0;
        for (LimitsRun r : vm.runs()) {
            LimitBreak b = r.firstBreak();
            Label broke = new Label(b == null ? "no limit broken" : b.source() + " broke " + b.limit().jsonName()
                    + " in op #" + b.operation() + (b.chunks() > 1 ? ", chunk " + b.chunk() + "/" + b.chunks() : ""));
            broke.setStyle(b == null ? "-fx-text-fill: #2e7d32;" : "-fx-text-fill: #c62828;");
            g.addRow(row++, bold("×" + r.scale()), new Label(Plural.of(r.records(), "record")), new Label(r.committed()
                    + " committed, " + r.rejected() + " rejected, " + r.failed() + " failed"), broke);
        }
        return g;
    }

    private Label chunksTitle(LimitsRun run) {
        Label l = new Label("×" + run.scale() + " chunk by chunk: each bar is one run of an operation's own trigger (height:"
                + " queries against max_queries); orange lines are chunk boundaries; grey chunks never ran");
        l.setWrapText(true);
        return l;
    }
    private javafx.scene.Node breakLink(LimitBreak b) {
        if (b == null) {
            Label ok = new Label("No limit broken at this scale.");
            ok.setStyle("-fx-text-fill: #2e7d32;");
            return ok;
        }
        Hyperlink link = new Hyperlink("First to break a limit: " + LimitsViewModel.breakText(b));
        link.setId("limits-break");
        link.setWrapText(true);
        link.setMaxWidth(1100);
        link.setStyle("-fx-text-fill: #c62828;");
        link.setOnAction(e -> {
            if (b.path() != null) {
                onOpen.open(b.path(), b.line() == null ? 1 : b.line());
            }
        });
        return link;
    }

    /** Per trigger, one row per scale, one bar per limit: usage grows down the rows. */
    private GridPane bars() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(4);
        g.add(bold("trigger"), 0, 0);
        g.add(bold("scale"), 1, 0);
        LimitsRun last = vm.runs().getLast();
        for (int k = 0; k < LimitsViewModel.CHARTED.size(); k++) {
            var kind = LimitsViewModel.CHARTED.get(k);
            g.add(bold(kind.jsonName() + " (" + kind.of(last.limits()) + ")"), k + 2, 0);
        }
        int row = 1;
        for (String source : sources()) {
            g.add(new Label(source), 0, row);
            for (LimitsRun r : vm.runs()) {
                List<LimitsViewModel.Bar> bars = LimitsViewModel.bars(r).stream().filter(b -> b.source().equals(source)).toList();
                g.add(new Label("×" + r.scale()), 1, row);
                for (int k = 0; k < bars.size(); k++) {
                    g.add(bar(bars.get(k)), k + 2, row);
                }
                if (bars.isEmpty()) {
                    g.add(new Label("did not run"), 2, row);
                }
                row++;
            }
        }
        return g;
    }

    private java.util.Set<String> sources() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        vm.runs().forEach(r -> r.triggers().forEach(u -> out.add(u.source())));
        return out;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
    private VBox bar(LimitsViewModel.Bar b) {
        Pane track = new Pane();
        track.setPrefSize(BAR_W, 14);
        track.setMinSize(BAR_W, 14);
        track.setStyle("-fx-background-color: #eceff1;");
        double w = Math.min(b.share(), SCALE_MAX) / SCALE_MAX * BAR_W;
        Rectangle fill = new Rectangle(0, 0, Math.max(w, b.used() > 0 ? 2 : 0), 14);
        fill.setStyle("-fx-fill: " + (b.broken() ? "#d32f2f" : b.share() > 0.8 ? "#f9a825" : "#43a047") + ";");
        double at = BAR_W / SCALE_MAX;
        Line limit = new Line(at, -2, at, 16);
        limit.setStyle("-fx-stroke: #263238; -fx-stroke-width: 1.5;");
        track.getChildren().addAll(fill, limit);
        Label value = new Label(b.used() + " / " + b.max() + (b.broken() ? "  broken" : ""));
        value.setStyle("-fx-font-size: 10px;" + (b.broken() ? " -fx-text-fill: #c62828;" : ""));
        VBox box = new VBox(1, track, value);
        if (b.spentMost() != null) {
            box.getChildren().add(LineSpendLink.of(b.spentMost(), onOpen));
        }
        return box;
    }

    /** Every run of the operation's own triggers in order, within its chunk; a line where a new chunk begins. */
    private VBox chunks(LimitsRun run) {
        VBox out = new VBox(6);
        run.samples().stream().filter(s -> s.depth() == 0).map(ChunkSample::operation).distinct().forEach(op -> {
            List<ChunkSample> s = run.samples().stream().filter(x -> x.depth() == 0 && x.operation() == op).toList();
            Label name = new Label("op #" + op + " " + s.getFirst().op() + " " + s.getFirst().object() + " · "
                    + s.getFirst().chunks() + (s.getFirst().chunks() > 1 ? " chunks" : " chunk"));
            name.setMinWidth(230);
            out.getChildren().add(new HBox(8, name, strip(s, run)));
        });
        return out;
    }

    private Pane strip(List<ChunkSample> samples, LimitsRun run) {
        int chunks = samples.getFirst().chunks();
        double segment = Math.max(24, Math.min(160, 640.0 / chunks));
        double h = 34;
        long max = Math.max(1, Math.max(run.limits().maxQueries(), samples.stream().mapToLong(ChunkSample::queries).max().orElse(1)));
        Pane p = new Pane();
        p.setPrefSize(chunks * segment + 2, h + 12);
        p.setMinSize(chunks * segment + 2, h + 12);
        p.setStyle("-fx-background-color: #fafafa; -fx-border-color: #cfd8dc;");
        for (int c = 1; c <= chunks; c++) {
            int chunk = c;
            List<ChunkSample> in = samples.stream().filter(s -> s.chunk() == chunk).toList();
            double x0 = (c - 1) * segment;
            if (in.isEmpty()) {
                Rectangle none = new Rectangle(x0 + 1, 1, segment - 2, h + 10);
                none.setStyle("-fx-fill: #e0e0e0;");
                p.getChildren().add(none);
            }
            double step = (segment - 4) / Math.max(1, in.size());
            for (int i = 0; i < in.size(); i++) {
                ChunkSample s = in.get(i);
                double bh = Math.max(1, s.queries() / (double) max * h);
                Rectangle r = new Rectangle(x0 + 2 + i * step, h - bh + 6, Math.max(1.5, step - 1), bh);
                r.setStyle("-fx-fill: " + ("failed".equals(s.status()) ? "#d32f2f" : "#5c6bc0") + ";");
                p.getChildren().add(r);
            }
            if (c > 1) {
                Line edge = new Line(x0, 0, x0, h + 12);
                edge.setStyle("-fx-stroke: #ef6c00; -fx-stroke-width: 1.5; -fx-stroke-dash-array: 3 2;");
                p.getChildren().add(edge);
            }
        }
        return p;
    }
}
