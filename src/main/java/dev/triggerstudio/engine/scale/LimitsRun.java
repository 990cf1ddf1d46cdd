package dev.triggerstudio.engine.scale;

import dev.triggerstudio.model.Limits;
import java.util.List;

/**
 * One run of a batch at one scale, read for the limits chart.
 *
 * @param scale the N of ×N
 * @param limits the project's limits the usage is drawn against
 * @param records how many records the scaled batch's operations carried
 * @param triggers usage per trigger or automation, in the order they first ran
 * @param samples every trigger or automation run, chunk by chunk, in the order they ran
 * @param firstBreak the first trigger to break a limit, or null when none did
 * @param committed operations that committed; failed and rejected likewise
 * @param lineSpend per trigger and limit, the line that spent most of it; empty when the run recorded no lines
 */
public record LimitsRun(int scale, Limits limits, int records, List<TriggerUsage> triggers, List<ChunkSample> samples,
                        LimitBreak firstBreak, int committed, int rejected, int failed, List<LineSpend> lineSpend) {

    public LimitsRun {
        triggers = List.copyOf(triggers);
        samples = List.copyOf(samples);
        lineSpend = List.copyOf(lineSpend);
    }

    /** The line of a trigger ({@code trigger:x}) that spent the most of a limit in this run, if lines were recorded. */
    public java.util.Optional<LineSpend> spentMost(String source, LimitKind kind) {
        return lineSpend.stream().filter(s -> s.source().equals(source) && s.limit() == kind).findFirst();
    }

    /** Where the chart draws chunk boundaries: for each operation that ran in chunks, how many. */
    public java.util.Map<Integer, Integer> chunksByOperation() {
        java.util.Map<Integer, Integer> out = new java.util.TreeMap<>();
        samples.stream().filter(s -> s.chunks() > 1 && s.depth() == 0).forEach(s -> out.merge(s.operation(), s.chunks(), Math::max));
        return out;
    }

    /** Usage of one limit as a share of it: peak / limit (1.0 or more means broken or at the edge). */
    public double share(TriggerUsage u, LimitKind kind) {
        long used = switch (kind) {
            case MAX_QUERIES -> u.peakQueries();
            case MAX_DML -> u.peakDml();
            case STANZA_FUEL -> u.peakInstructions();
            case TRIGGER_TIMEOUT_MS -> u.peakDurationUs() / 1000;
            default -> 0;
        };
        return (double) used / kind.of(limits);
    }
}
