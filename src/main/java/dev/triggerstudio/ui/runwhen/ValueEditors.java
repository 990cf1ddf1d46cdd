package dev.triggerstudio.ui.runwhen;

import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Predicate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;

/** The value editor that fits a field's type and predicate; each commits whole values. */
final class ValueEditors {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private ValueEditors() {
    }

    static Node create(FieldChoice field, Predicate predicate, Object value, Consumer<Object> commitValue,
                       Consumer<String> commitText, Function<String, Optional<String>> check) {
        if (predicate == null || !predicate.takesValue()) {
            Label none = new Label("no value needed");
            none.getStyleClass().add("text-muted");
            return none;
        }
        if (field.type() == FieldType.PICKLIST && predicate.takesList()) {
            return picklistMany(field, value, commitValue);
        }
        if (field.type() == FieldType.PICKLIST) {
            return choice(field.values(), value, commitValue);
        }
        if (field.type() == FieldType.BOOLEAN) {
            return choice(List.of(Boolean.TRUE, Boolean.FALSE), value, commitValue);
        }
        if (field.type() == FieldType.DATE && !predicate.takesList()) {
            return date(value, commitValue);
        }
        return text(field, predicate, value, commitText, check);
    }

    private static Node text(FieldChoice field, Predicate predicate, Object value, Consumer<String> commit,
                             Function<String, Optional<String>> check) {
        TextField t = new TextField(ConditionValues.format(value));
        t.getStyleClass().add("condition-value");
        t.setPrefColumnCount(10);
        t.setPromptText(prompt(field, predicate));
        checkAsTyped(t, check);
        t.setOnAction(e -> commit.accept(t.getText()));
        t.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.accept(t.getText());
            }
        });
        return t;
    }

    private static String prompt(FieldChoice field, Predicate predicate) {
        if (predicate.takesList()) {
            return "a, b, c";
        }
        return switch (field.type()) {
            case NUMBER -> "number";
            case INTEGER -> "whole number";
            case DATETIME -> "2026-01-31T09:30:00Z";
            case DATE -> "2026-01-31";
            default -> "value";
        };
    }

    /** Marks a value that does not fit the field while it is typed, and says why on hover, before it is committed. */
    private static void checkAsTyped(TextField t, Function<String, Optional<String>> check) {
        Tooltip tip = new Tooltip();
        Runnable show = () -> {
            Optional<String> problem = check.apply(t.getText());
            t.pseudoClassStateChanged(INVALID, problem.isPresent());
            tip.setText(problem.orElse(""));
            t.setTooltip(problem.isPresent() ? tip : null);
        };
        t.textProperty().addListener(o -> show.run());
        show.run();
    }

    private static <T> Node choice(List<T> options, Object value, Consumer<Object> commit) {
        ComboBox<Object> c = new ComboBox<>();
        c.getItems().addAll(options);
        c.getStyleClass().add("condition-value");
        c.setPrefWidth(130);
        c.setValue(value);
        c.valueProperty().addListener((o, a, b) -> commit.accept(b));
        return c;
    }

    private static Node date(Object value, Consumer<Object> commit) {
        DatePicker d = new DatePicker();
        d.getStyleClass().add("condition-value");
        d.setPrefWidth(140);
        try {
            d.setValue(value == null ? null : LocalDate.parse(String.valueOf(value)));
        } catch (DateTimeParseException e) {
            d.getEditor().setText(String.valueOf(value));
        }
        d.valueProperty().addListener((o, a, b) -> commit.accept(b == null ? null : b.toString()));
        return d;
    }

    private static Node picklistMany(FieldChoice field, Object value, Consumer<Object> commit) {
        List<?> chosen = value instanceof List<?> l ? l : List.of();
        MenuButton m = new MenuButton(chosen.isEmpty() ? "Choose values" : ConditionValues.format(chosen));
        m.getStyleClass().add("condition-value");
        m.setPrefWidth(150);
        for (String v : field.values()) {
            CheckMenuItem item = new CheckMenuItem(v);
            item.setSelected(chosen.contains(v));
            item.selectedProperty().addListener((o, a, b) -> {
                List<Object> next = new ArrayList<>();
                m.getItems().forEach(i -> {
                    if (((CheckMenuItem) i).isSelected()) {
                        next.add(i.getText());
                    }
                });
                commit.accept(next);
            });
            m.getItems().add(item);
        }
        return m;
    }
}
