package dev.triggerstudio.engine;

import dev.triggerstudio.lang.ScriptException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers integration and task calls from {@code mocks/integrations.json}:
 * {@code {"salesforce": {"query": [{"args": [...], "result": ...}, {"result": ...}]},
 * "google": {...}, "functions": {"name": result}, "workflows": {"id": result}}}. A method's
 * value may be a list of {args, result} entries (first whose args match, else one without args),
 * an object with "result", or the answer itself.
 */
final class Mocks {
    private final Map<String, Object> raw;

    Mocks(Map<String, Object> raw) {
        this.raw = raw == null ? Map.of() : raw;
    }

    Object answer(String service, String method, List<Object> args) {
        Object forService = raw.get(service);
        Object forMethod = forService instanceof Map<?, ?> m ? m.get(method) : null;
        if (forMethod == null) {
            throw ScriptException.failed("no mock for " + service + "." + method + ": add \"" + service + "\": {\""
                    + method + "\": {\"result\": ...}} to mocks/integrations.json", null, 0);
        }
        if (forMethod instanceof List<?> entries && entries.stream().allMatch(e -> e instanceof Map<?, ?> em && em.containsKey("result"))) {
            return pick(service, method, entries, args);
        }
        if (forMethod instanceof Map<?, ?> m && m.containsKey("result")) {
            return m.get("result");
        }
        return forMethod;
    }

    private static Object pick(String service, String method, List<?> entries, List<Object> args) {
        Object fallback = null;
        boolean hasFallback = false;
        for (Object e : entries) {
            Map<?, ?> entry = (Map<?, ?>) e;
            if (!entry.containsKey("args")) {
                if (!hasFallback) {
                    fallback = entry.get("result");
                    hasFallback = true;
                }
            } else if (Objects.equals(String.valueOf(entry.get("args")), String.valueOf(args))) {
                return entry.get("result");
            }
        }
        if (hasFallback) {
            return fallback;
        }
        throw ScriptException.failed("no mock for " + service + "." + method + " with args " + args
                + ": add an entry {\"args\": " + args + ", \"result\": ...} to mocks/integrations.json", null, 0);
    }

    /** A task's mocked answer, or null: tasks are recorded whether mocked or not. */
    Object task(String kind, String name) {
        Object forKind = raw.get(kind);
        return forKind instanceof Map<?, ?> m ? m.get(name) : null;
    }
}
