package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.engine.cascade.CascadeAnalyzer;
import dev.triggerstudio.engine.cascade.CascadeGraph;
import dev.triggerstudio.engine.golden.GoldenTests;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * the open project, rebuilt whenever the project is loaded again. Slow work (the cascade analysis
 * and the lens's store copy when shown, runs of batches and tests) goes through the executor,
 * never on the FX thread; the tabs say "Analysing …" meanwhile.
 */
public final class InsightPanel extends TabPane implements AutoCloseable {
    private final ObservableValue<Project> project;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final CascadeGraphViewModel.Opener onOpen;
    private final CascadeGraphViewModel cascade;
    private final Tab limits = new Tab("Limits");
    private final Tab golden = new Tab("Golden traces");
    private final Tab lens = new Tab("Run When lens");
    private final CascadeGraphView graphView;
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(false);
    private Store lensStore;
    private String lensChoice;
    private String goldenChoice;
    private String goldenNote;
    private boolean stale = true;
    private boolean closed;
    private long generation; // an analysis of an older project arriving late is dropped

    public InsightPanel(ObservableValue<Project> project, ScriptRuntimes runtimes, TaskExecutor executor,
                        CascadeGraphViewModel.Opener onOpen) {
        this.project = project;
        this.runtimes = runtimes;
        this.executor = executor;
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
        return analysing.getReadOnlyProperty();
    }

    private void rebuild(Project p) {
        if (p == null) {
            return;
        }
        long mine = ++generation;
        analysing.set(true);
        getTabs().forEach(t -> t.setContent(analysingLabel(p)));
        executor.submit(() -> Analysis.of(p, InsightPanel::snapshotOf), a -> {
            if (mine != generation || closed) {
                a.close(); // a newer load (or closing) overtook it
                return;
            }
            show(p, a);
        });
    }

    private static Label analysingLabel(Project p) {
        Label l = new Label("Analysing " + p.name() + " …");
        l.getStyleClass().add("insight-analysing");
        l.setPadding(new Insets(12));
        return l;
    }

    /** On the FX thread: the analysis is done, the views are built from it. */
    private void show(Project p, Analysis a) {
        analysing.set(false);
        if (a.error() != null) {
            getTabs().forEach(t -> t.setContent(new Label("Cannot analyse " + p.name() + ": " + a.error())));
            return;
        }
        cascade.show(a.graph(), a.layout());
        getTabs().getFirst().setContent(graphView);
        limits.setContent(new LimitsView(new LimitsViewModel(p, runtimes, executor), onOpen));
        golden.setContent(goldenPane(p));
        lens.setContent(lensPane(p, a.store()));
    }

    private static Store snapshotOf(Project p) {
        Path db = p.root() == null ? null : p.root().resolve(".studio").resolve("store.db");
        return snapshot(p, db != null && Files.exists(db) ? db : null);
    }

    /** What the views need that is slow to work out for a large project; made on a worker thread. */
    private record Analysis(CascadeGraph graph, CascadeLayout layout, Store store, String error) {
        static Analysis of(Project p, java.util.function.Function<Project, Store> snapshot) {
            try {
                CascadeGraph g = CascadeAnalyzer.analyze(p);
                return new Analysis(g, CascadeLayout.of(g), snapshot.apply(p), null);
            } catch (RuntimeException e) {
                String m = e.getMessage();
                return new Analysis(null, null, null, m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(""));
            }
        }

        void close() {
            if (store != null) {
                store.close();
            }
        }
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
            tests.getItems().stream().filter(t -> hasGolden(p, t)).findFirst().ifPresentOrElse(tests::setValue,
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
            boolean has = tests.getValue() != null && hasGolden(p, tests.getValue());
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
            executor.submit(() -> diff(p, test), r -> {
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
            executor.submit(() -> GoldenRecorder.record(p, test, runtimes), message -> {
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

    private static boolean hasGolden(Project p, String test) {
        Path f = GoldenTests.file(p, test);
        return f != null && Files.isRegularFile(f);
    }

    private Object diff(Project p, String test) {
        try {
            return TraceDiffViewModel.ofTest(p, test, runtimes);
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /** Pick a trigger: how many stored records its Run When matches (the simulator's store, else the seed data). */
    private BorderPane lensPane(Project p, Store store) {
        closeStore();
        lensStore = store;
        RunWhenLensView view = new RunWhenLensView(new RunWhenLensViewModel(p, lensStore, runtimes, executor));
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

    /**
     * An in-memory copy of the simulator's store (or of the seed data): the lens must never hold
     * the simulator's SQLite file open while a run writes to it.
     */
    static Store snapshot(Project p, Path db) {
        if (db == null) {
            return Simulator.openStore(p, null, false);
        }
        try (Store file = Simulator.openStore(p, db, false)) {
            Store copy = Store.inMemory();
            copy.createSchema(p.objects().values());
            java.util.Map<String, java.util.List<java.util.Map<String, Object>>> rows = new java.util.LinkedHashMap<>();
            p.objects().values().forEach(o -> rows.put(o.apiName(), file.all(o)));
            copy.seed(rows);
            copy.commit();
            return copy;
        }
    }

    private void closeStore() {
        if (lensStore != null) {
            lensStore.close();
            lensStore = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        closeStore();
    }
}
