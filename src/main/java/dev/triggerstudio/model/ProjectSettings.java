package dev.triggerstudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code project.json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectSettings(String name, Integer format, String defaultUser, String clock, Long seed,
                              String defaultCountry, Limits limits) {
    public static final int FORMAT = 1;
    public static final String DEFAULT_CLOCK = "2026-01-01T00:00:00Z";

    public String effectiveClock() {
        return clock == null ? DEFAULT_CLOCK : clock;
    }

    public long effectiveSeed() {
        return seed == null ? 0L : seed;
    }

    public String effectiveCountry() {
        return defaultCountry == null ? "US" : defaultCountry;
    }

    public Limits effectiveLimits() {
        return limits == null ? Limits.DEFAULTS : limits;
    }
}
