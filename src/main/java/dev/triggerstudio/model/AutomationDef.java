package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A no-code Record Trigger Automation, {@code automations/<id>.json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutomationDef(String id, String object, Timing timing, List<Event> events, int order,
                            boolean active, RunWhen runWhen, List<Action> actions, String description) {

    public AutomationDef {
        events = events == null ? List.of() : List.copyOf(events);
        actions = actions == null ? List.of() : List.copyOf(actions);
        runWhen = runWhen == null ? RunWhen.ALWAYS : runWhen;
    }

    public boolean listensTo(Event concrete) {
        return Event.covers(events, concrete);
    }

    @JsonIgnore
    public String source() {
        return "automation:" + id;
    }

    @JsonIgnore
    public String path() {
        return "automations/" + id + ".json";
    }
}
