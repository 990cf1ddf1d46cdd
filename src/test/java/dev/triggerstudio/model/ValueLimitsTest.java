package dev.triggerstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules behind validate_system's "never changed silently" (docs/reliability.md). */
class ValueLimitsTest {
    private static FieldDef field(String type) {
        return dev.triggerstudio.model.Json.MAPPER.convertValue(Map.of("name", "f", "type", type), FieldDef.class);
    }

    @Test
    void nanAndInfinitiesNeverFitANumberField() {
        assertThat(ValueLimits.problem(field("number"), Double.NaN)).startsWith("NaN (not a number) cannot be stored");
        assertThat(ValueLimits.problem(field("number"), Double.NEGATIVE_INFINITY)).contains("(negative) is beyond");
        assertThat(ValueLimits.problem(field("integer"), Double.NaN)).startsWith("NaN");
        assertThat(ValueLimits.problem(field("number"), 1.5e308)).isNull();
    }

    @Test
    void anIntegerFieldHoldsExactlyTheLongRange() {
        assertThat(ValueLimits.problem(field("integer"), Long.MAX_VALUE)).isNull();
        assertThat(ValueLimits.problem(field("integer"), BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)))
                .contains("beyond what an integer field holds");
        assertThat(ValueLimits.problem(field("integer"), 9.3e18)).contains("beyond");
    }

    @Test
    void surrogatePairsAreKeptAndLoneHalvesAreRefusedAnywhereInAValue() {
        assertThat(ValueLimits.problem(field("text"), "smile \uD83D\uDE00")).isNull();
        assertThat(ValueLimits.problem(field("text"), "end \uD83D")).contains("\\ud83d at character 5");
        assertThat(ValueLimits.problem(field("json"), Map.of("k", List.of("ok", "\uDE00")))).contains("\\ude00");
        assertThat(ValueLimits.problem(field("json"), Map.of("k", List.of(Double.NaN)))).startsWith("NaN");
    }

    @Test
    void textUpToTheLimitFitsAndOneCharacterMoreDoesNot() {
        assertThat(ValueLimits.problem(field("text"), "x".repeat(ValueLimits.MAX_TEXT))).isNull();
        assertThat(ValueLimits.problem(field("text"), "x".repeat(ValueLimits.MAX_TEXT + 1))).contains("over the limit");
    }
}
