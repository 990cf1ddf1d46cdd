package dev.triggerstudio.engine;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import java.util.List;
import java.util.Map;

/**
 * An Async trigger or automation queued by an operation; runs after return_response in its own
 * transaction. Exactly one of trigger and automation is set.
 */
record AsyncJob(int operationIndex, TriggerDef trigger, AutomationDef automation, Event event, ObjectDef object,
                User user, List<Map<String, Object>> records, List<Map<String, Object>> olds) {

    String source() {
        return trigger != null ? trigger.source() : automation.source();
    }
}
