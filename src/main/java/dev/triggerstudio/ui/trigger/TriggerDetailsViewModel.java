package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A trigger's details as Gospel's form shows them. The ID, record type and language are fixed
 * once created (the ID names the files; the other two would invalidate the script and the Run
 * When rows), so they are shown, not edited.
 */
public final class TriggerDetailsViewModel {
    private TriggerDef base;
    private final ObjectProperty<Timing> timing = new SimpleObjectProperty<>();
    private final Map<Event, BooleanProperty> events = new EnumMap<>(Event.class);
    private final StringProperty order = new SimpleStringProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty skipOnList = new SimpleBooleanProperty();
    private final StringProperty owner = new SimpleStringProperty();
    private final StringProperty actor = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final IntegerProperty revision = new SimpleIntegerProperty();

    public TriggerDetailsViewModel(TriggerDef def) {
        for (Event e : Event.values()) {
            events.put(e, new SimpleBooleanProperty());
        }
        reset(def);
        List<Observable> all = new ArrayList<>(List.of(timing, order, active, skipOnList, owner, actor, description));
        all.addAll(events.values());
        all.forEach(o -> o.addListener(x -> changed()));
        changed();
    }

    public void reset(TriggerDef def) {
        base = def;
        timing.set(def.timing() == null ? Timing.BEFORE : def.timing());
        events.forEach((e, p) -> p.set(def.events().contains(e)));
        order.set(String.valueOf(def.order()));
        active.set(def.active());
        skipOnList.set(def.skipOnList());
        owner.set(def.owner());
        actor.set(def.actor() == null ? TriggerDef.ACTOR_OWNER : def.actor());
        description.set(def.description());
    }

    private void changed() {
        summary.set(EventPhrases.summary(timing.get(), selectedEvents()));
        problem.set(findProblem().orElse(""));
        revision.set(revision.get() + 1);
    }

    private Optional<String> findProblem() {
        if (!order.get().strip().matches("-?\\d{1,9}")) {
            return Optional.of("Order must be a whole number, like 10");
        }
        if (timing.get() != Timing.NEVER && selectedEvents().isEmpty()) {
            return Optional.of("Choose at least one event, or set the timing to Never");
        }
        if (timing.get() != Timing.BEFORE && events.get(Event.READ).get()) {
            return Optional.of("Reads can only run Before; untick \"read\" or choose Before");
        }
        return Optional.empty();
    }

    public List<Event> selectedEvents() {
        List<Event> out = new ArrayList<>();
        events.forEach((e, p) -> {
            if (p.get()) {
                out.add(e);
            }
        });
        return out;
    }

    /** The definition as edited, with the builder's conditions and the panel's grants. */
    public TriggerDef toDef(RunWhen runWhen, List<Grant> grants) {
        int ord = problem.get().startsWith("Order") ? base.order() : Integer.parseInt(order.get().strip());
        String desc = description.get() == null || description.get().isEmpty() ? null : description.get();
        List<Event> chosen = selectedEvents();
        // keep the file's own order of events and its absent actor when they mean the same
        if (java.util.Set.copyOf(chosen).equals(java.util.Set.copyOf(base.events()))) {
            chosen = base.events();
        }
        String act = base.actor() == null && TriggerDef.ACTOR_OWNER.equals(actor.get()) ? null : actor.get();
        return new TriggerDef(base.id(), base.object(), base.language(), timing.get(), chosen, ord,
                active.get(), skipOnList.get(), blankToNull(owner.get()), act, runWhen, grants, desc);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public TriggerDef base() {
        return base;
    }

    public ObjectProperty<Timing> timingProperty() {
        return timing;
    }

    public BooleanProperty eventProperty(Event event) {
        return events.get(event);
    }

    public StringProperty orderProperty() {
        return order;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public BooleanProperty skipOnListProperty() {
        return skipOnList;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }
}
