package dev.triggerstudio.trace;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every kind of trace node, and the only place their names are spelled. The lifecycle steps come
 * first, in the order a create, update or delete meets them (see
 * docs/architecture.md#the-lifecycle-pipeline); then the nodes that hang inside them. The JSON name is the enum's name in
 * lower case, so {@code --trace} and {@code --json} keep the names of the contract.
 */
public enum StepName {
    INITIALIZE,
    FETCH_OLD_DATA,
    CHECK_PERMISSIONS,
    VALIDATE_SYSTEM,
    HYDRATE,
    MERGE_DATA,
    RESOLVE_LOOKUPS,
    FORMAT_FIELDS,
    FETCH_RECORDS,
    BEFORE_TRIGGERS,
    BEFORE_AUTOMATIONS,
    DATABASE_INSERT,
    DATABASE_UPDATE,
    DATABASE_DELETE,
    AFTER_TRIGGERS,
    AFTER_AUTOMATIONS,
    POST_PROCESS,
    QUEUE_ASYNC,
    RETURN_RESPONSE,
    /** One trigger's run on one chunk, a child of before_triggers or after_triggers. */
    TRIGGER,
    /** One automation's run, a child of before_automations or after_automations. */
    AUTOMATION,
    /** A nested operation, a child of the trigger or automation node that started it. */
    OPERATION,
    /** The holder of an async job's run. */
    ASYNC;

    private static final Map<String, StepName> BY_JSON =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(StepName::jsonName, Function.identity()));

    private final String jsonName = name().toLowerCase(Locale.ROOT);

    /** The name in the trace, e.g. {@code before_triggers}. */
    public String jsonName() {
        return jsonName;
    }

    /** The step a trace file names, or empty for a name this version does not know. */
    public static Optional<StepName> of(String jsonName) {
        return Optional.ofNullable(jsonName == null ? null : BY_JSON.get(jsonName));
    }

    /** Whether name is this step's trace name; null and unknown names are never. */
    public boolean is(String name) {
        return jsonName.equals(name);
    }

    /** A trigger or automation run: the nodes that run user code. */
    public boolean isRun() {
        return this == TRIGGER || this == AUTOMATION;
    }

    /** The three database steps, the only ones that change the store. */
    public boolean isDatabaseWrite() {
        return this == DATABASE_INSERT || this == DATABASE_UPDATE || this == DATABASE_DELETE;
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
