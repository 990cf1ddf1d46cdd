package dev.triggerstudio.ui.automation;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.LocatedJson;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.ui.common.Command;
import dev.triggerstudio.ui.runwhen.FieldChoice;
import dev.triggerstudio.ui.runwhen.RunWhenViewModel;
import dev.triggerstudio.ui.trigger.EventPhrases;
import dev.triggerstudio.ui.workspace.EditedDocument;
import dev.triggerstudio.ui.workspace.ProjectFiles;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A no-code Record Trigger Automation: timing, events, the Run When builder and the actions. */
public final class AutomationEditorViewModel extends EditedDocument {
    private final Workspace workspace;
    private final ObjectProperty<Timing> timing = new SimpleObjectProperty<>();
    private final Map<Event, BooleanProperty> events = new EnumMap<>(Event.class);
    private final StringProperty order = new SimpleStringProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final StringProperty description = new SimpleStringProperty();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList(ActionRow::observables);
    private final RunWhenViewModel runWhen;
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private AutomationDef saved;

    public AutomationEditorViewModel(Workspace workspace, AutomationDef def) {
        this.workspace = workspace;
        Project p = workspace.project();
        ObjectDef object = p == null ? null : p.objects().get(def.object());
        runWhen = new RunWhenViewModel(FieldChoice.of(object), def.runWhen(), history());
        for (Event e : Event.values()) {
            events.put(e, new SimpleBooleanProperty());
        }
        reset(def);
        List<Observable> all = new ArrayList<>(List.of(timing, order, active, description, actions,
                runWhen.revisionProperty()));
        all.addAll(events.values());
        all.forEach(o -> o.addListener(x -> changed()));
        changed();
    }

    private void reset(AutomationDef def) {
        saved = def;
        timing.set(def.timing());
        events.forEach((e, p) -> p.set(def.events().contains(e)));
        order.set(String.valueOf(def.order()));
        active.set(def.active());
        description.set(def.description());
        actions.setAll(def.actions().stream().map(ActionRow::new).toList());
    }

    private void changed() {
        dirty(!toDef().equals(saved));
        problems.set(String.join("\n", findProblems()));
    }

    public List<String> findProblems() {
        List<String> out = new ArrayList<>();
        if (!order.get().strip().matches("-?\\d{1,9}")) {
            out.add("Order must be a whole number, like 10");
        }
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i).toAction();
            boolean before = timing.get() == Timing.BEFORE;
            if (a.type() != null && a.type().isForBefore() != before) {
                out.add("Action " + (i + 1) + " (" + a.type().jsonName() + ") runs only " + (a.type().isForBefore()
                        ? "Before" : "After or Async") + "; change the timing or the action");
            }
        }
        runWhen.problemsProperty().get().lines().forEach(out::add);
        return out;
    }

    public AutomationDef toDef() {
        int ord;
        try {
            ord = Integer.parseInt(order.get().strip());
        } catch (NumberFormatException e) {
            ord = saved.order();
        }
        List<Event> chosen = new ArrayList<>();
        events.forEach((e, p) -> {
            if (p.get()) {
                chosen.add(e);
            }
        });
        String desc = description.get() == null || description.get().isEmpty() ? null : description.get();
        List<Event> events = java.util.Set.copyOf(chosen).equals(java.util.Set.copyOf(saved.events())) ? saved.events()
                : chosen;
        return new AutomationDef(saved.id(), saved.object(), timing.get(), events, ord, active.get(),
                runWhen.toRunWhen(), actions.stream().map(ActionRow::toAction).toList(), desc);
    }

    public void addAction(Action.Type type) {
        ActionRow row = new ActionRow(new Action(type, null, null, null, null, null, null, null));
        history().execute(new Command() {
            public void execute() {
                actions.add(row);
            }

            public void undo() {
                actions.remove(row);
            }

            public String description() {
                return "Add action " + type.jsonName();
            }
        });
    }

    public void removeAction(ActionRow row) {
        int index = actions.indexOf(row);
        if (index < 0) {
            return;
        }
        history().execute(new Command() {
            public void execute() {
                actions.remove(index);
            }

            public void undo() {
                actions.add(index, row);
            }

            public String description() {
                return "Remove action";
            }
        });
    }

    @Override
    public void save() throws IOException, SaveRefused {
        List<String> found = findProblems();
        if (!found.isEmpty()) {
            throw new SaveRefused(saved.id() + " was not saved: " + String.join("; ", found));
        }
        AutomationDef def = toDef();
        workspace.write(ProjectFiles.automation(def, workspace::readDisk));
        if (workspace.project() != null) {
            workspace.projectProperty().set(workspace.project().withAutomation(def));
        }
        saved = def;
        changed();
    }

    @Override
    public void reloadFromDisk() {
        workspace.readDisk(saved.path()).ifPresent(t -> {
            AutomationDef def = LocatedJson.parse(saved.path(), t).bind(AutomationDef.class);
            reset(def);
            runWhen.rows().setAll(def.runWhen().conditions().stream().map(dev.triggerstudio.ui.runwhen.ConditionRow::of)
                    .toList());
            runWhen.matchProperty().set(def.runWhen().match());
            history().clear();
            changed();
        });
    }

    public List<Event> allowedEvents() {
        return EventPhrases.allowed(timing.get());
    }

    public List<String> fieldNames() {
        return runWhen.fields().stream().map(FieldChoice::name).toList();
    }

    public List<String> objectNames() {
        Project p = workspace.project();
        return p == null ? List.of() : List.copyOf(p.objects().keySet());
    }

    @Override
    public String title() {
        return saved.id() + ".json";
    }

    @Override
    public List<String> files() {
        return List.of(saved.path());
    }


    public AutomationDef saved() {
        return saved;
    }

    public ObjectProperty<Timing> timingProperty() {
        return timing;
    }

    public BooleanProperty eventProperty(Event e) {
        return events.get(e);
    }

    public StringProperty orderProperty() {
        return order;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public RunWhenViewModel runWhen() {
        return runWhen;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
