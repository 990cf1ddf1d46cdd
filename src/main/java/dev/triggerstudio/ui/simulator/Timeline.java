package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.StepCursor;
import dev.triggerstudio.ui.simulator.model.TraceText;
import java.util.function.IntConsumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The steps of the run across the top, in the order they ran, one small coloured cell each; the
 * current step is selected. A virtualised list, so 150 000 steps cost no more than 50.
 */
final class Timeline extends ListView<Position> {
    /** Wide enough for "automations" in the cell's small type: every label is whole words. */
    static final double CELL_WIDTH = 70;
    private boolean moving;

    Timeline() {
        setId("timeline");
        setOrientation(Orientation.HORIZONTAL);
        setFixedCellSize(CELL_WIDTH);
        // two lines of small type above the horizontal scroll bar a long run needs
        setPrefHeight(66);
        setMinHeight(66);
        setMaxHeight(66);
        getStyleClass().add("sim-timeline");
        setCellFactory(l -> new StepCell());
    }

    /** What the colours and the bold edge mean; the cells' full names are on hover. */
    static HBox legend() {
        HBox legend = new HBox(10);
        legend.setId("timelineLegend");
        legend.getStyleClass().add("sim-timeline-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (String status : java.util.List.of("ok", "skipped", "rejected", "failed")) {
            Label swatch = new Label(status);
            swatch.getStyleClass().addAll("legend-swatch", StatusIcons.styleClass(status));
            legend.getChildren().add(swatch);
        }
        Label start = new Label("#n");
        start.getStyleClass().addAll("legend-swatch", "op-start");
        Label startText = new Label("starts operation n of the batch");
        Label hover = new Label("· hover a step for its full name and place; click it to go there");
        hover.getStyleClass().add("text-muted");
        legend.getChildren().addAll(start, startText, hover);
        return legend;
    }

    void show(StepCursor cursor) {
        getItems().setAll(cursor.positions()); // a copy: the cursor's list is not the control's to change
    }

    void onPick(IntConsumer action) {
        getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!moving && now.intValue() >= 0) {
                action.accept(now.intValue());
            }
        });
    }

    void moveTo(int index) {
        moving = true;
        try {
            if (index < 0) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(index);
                scrollTo(Math.max(0, index - 10));
            }
        } finally {
            moving = false;
        }
    }

    /** The cell's text: the step's readable name; an operation's first cell also says which operation it starts. */
    static String code(Position p) {
        String label = StepLabels.cell(p.step().step());
        return startsOperation(p) ? (p.op().isAsync() ? "Async job" : "#" + p.op().index()) + "\n" + label : label;
    }

    private static boolean startsOperation(Position p) {
        return p.ancestors().isEmpty() && !p.op().steps().isEmpty() && p.op().steps().getFirst() == p.step();
    }

    /** The hover text: the full step name, its status, and where it sits (operation › step › trigger). */
    static String tooltip(Position p) {
        String name = StepLabels.full(p.step().step());
        String who = TraceText.label(p.step()).equals(p.step().step()) ? "" : " " + TraceText.label(p.step());
        return name + who + " — " + p.step().status() + "\n" + p.path();
    }

    private static final class StepCell extends ListCell<Position> {
        private final Tooltip tip = new Tooltip();

        @Override
        protected void updateItem(Position p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-") || s.equals("op-start"));
            if (empty || p == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(code(p));
            getStyleClass().add(StatusIcons.styleClass(p.step().status()));
            if (startsOperation(p)) {
                getStyleClass().add("op-start");
            }
            tip.setText(tooltip(p));
            setTooltip(tip);
        }
    }
}
