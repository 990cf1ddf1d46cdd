package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** Run When conditions of a trigger or automation; with no conditions it always runs. */
public record RunWhen(Match match, List<Condition> conditions) {
    public static final RunWhen ALWAYS = new RunWhen(Match.ALL, List.of());

    public RunWhen {
        match = match == null ? Match.ALL : match;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return conditions.isEmpty();
    }
}
