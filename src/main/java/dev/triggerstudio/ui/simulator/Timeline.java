package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.ui.simulator.model.Position;
import dev.triggerstudio.ui.simulator.model.StepCursor;
import java.util.Map;
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
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("initialize", "ini"), Map.entry("check_permissions", "prm"), Map.entry("validate_system", "val"),
            Map.entry("hydrate", "hyd"), Map.entry("fetch_old_data", "old"), Map.entry("merge_data", "mrg"),
            Map.entry("resolve_lookups", "lkp"), Map.entry("format_fields", "fmt"), Map.entry("before_triggers", "BT"),
            Map.entry("before_automations", "BA"), Map.entry("database_insert", "INS"),
            Map.entry("database_update", "UPD"), Map.entry("database_delete", "DEL"), Map.entry("after_triggers", "AT"),
            Map.entry("after_automations", "AA"), Map.entry("post_process", "pst"), Map.entry("queue_async", "q"),
            Map.entry("return_response", "ret"), Map.entry("fetch_records", "get"), Map.entry("trigger", "t"),
            Map.entry("automation", "a"), Map.entry("operation", "op"));
    private boolean moving;

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
        String c = CODES.getOrDefault(p.step().step(), p.step().step());
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
