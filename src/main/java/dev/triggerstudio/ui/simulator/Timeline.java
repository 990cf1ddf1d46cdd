package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.trace.StepName;
import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.StepCursor;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;

/**
 * The steps of the run across the top, in the order they ran, one small coloured cell each; the
 * current step is selected. A virtualised list, so 150 000 steps cost no more than 50.
 */
final class Timeline extends ListView<Position> {
    private boolean moving;

    /** Three letters or fewer per step: lower case for system steps, capitals where user code runs. */
    private static String letters(StepName step) {
        return switch (step) {
            case INITIALIZE -> "ini";
            case FETCH_OLD_DATA -> "old";
            case CHECK_PERMISSIONS -> "prm";
            case VALIDATE_SYSTEM -> "val";
            case HYDRATE -> "hyd";
            case MERGE_DATA -> "mrg";
            case RESOLVE_LOOKUPS -> "lkp";
            case FORMAT_FIELDS -> "fmt";
            case FETCH_RECORDS -> "get";
            case BEFORE_TRIGGERS -> "BT";
            case BEFORE_AUTOMATIONS -> "BA";
            case DATABASE_INSERT -> "INS";
            case DATABASE_UPDATE -> "UPD";
            case DATABASE_DELETE -> "DEL";
            case AFTER_TRIGGERS -> "AT";
            case AFTER_AUTOMATIONS -> "AA";
            case POST_PROCESS -> "pst";
            case QUEUE_ASYNC -> "q";
            case RETURN_RESPONSE -> "ret";
            case TRIGGER -> "t";
            case AUTOMATION -> "a";
            case OPERATION -> "op";
            case ASYNC -> "async";
        };
    }

    Timeline() {
        setId("timeline");
        setOrientation(Orientation.HORIZONTAL);
        setFixedCellSize(36);
        setPrefHeight(44);
        setMinHeight(44);
        setMaxHeight(44);
        getStyleClass().add("sim-timeline");
        setCellFactory(l -> new StepCell());
    }

    void show(StepCursor cursor) {
        setItems(FXCollections.observableList(cursor.positions()));
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

    static String code(Position p) {
        String c = StepName.of(p.step().step()).map(Timeline::letters).orElse(p.step().step());
        boolean first = p.ancestors().isEmpty() && !p.op().steps().isEmpty() && p.op().steps().getFirst() == p.step();
        return first ? (p.op().isAsync() ? "job" : "#" + p.op().number()) : c;
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
            if (p.ancestors().isEmpty() && p.op().steps().getFirst() == p.step()) {
                getStyleClass().add("op-start");
            }
            tip.setText(p.path() + " — " + p.step().status());
            setTooltip(tip);
        }
    }
}
