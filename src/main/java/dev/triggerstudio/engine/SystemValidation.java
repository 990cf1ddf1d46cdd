package dev.triggerstudio.engine;

import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import java.util.Optional;

/**
 * The value checks of the {@code validate_system} step, for tools that want to know before a run
 * whether the run would refuse a value (the batch editor's Validate): the same code, so the two
 * never disagree.
 */
public final class SystemValidation {
    private SystemValidation() {
    }

    /** The message {@code validate_system} would reject this field's value with, or empty when it passes. */
    public static Optional<String> problem(ObjectDef object, Operation.Kind kind, String field, Object value) {
        try {
            ValidateSystem.check(object, kind, field, value);
            return Optional.empty();
        } catch (Refusal r) {
            return Optional.of(r.getMessage());
        }
    }
}
