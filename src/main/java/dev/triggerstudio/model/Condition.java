package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One Run When row: field, predicate, value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(String field, Predicate predicate, Object value) {
}
