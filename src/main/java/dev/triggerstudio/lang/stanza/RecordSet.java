package dev.triggerstudio.lang.stanza;

import java.util.List;
import java.util.Map;

/** The value of {@code records.<def>.withAll(...)} or {@code .withAny(...)}: the matching records. */
public record RecordSet(String definition, List<Map<String, Object>> records) {

    public RecordSet {
        records = List.copyOf(records);
    }
}
