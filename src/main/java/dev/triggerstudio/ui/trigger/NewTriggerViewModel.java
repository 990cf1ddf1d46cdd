package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The New Trigger dialog: a unique ID, a record type, a language and a timing. */
public final class NewTriggerViewModel {
    /** A new trigger and the script it starts with. */
    public record Created(TriggerDef def, String script) {
    }

    private final Set<String> takenIds;
    private final List<String> objects;
    private final String owner;
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty object = new SimpleStringProperty();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.PYTHON);
    private final ObjectProperty<Timing> timing = new SimpleObjectProperty<>(Timing.BEFORE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    public NewTriggerViewModel(Collection<String> takenIds, List<String> objects, String owner) {
        this.takenIds = Set.copyOf(takenIds);
        this.objects = List.copyOf(objects);
        this.owner = owner;
        object.set(objects.isEmpty() ? null : objects.getFirst());
        id.addListener(o -> validate());
        object.addListener(o -> validate());
        validate();
    }

    private void validate() {
        problem.set(findProblem().orElse(""));
    }

    private Optional<String> findProblem() {
        String v = id.get() == null ? "" : id.get().strip();
        if (v.isEmpty()) {
            return Optional.of("Trigger ID is required");
        }
        if (!v.matches("[a-z][a-z0-9_]*")) {
            return Optional.of("Use lower-case letters, digits and _ (starting with a letter): it names the files");
        }
        if (takenIds.contains(v)) {
            return Optional.of("A trigger with ID " + v + " already exists; IDs are unique");
        }
        if (object.get() == null) {
            return Optional.of(objects.isEmpty() ? "Add an object first: a trigger runs on a record type"
                    : "Choose a record type");
        }
        return Optional.empty();
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /** The definition and its template script; empty when the input is not valid yet. */
    public Optional<Created> create() {
        if (!isValid()) {
            return Optional.empty();
        }
        Timing t = timing.get();
        List<Event> events = t == Timing.NEVER ? List.of() : List.of(Event.CREATE, Event.UPDATE);
        TriggerDef def = new TriggerDef(id.get().strip(), object.get(), language.get(), t, events, 10, true, false,
                owner, TriggerDef.ACTOR_OWNER, RunWhen.ALWAYS, List.of(), null);
        return Optional.of(new Created(def, TriggerTemplates.text(language.get(), t, object.get(), events)));
    }

    public List<String> objects() {
        return objects;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty objectProperty() {
        return object;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Timing> timingProperty() {
        return timing;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
