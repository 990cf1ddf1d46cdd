package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A trigger definition, {@code triggers/<id>.json}. Its script sits beside it as
 * {@code triggers/<id>.<ext>}; {@link #scriptPath()} names it relative to the project.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "object", "language", "timing", "events", "order", "active", "skip_on_list", "owner",
        "actor", "run_when", "permissions", "description"})
public record TriggerDef(String id, String object, Language language, Timing timing, List<Event> events,
                         int order, boolean active, boolean skipOnList, String owner, String actor,
                         RunWhen runWhen, List<Grant> permissions, String description) {

    public static final String ACTOR_OWNER = "owner";
    public static final String ACTOR_CURRENT_USER = "current_user";

    public TriggerDef {
        events = events == null ? List.of() : List.copyOf(events);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        runWhen = runWhen == null ? RunWhen.ALWAYS : runWhen;
    }

    @JsonIgnore
    public String scriptPath() {
        return "triggers/" + id + "." + language.extension();
    }

    @JsonIgnore
    public String definitionPath() {
        return "triggers/" + id + ".json";
    }

    /** {@code owner} unless the definition says {@code current_user}. */
    @JsonIgnore
    public boolean actsAsCurrentUser() {
        return ACTOR_CURRENT_USER.equals(actor);
    }

    public boolean listensTo(Event concrete) {
        return Event.covers(events, concrete);
    }

    /** Source name used in traces and errors: {@code trigger:<id>}. */
    @JsonIgnore
    public String source() {
        return "trigger:" + id;
    }
}
