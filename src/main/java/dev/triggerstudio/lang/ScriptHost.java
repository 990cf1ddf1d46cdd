package dev.triggerstudio.lang;

import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import java.util.List;
import java.util.Map;

/**
 * What a running trigger may do, implemented by the engine for one invocation. Reads go through
 * the store with the trigger actor's permissions; writes run nested operations through the whole
 * lifecycle. Every method counts against the operation's limits and appears in the trace.
 * Methods throw {@link ScriptException} (REJECTED or FAILED) when a nested operation is refused
 * or a limit is exceeded.
 */
public interface ScriptHost {

    Project project();

    /** An object definition, or null when the project has none of that name. */
    ObjectDef objectDef(String apiName);

    /** A record the actor may see (fields it may not read left out), or null. Counts as a query. */
    Map<String, Object> loadRecord(String object, String id);

    /** Whether the record exists and the actor may see it. Counts as a query. */
    boolean existsRecord(String object, String id);

    /**
     * Every record of an object the actor may see, in id order, for Stanza's withAll/withAny.
     * Counts as one query; callers charge fuel per record they look at.
     */
    Iterable<Map<String, Object>> scan(String object);

    /** A read-only SQL query with the actor's permissions; one map per row. Counts as a query. */
    List<Map<String, Object>> querySql(String sql, boolean bypassCache);

    /** Nested create; returns the saved records. */
    List<Map<String, Object>> create(String object, List<Map<String, Object>> records);

    /** Nested update (each record needs its id); returns the saved records. */
    List<Map<String, Object>> update(String object, List<Map<String, Object>> records);

    /** Nested delete; returns the deleted records. */
    List<Map<String, Object>> delete(String object, List<String> ids);

    /** A log line in the trace; level is info, warning or error. */
    void log(String level, String message);

    /**
     * Marks the operation rejected without stopping the script (Lua's rejectTransaction).
     * The engine rolls the operation back once the trigger returns.
     */
    void reject(String message, int line);

    /** {@code config/*.json} values by api_name, or null when absent. */
    Map<String, Object> config(String apiName);

    /** Writes notifications to the outbox; returns what was stored. */
    List<Map<String, Object>> notify(List<Map<String, Object>> notifications);

    /** Marks outbox notifications matching any filter read; returns how many. */
    int markRead(List<Map<String, Object>> filters);

    /**
     * An integration call answered from {@code mocks/integrations.json}; an unmocked call throws
     * FAILED naming the missing mock. service is {@code salesforce} or {@code google}.
     */
    Object integration(String service, String method, List<Object> args);

    /** {@code tasks.run_function}: recorded in the outbox, answered from mocks (null when unmocked). */
    Object runFunction(String name, Map<String, Object> kwargs);

    /** {@code tasks.run_workflow}: recorded in the outbox, answered from mocks (null when unmocked). */
    Object runWorkflow(String workflowId, Object data);

    /** E.164 form of a phone number with the project's default country, or the input when invalid. */
    String formatPhone(String phone);

    /**
     * Where the runtime reports each line it runs, or null when lines are not recorded (the
     * default: runtimes then install no hook and pay nothing).
     */
    default LineRecorder lines() {
        return null;
    }
}
