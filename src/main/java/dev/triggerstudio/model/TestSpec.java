package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** {@code tests/<name>.json}: a batch (by path or inline) and what should come of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestSpec(String batch, String user, List<Operation> operations, Expect expect) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Expect(List<OperationExpect> operations, List<QueryExpect> queries) {
        public Expect {
            operations = operations == null ? List.of() : List.copyOf(operations);
            queries = queries == null ? List.of() : List.copyOf(queries);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OperationExpect(String status, String messageContains) {
    }

    public record QueryExpect(String sql, List<Map<String, Object>> rows) {
    }
}
