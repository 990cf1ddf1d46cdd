package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code batches/<name>.json}: a user and a list of operations to replay. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Batch(String user, List<Operation> operations) {
    public Batch {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }
}
