package dev.triggerstudio.model;

/** Governor limits of a project (docs/architecture.md#contracts), after Salesforce's. */
public record Limits(Long triggerTimeoutMs, Long asyncTimeoutMs, Integer maxDepth, Integer maxQueries,
                     Integer maxDml, Integer maxDmlRows, Integer chunkSize, Long stanzaFuel) {

    public static final Limits DEFAULTS = new Limits(10_000L, 60_000L, 16, 100, 150, 10_000, 200, 10_000L);

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
