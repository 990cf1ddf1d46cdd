package dev.triggerstudio.engine.scale;

/**
 * One run of one trigger or automation on one chunk, read from the trace: what the limits chart
 * plots. {@code queries} and {@code dml} count everything the run caused, nested operations included.
 *
 * @param operation 0-based index of the batch operation
 * @param chunk 1-based chunk of the operation's records; chunks is how many there were (1 when not chunked)
 * @param depth 0 for the batch operation's own triggers, more for those of nested operations
 * @param status ok, skipped, rejected or failed
 */
public record ChunkSample(int operation, String op, String object, String source, int depth, int chunk, int chunks,
                          int queries, int dml, long instructions, long durationUs, String status) {
}
