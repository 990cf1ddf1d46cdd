package dev.triggerstudio.ui.insight;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The "Insight" perspective: cascade graph, limits chart, golden trace diff and Run When lens of
 * the open project, rebuilt whenever the project is loaded again. The work (the cascade analysis
 * and the lens's store copy when shown, runs of batches and tests) is its {@link InsightViewModel}'s,
 * done in the background; the tabs say "Analysing …" meanwhile.
 */
public final class InsightPanel extends TabPane implements AutoCloseable {
    private final ObservableValue<Project> project;
    private final InsightViewModel vm;
    private final CascadeGraphViewModel.Opener onOpen;
    private final CascadeGraphViewModel cascade;
    private final Tab limits = new Tab("Limits");
    private final Tab golden = new Tab("Golden traces");
    private final Tab lens = new Tab("Run When lens");
    private final CascadeGraphView graphView;
    private String lensChoice;
    private String goldenChoice;
    private String goldenNote;
    private boolean stale = true;

    public InsightPanel(ObservableValue<Project> project, ScriptRuntimes runtimes, TaskExecutor executor,
                        CascadeGraphViewModel.Opener onOpen) {
        this.project = project;
        this.vm = new InsightViewModel(runtimes, executor);
        this.onOpen = onOpen;
        this.cascade = new CascadeGraphViewModel(onOpen);
        setId("insight");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        this.graphView = new CascadeGraphView(cascade);
        getTabs().addAll(new Tab("Cascade graph", graphView), limits, golden, lens);
        // Built when shown, not on every load: the cascade analysis and the lens's store copy of a
        // large project would otherwise hold up the FX thread while the project opens.
        project.addListener((o, a, p) -> {
            stale = true;
            rebuildIfShown();
        });
        sceneProperty().addListener((o, a, scene) -> rebuildIfShown());
    }

    private void rebuildIfShown() {
        if (stale && getScene() != null) {
            stale = false;
            rebuild(project.getValue());
        }
    }

    /** True while the project's analysis runs in the background (the tabs say "Analysing …"). */
    public ReadOnlyBooleanProperty analysingProperty() {
        return vm.analysingProperty();
    }

    private void rebuild(Project p) {
        if (p == null) {
            return;
        }
        getTabs().forEach(t -> t.setContent(analysingLabel(p)));
        vm.analyse(p, a -> show(p, a));
    }

    private static Label analysingLabel(Project p) {
        Label l = new Label("Analysing " + p.name() + " …");
        l.getStyleClass().add("insight-analysing");
        l.setPadding(new Insets(12));
        return l;
    }

    /** On the FX thread: the analysis is done, the views are built from it. */
    private void show(Project p, InsightViewModel.Analysis a) {
        if (a.error() != null) {
            getTabs().forEach(t -> t.setContent(new Label("Cannot analyse " + p.name() + ": " + a.error())));
            return;
        }
        cascade.show(a.graph(), a.layout());
        getTabs().getFirst().setContent(graphView);
        limits.setContent(new LimitsView(vm.limits(p), onOpen));
        golden.setContent(goldenPane(p));
        lens.setContent(lensPane(p, a));
    }

    /**
     * Pick a test: record its golden trace (as ./studio test --record does), or run it and show the
     * golden and the new trace side by side. Both run in the background.
     */
    private BorderPane goldenPane(Project p) {
        ComboBox<String> tests = new ComboBox<>();
        tests.setId("insight-golden-test");
        tests.getItems().setAll(p.tests().keySet());
        if (goldenChoice != null && tests.getItems().contains(goldenChoice)) {
            tests.setValue(goldenChoice); // a recording changes tests/ and rebuilds this tab: the pick stays
        } else {
            tests.getItems().stream().filter(t -> vm.hasGolden(p, t)).findFirst().ifPresentOrElse(tests::setValue,
                    () -> tests.getSelectionModel().selectFirst());
        }
        Button run = new Button("Run and compare");
        run.setId("insight-golden-run");
        Button record = new Button("Record golden trace");
        record.setId("insight-golden-record");
        record.setTooltip(new javafx.scene.control.Tooltip("Run the test and keep its trace as tests/<name>.trace.json,"
                + " what later runs are compared with (./studio test --record does it for every test)"));
        Label status = new Label();
        status.setId("insight-golden-status");
        status.setWrapText(true);
        Runnable hint = () -> {
            boolean has = tests.getValue() != null && vm.hasGolden(p, tests.getValue());
            run.setDisable(!has);
            status.setText(tests.getItems().isEmpty() ? "No tests yet: add one to tests/" : has ? ""
                    : "No golden trace for " + tests.getValue() + " yet: record it");
        };
        tests.valueProperty().addListener(o -> {
            goldenChoice = tests.getValue();
            goldenNote = null;
            hint.run();
        });
        hint.run();
        if (goldenNote != null) {
            status.setText(goldenNote); // what the last recording said, across the rebuild it caused
        }
        BorderPane pane = new BorderPane();
        run.setOnAction(e -> {
            String test = tests.getValue();
            status.setText("running " + test + " …");
            run.setDisable(true);
            vm.compare(p, test, r -> {
                run.setDisable(false);
                if (r instanceof TraceDiffViewModel vm) {
                    status.setText("");
                    pane.setCenter(new TraceDiffView(vm, "tests/" + test + ".trace.json (golden)", "new run"));
                } else {
                    status.setText(String.valueOf(r));
                }
            });
        });
        record.setOnAction(e -> {
            String test = tests.getValue();
            if (test == null) {
                return;
            }
            status.setText("recording " + test + " …");
            record.setDisable(true);
            vm.record(p, test, message -> {
                record.setDisable(false);
                hint.run();
                goldenNote = message;
                status.setText(message);
            });
        });
        HBox bar = new HBox(8, new Label("Test"), tests, record, run, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        pane.setTop(bar);
        return pane;
    }

    /** Pick a trigger: how many stored records its Run When matches (the simulator's store, else the seed data). */
    private BorderPane lensPane(Project p, InsightViewModel.Analysis analysis) {
        RunWhenLensView view = new RunWhenLensView(vm.lens(p, analysis));
        ComboBox<String> triggers = new ComboBox<>();
        triggers.setId("insight-lens-trigger");
        triggers.getItems().setAll(p.triggers().keySet());
        triggers.valueProperty().addListener((o, a, id) -> {
            TriggerDef t = p.triggers().get(id);
            if (t != null) {
                lensChoice = id;
                view.show(t);
            }
        });
        // the project is read again after every save or change on disk: the lens keeps the user's pick
        if (lensChoice != null && p.triggers().containsKey(lensChoice)) {
            triggers.setValue(lensChoice);
        }
        HBox bar = new HBox(8, new Label("Trigger"), triggers);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(view);
        pane.setTop(bar);
        return pane;
    }

    @Override
    public void close() {
        vm.close();
    }
}
