package dev.triggerstudio.trace.golden;

/**
 * One behavioural difference between a golden trace and a new one.
 *
 * @param operation label of the operation: {@code op #2 update invoice} or {@code async trigger:x (from op #1)}
 * @param step the step path inside it ({@code before_triggers}, {@code after_triggers > trigger:x}), or null for the operation itself
 * @param record the record id, or null when the difference is not about a record
 * @param field the field or attribute that differs ({@code total}, {@code status}, {@code error.message}, {@code log}), or null for a whole step or operation
 * @param before the golden value (null when added)
 * @param after the new value (null when removed)
 * @param goldenPointer JSON pointer of the differing node in the golden trace, or null when absent there
 * @param actualPointer JSON pointer of the differing node in the new trace, or null when absent there
 */
public record Difference(Kind kind, int index, String operation, String step, String record, String field, String before,
                         String after, String goldenPointer, String actualPointer) {

    public enum Kind { CHANGED, ADDED, REMOVED }

    /** {@code op #2 update invoice, step before_triggers, record inv-0001: total 300.0 → 310.0}. */
    public String describe() {
        StringBuilder b = new StringBuilder(operation);
        if (step != null) {
            b.append(", step ").append(step);
        }
        if (record != null) {
            b.append(", record ").append(record);
        }
        b.append(": ");
        String what = field == null ? "" : field + " ";
        return b.append(switch (kind) {
            case CHANGED -> what + before + " → " + after;
            case ADDED -> what + "new: " + after;
            case REMOVED -> what + "gone (was " + before + ")";
        }).toString();
    }
}
