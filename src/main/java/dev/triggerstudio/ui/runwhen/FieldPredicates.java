package dev.triggerstudio.ui.runwhen;

import static dev.triggerstudio.model.Predicate.CHANGED;
import static dev.triggerstudio.model.Predicate.CONTAINS;
import static dev.triggerstudio.model.Predicate.ENDS_WITH;
import static dev.triggerstudio.model.Predicate.EQUALS;
import static dev.triggerstudio.model.Predicate.GREATER_OR_EQUAL;
import static dev.triggerstudio.model.Predicate.GREATER_THAN;
import static dev.triggerstudio.model.Predicate.IN;
import static dev.triggerstudio.model.Predicate.IS_EMPTY;
import static dev.triggerstudio.model.Predicate.IS_NOT_EMPTY;
import static dev.triggerstudio.model.Predicate.LESS_OR_EQUAL;
import static dev.triggerstudio.model.Predicate.LESS_THAN;
import static dev.triggerstudio.model.Predicate.NOT_CONTAINS;
import static dev.triggerstudio.model.Predicate.NOT_EQUALS;
import static dev.triggerstudio.model.Predicate.NOT_IN;
import static dev.triggerstudio.model.Predicate.STARTS_WITH;

import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Predicate;
import java.util.List;

/** Which predicates fit a field type: ordering for numbers and dates, text matching for text. */
public final class FieldPredicates {
    private FieldPredicates() {
    }

    public static List<Predicate> fitting(FieldType type) {
        return switch (type) {
            case TEXT, TEXTAREA, PHONE, EMAIL, URL -> List.of(EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS, STARTS_WITH,
                    ENDS_WITH, IS_EMPTY, IS_NOT_EMPTY, IN, NOT_IN, CHANGED);
            case NUMBER, INTEGER, DATE, DATETIME -> List.of(EQUALS, NOT_EQUALS, GREATER_THAN, GREATER_OR_EQUAL,
                    LESS_THAN, LESS_OR_EQUAL, IS_EMPTY, IS_NOT_EMPTY, IN, NOT_IN, CHANGED);
            case PICKLIST, LOOKUP -> List.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY, CHANGED);
            case BOOLEAN -> List.of(EQUALS, NOT_EQUALS, CHANGED);
            case ADDRESS, JSON -> List.of(IS_EMPTY, IS_NOT_EMPTY, CHANGED);
        };
    }
}
