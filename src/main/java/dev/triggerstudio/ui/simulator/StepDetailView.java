package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.trace.LogLine;
import dev.triggerstudio.trace.OperationTrace;
import dev.triggerstudio.trace.RecordChange;
import dev.triggerstudio.trace.TraceError;
import dev.triggerstudio.trace.TraceNode;
import dev.triggerstudio.ui.common.FullText;
import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.ui.debugger.WrittenBy;
import dev.triggerstudio.ui.simulator.model.DiffRow;
import dev.triggerstudio.ui.simulator.model.LimitUsage;
import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.RecordDiff;
import dev.triggerstudio.ui.simulator.model.ScriptLink;
import dev.triggerstudio.ui.simulator.model.StoreAsOf;
import dev.triggerstudio.ui.simulator.model.TraceText;
import dev.triggerstudio.ui.simulator.model.Values;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What a selected step did: its status, limits and detail; the error with a link to the script
 * line; the records before and after it side by side, changed cells highlighted; its logs.
 */
final class StepDetailView extends VBox {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private final Supplier<Project> project;
    private final Label title = new Label("Run a batch (F5), then step through it with F10 / Shift+F10");
    private final Label summary = new Label();
    private final Label errorMessage = new Label();
    private final Hyperlink errorLink = new Hyperlink();
    // the message on its own full-width line: a wrapped label beside a link in an HBox was cut
    // to one line ("expected a whole numbe…") with room to spare below
    private final VBox errorBox = new VBox(4, errorMessage, errorLink);
    private final Label recordsNote = new Label();
    private final ListView<RecordChange> records = new ListView<>();
    private final TableView<DiffRow> diff = new TableView<>();
    private final ListView<LogLine> logs = new ListView<>();
    private ObjectDef object;
    private Consumer<ScriptLink> openScript = link -> { };
    private java.util.function.BiFunction<TraceNode, String, java.util.Map<String, WrittenBy.Writer>> writtenBy = (s, id) -> java.util.Map.of();
    private java.util.function.BiConsumer<WrittenBy.Writer, String> openWriter = (w, id) -> { };
    private java.util.Map<String, WrittenBy.Writer> writers = java.util.Map.of();
    private TraceNode shown;
    private RecordChange shownChange;

    StepDetailView(Supplier<Project> project) {
        this.project = project;
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("sim-detail");
        title.setId("stepTitle");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        // wrapped labels in the detail pane keep every line: they were cut to one ("… › …") with room below
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FullText.follow(title);
        summary.setId("stepSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FullText.follow(summary);
        errorMessage.setId("errorMessage");
        errorMessage.setWrapText(true);
        errorMessage.getStyleClass().add("sim-error");
        errorLink.setId("errorLink");
        errorLink.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        errorMessage.setMaxWidth(Double.MAX_VALUE);
        errorMessage.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FullText.follow(errorMessage);
        errorBox.getStyleClass().add("sim-error-box");
        errorBox.setPadding(new Insets(6));
        records.setId("recordList");
        records.setPrefWidth(200);
        records.setCellFactory(l -> new ChangeCell());
        records.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showDiff(now));
        buildDiffTable();
        logs.setId("logList");
        logs.setPrefHeight(110);
        logs.setCellFactory(l -> new LogCell());
        logs.setPlaceholder(new Label("No logs, SQL, notifications or integration calls at this step"));
        SplitPane split = new SplitPane(records, diff);
        split.setDividerPositions(0.28);
        SplitPane vertical = new SplitPane(split, logs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.78);
        VBox.setVgrow(vertical, Priority.ALWAYS);
        getChildren().addAll(title, summary, errorBox, recordsNote, vertical);
        showError(null);
    }

    void onOpenScript(Consumer<ScriptLink> action) {
        this.openScript = action;
    }

    /** Where the "Written by" column learns which trigger line wrote a field, and what a click on it does. */
    void writtenBy(java.util.function.BiFunction<TraceNode, String, java.util.Map<String, WrittenBy.Writer>> lookup,
                   java.util.function.BiConsumer<WrittenBy.Writer, String> open) {
        this.writtenBy = lookup;
        this.openWriter = open;
    }

    void clear() {
        title.setText("Run a batch (F5), then step through it with F10 / Shift+F10");
        summary.setText("");
        showError(null);
        showRecords(List.of(), "", null);
        logs.getItems().clear();
    }

    void show(Position p, Limits limits) {
        TraceNode s = p.step();
        shown = s;
        title.setText(p.path());
        String used = LimitUsage.text(s, limits);
        summary.setText(s.status() + " · " + String.format("%.2f ms", s.durationUs() / 1000.0)
                + (used.isEmpty() ? "" : " · " + used) + (s.detail() == null ? "" : "\n" + s.detail()));
        showError(s.error() != null ? s.error() : errorOf(p));
        TraceNode parent = p.parent();
        if (s.records().isEmpty() && parent != null && !parent.records().isEmpty()) {
            showRecords(parent.records(), "Records of " + TraceText.label(parent) + " (this step reports none of its own)", p);
        } else {
            showRecords(s.records(), s.records().isEmpty() ? "This step changed no records" : "", p);
        }
        logs.getItems().setAll(s.logs()); // a copy: a finished node's lists are read-only
    }

    void show(OperationTrace op) {
        shown = null;
        title.setText(TraceText.title(op));
        summary.setText(op.status() + " · " + Plural.of(op.steps().size(), "step"));
        showError(op.error());
        object = project.get() == null ? null : project.get().objects().get(op.object());
        List<RecordChange> returned = op.records().stream()
                .map(r -> new RecordChange(String.valueOf(r.get("id")), null, r)).toList();
        setRecords(returned, returned.isEmpty() ? "No records returned" : "Records returned");
        logs.getItems().clear();
    }

    /** A trigger's own node has no error when its parent step carries it; show the step's. */
    private static TraceError errorOf(Position p) {
        return "rejected".equals(p.step().status()) || "failed".equals(p.step().status())
                ? p.ancestors().stream().map(TraceNode::error).filter(e -> e != null).reduce((a, b) -> b).orElse(null)
                : null;
    }

    private void showRecords(List<RecordChange> changes, String note, Position p) {
        Project pr = project.get();
        object = pr == null || p == null ? null : pr.objects().get(StoreAsOf.objectOf(p));
        setRecords(changes, note);
    }

    private void setRecords(List<RecordChange> changes, String note) {
        recordsNote.setText(note);
        records.getItems().setAll(changes); // a copy, as above
        if (!changes.isEmpty()) {
            RecordChange firstChanged = changes.stream().filter(c -> RecordDiff.changedCount(c) > 0).findFirst()
                    .orElse(changes.getFirst());
            records.getSelectionModel().select(firstChanged);
        } else {
            diff.getItems().clear();
        }
    }

    private void showDiff(RecordChange c) {
        shownChange = c;
        writers = c == null || shown == null || c.id() == null ? java.util.Map.of() : writtenBy.apply(shown, c.id());
        diff.getItems().setAll(c == null ? List.of() : RecordDiff.rows(c, object));
    }

    private void showError(TraceError e) {
        errorBox.setVisible(e != null);
        errorBox.setManaged(e != null);
        if (e == null) {
            return;
        }
        errorMessage.setText(e.message() + (e.step() == null ? "" : " (at " + e.step() + ")"));
        var link = ScriptLink.of(e, project.get());
        errorLink.setVisible(link.isPresent());
        link.ifPresent(l -> {
            errorLink.setText(l.label());
            errorLink.setOnAction(a -> openScript.accept(l));
        });
    }

    private void buildDiffTable() {
        diff.setId("diffTable");
        diff.getStyleClass().add("sim-diff");
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        diff.getColumns().add(column("Field", DiffRow::field, 130));
        diff.getColumns().add(column("Before", r -> Values.show(r.before()), 220));
        TableColumn<DiffRow, String> after = column("After", r -> Values.show(r.after()), 220);
        after.setCellFactory(c -> new AfterCell());
        diff.getColumns().add(after);
        TableColumn<DiffRow, DiffRow> by = new TableColumn<>("Written by");
        by.setPrefWidth(150);
        by.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(d.getValue()));
        by.setCellFactory(c -> new WriterCell());
        diff.getColumns().add(by);
        diff.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DiffRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(CHANGED, !empty && row != null && row.changed());
            }
        });
        diff.setPlaceholder(new Label("No record selected"));
    }

    private static TableColumn<DiffRow, String> column(String name, java.util.function.Function<DiffRow, String> f,
                                                       double width) {
        TableColumn<DiffRow, String> col = new TableColumn<>(name);
        col.setPrefWidth(width);
        col.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        col.setCellFactory(FullText.tableCells());
        return col;
    }

    /** The after cell of a changed field carries its own highlight ("changed-cell"). */
    static final class AfterCell extends TableCell<DiffRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            FullText.show(this, empty ? null : text);
            DiffRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().remove("changed-cell");
            if (row != null && row.changed()) {
                getStyleClass().add("changed-cell");
            }
        }
    }

    /** The trigger line that wrote a changed field: a link that opens that moment in the debugger. */
    private final class WriterCell extends TableCell<DiffRow, DiffRow> {
        @Override
        protected void updateItem(DiffRow row, boolean empty) {
            super.updateItem(row, empty);
            WrittenBy.Writer w = empty || row == null ? null : writers.get(row.field());
            if (w == null) {
                setGraphic(null);
                return;
            }
            Hyperlink link = new Hyperlink(w.label());
            link.getStyleClass().add("written-by");
            link.setTooltip(new javafx.scene.control.Tooltip("Written by " + w.trigger() + " at line " + w.line()
                    + "; click to debug that moment"));
            String id = shownChange == null ? null : shownChange.id();
            link.setOnAction(e -> openWriter.accept(w, id));
            setGraphic(link);
        }
    }

    private static final class ChangeCell extends ListCell<RecordChange> {
        @Override
        protected void updateItem(RecordChange c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            int n = RecordDiff.changedCount(c);
            String id = c.id() == null ? "(no id yet)" : c.id().length() > 9 ? c.id().substring(0, 8) + "…" : c.id();
            FullText.show(this, id + (n == 0 ? "" : "  " + n + " changed"));
            getTooltip().setText((c.id() == null ? "(no id yet)" : c.id()) + (n == 0 ? "" : " · " + n + " changed"));
        }
    }

    private static final class LogCell extends ListCell<LogLine> {
        @Override
        protected void updateItem(LogLine l, boolean empty) {
            super.updateItem(l, empty);
            FullText.show(this, empty || l == null ? null : l.level() + ": " + l.message());
        }
    }
}
