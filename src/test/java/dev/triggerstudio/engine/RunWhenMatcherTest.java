package dev.triggerstudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.RunWhen;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunWhenMatcherTest {
    private static final Map<String, Object> RECORD = Map.of("status", "Draft", "total", 1500.0, "name", "Acme Corp",
            "account", Map.of("id", "acc-1", "name", "Acme"), "empty", "");
    private static final Map<String, Object> OLD = Map.of("status", "Sent", "total", 1500.0);

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            status  | equals           | Draft      | true
            status  | equals           | draft      | false
            total   | equals           | 1500       | true
            account | equals           | acc-1      | true
            account | equals           | Acme       | true
            status  | not_equals       | Paid       | true
            name    | contains         | acme       | true
            name    | not_contains     | Globex     | true
            name    | starts_with      | Acme       | true
            name    | ends_with        | corp       | true
            total   | greater_than     | 1000       | true
            total   | greater_than     | 1500       | false
            total   | greater_or_equal | 1500       | true
            total   | less_than        | 1500       | false
            total   | less_or_equal    | 1500       | true
            empty   | is_empty         |            | true
            missing | is_empty         |            | true
            status  | is_not_empty     |            | true
            status  | in               | Draft,Sent | true
            status  | not_in           | Draft,Sent | false
            status  | changed          |            | true
            total   | changed          |            | false
            missing | greater_than     | 1          | false
            """)
    void evaluatesEachPredicate(String field, String predicate, String value, boolean expected) {
        Predicate p = Predicate.valueOf(predicate.toUpperCase());
        Object v = p.takesList() ? Arrays.asList(value.split(",")) : value;
        assertThat(RunWhenMatcher.test(new Condition(field, p, v), RECORD, OLD)).isEqualTo(expected);
    }

    @Test
    void changedIsFalseWithoutAnOldRecord() {
        assertThat(RunWhenMatcher.test(new Condition("status", Predicate.CHANGED, null), RECORD, null)).isFalse();
    }

    @Test
    void allNeedsEveryConditionAndAnyNeedsOne() {
        List<Condition> conds = List.of(new Condition("status", Predicate.EQUALS, "Draft"),
                new Condition("total", Predicate.LESS_THAN, 10));
        assertThat(RunWhenMatcher.matches(new RunWhen(Match.ALL, conds), RECORD, null)).isFalse();
        assertThat(RunWhenMatcher.matches(new RunWhen(Match.ANY, conds), RECORD, null)).isTrue();
        assertThat(RunWhenMatcher.matches(RunWhen.ALWAYS, RECORD, null)).isTrue();
    }
}
