package dev.triggerstudio.ui.insight;

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
        setCenter(new ScrollPane(body));
        vm.selectedProperty().addListener((o, a, run) -> draw(run));
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
        body.getChildren().addAll(heading(run), breakLink(run.firstBreak()), bars(run), new Label("Chunks (queries per run, by operation)"),
                chunks(run));
    }

    private Label heading(LimitsRun run) {
        Label l = new Label("×" + run.scale() + ": " + run.records() + " records; " + run.committed() + " committed, "
                + run.rejected() + " rejected, " + run.failed() + " failed");
        l.setStyle("-fx-font-weight: bold;");
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
        link.setStyle("-fx-text-fill: #c62828;");
        link.setOnAction(e -> {
            if (b.path() != null) {
                onOpen.open(b.path(), b.line() == null ? 1 : b.line());
            }
        });
        return link;
    }

    private GridPane bars(LimitsRun run) {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        g.add(new Label("trigger"), 0, 0);
        for (int k = 0; k < LimitsViewModel.CHARTED.size(); k++) {
            var kind = LimitsViewModel.CHARTED.get(k);
            g.add(new Label(kind.jsonName() + " (" + kind.of(run.limits()) + ")"), k + 1, 0);
        }
        List<LimitsViewModel.Bar> bars = LimitsViewModel.bars(run);
        int per = LimitsViewModel.CHARTED.size();
        for (int i = 0; i < bars.size(); i++) {
            LimitsViewModel.Bar b = bars.get(i);
            if (i % per == 0) {
                g.add(new Label(b.source()), 0, 1 + i / per);
            }
            g.add(bar(b), 1 + i % per, 1 + i / per);
        }
        return g;
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
        return new VBox(1, track, value);
    }

    /** Every run of the operation's own triggers in order, with a line where a new chunk begins. */
    private VBox chunks(LimitsRun run) {
        VBox out = new VBox(6);
        run.samples().stream().filter(s -> s.depth() == 0).map(ChunkSample::operation).distinct().forEach(op -> {
            List<ChunkSample> s = run.samples().stream().filter(x -> x.depth() == 0 && x.operation() == op).toList();
            out.getChildren().add(new HBox(8, new Label("op #" + op + " " + s.getFirst().op() + " " + s.getFirst().object()
                    + (s.getFirst().chunks() > 1 ? " · " + s.getFirst().chunks() + " chunks" : " · 1 chunk")), strip(s, run)));
        });
        return out;
    }

    private Pane strip(List<ChunkSample> samples, LimitsRun run) {
        double step = Math.max(3, Math.min(18, 520.0 / samples.size()));
        double h = 34;
        long max = Math.max(1, Math.max(run.limits().maxQueries(), samples.stream().mapToLong(ChunkSample::queries).max().orElse(1)));
        Pane p = new Pane();
        p.setPrefSize(samples.size() * step + 4, h + 12);
        p.setStyle("-fx-background-color: #fafafa; -fx-border-color: #cfd8dc;");
        for (int i = 0; i < samples.size(); i++) {
            ChunkSample s = samples.get(i);
            double bh = Math.max(1, s.queries() / (double) max * h);
            Rectangle r = new Rectangle(2 + i * step, h - bh + 6, Math.max(2, step - 2), bh);
            r.setStyle("-fx-fill: " + ("failed".equals(s.status()) ? "#d32f2f" : "#5c6bc0") + ";");
            p.getChildren().add(r);
            if (i > 0 && samples.get(i - 1).chunk() != s.chunk()) {
                Line edge = new Line(1 + i * step, 0, 1 + i * step, h + 12);
                edge.setStyle("-fx-stroke: #ef6c00; -fx-stroke-dash-array: 3 2;");
                p.getChildren().add(edge);
            }
        }
        return p;
    }
}
