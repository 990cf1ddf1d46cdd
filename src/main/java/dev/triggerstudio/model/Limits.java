package dev.triggerstudio.model;

import java.util.List;

/** Governor limits of a project (docs/architecture.md#contracts), after Salesforce's. */
public record Limits(Long triggerTimeoutMs, Long asyncTimeoutMs, Integer maxDepth, Integer maxQueries,
                     Integer maxDml, Integer maxDmlRows, Integer chunkSize, Long stanzaFuel) {

    /** The values a limit takes, inclusive; outside them a run fails every trigger or never stops. */
    public record Range(String name, long min, long max, String unit) {
        public boolean contains(long value) {
            return value >= min && value <= max;
        }
    }

    /** Each limit's range, as documented in docs/format.md. */
    public static final List<Range> RANGES = List.of(
            new Range("trigger_timeout_ms", 1, 600_000, "ms"),
            new Range("async_timeout_ms", 1, 3_600_000, "ms"),
            new Range("max_depth", 1, 100, "levels"),
            new Range("max_queries", 0, 100_000, "queries"),
            new Range("max_dml", 0, 100_000, "statements"),
            new Range("max_dml_rows", 0, 10_000_000, "rows"),
            new Range("chunk_size", 1, 10_000, "records"),
            new Range("stanza_fuel", 1, 1_000_000_000, "steps"));

    public static final Limits DEFAULTS = new Limits(10_000L, 60_000L, 16, 100, 150, 10_000, 200, 10_000L);

    /** The value of the limit named as in project.json ({@code trigger_timeout_ms}...). */
    public long value(String name) {
        return switch (name) {
            case "trigger_timeout_ms" -> triggerTimeoutMs;
            case "async_timeout_ms" -> asyncTimeoutMs;
            case "max_depth" -> maxDepth;
            case "max_queries" -> maxQueries;
            case "max_dml" -> maxDml;
            case "max_dml_rows" -> maxDmlRows;
            case "chunk_size" -> chunkSize;
            case "stanza_fuel" -> stanzaFuel;
            default -> throw new IllegalArgumentException("no limit " + name);
        };
    }

    /** Every absent value takes its default. */
    public Limits {
        triggerTimeoutMs = triggerTimeoutMs == null ? 10_000L : triggerTimeoutMs;
        asyncTimeoutMs = asyncTimeoutMs == null ? 60_000L : asyncTimeoutMs;
        maxDepth = maxDepth == null ? 16 : maxDepth;
        maxQueries = maxQueries == null ? 100 : maxQueries;
        maxDml = maxDml == null ? 150 : maxDml;
        maxDmlRows = maxDmlRows == null ? 10_000 : maxDmlRows;
        chunkSize = chunkSize == null ? 200 : chunkSize;
        stanzaFuel = stanzaFuel == null ? 10_000L : stanzaFuel;
    }
}
