package dev.triggerstudio.lang;

import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.List;
import java.util.Map;

/**
 * One run of a trigger over one chunk of an operation's records.
 *
 * @param trigger the definition
 * @param timing before, after or async
 * @param event create, update, delete or read (list is read)
 * @param user the operation's user as {@code {id, name, groups, admin}}
 * @param records the records that passed Run When, in order
 * @param timeoutMs wall-clock budget for this run (trigger_timeout_ms or async_timeout_ms)
 * @param fuel Stanza's fuel per record run (stanza_fuel)
 * @param chunk 1-based index of this chunk
 * @param chunks how many chunks the operation has
 */
public record Invocation(TriggerDef trigger, Timing timing, Event event, Map<String, Object> user,
                         List<RecordPair> records, long timeoutMs, long fuel, int chunk, int chunks) {
}
