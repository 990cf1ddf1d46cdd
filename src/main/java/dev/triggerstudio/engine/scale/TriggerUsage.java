package dev.triggerstudio.engine.scale;

/**
 * What one trigger or automation used over a run, for the limits chart. Totals add up every chunk
 * and operation; peaks are the most within one batch operation (queries, DML) or one run (time),
 * which is what the limits count (docs/architecture.md#the-lifecycle-pipeline: limits count over the whole operation).
 */
public record TriggerUsage(String source, int runs, long queries, long dml, long instructions, long durationUs,
                           long peakQueries, long peakDml, long peakInstructions, long peakDurationUs) {
}
