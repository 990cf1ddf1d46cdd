package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** Turns how a Python run ended into the ScriptException the engine expects. */
final class Outcome {
    private Outcome() {
    }

    /**
     * A run that returned something other than ok: HTTPException rejects with its detail, an
     * uncaught platform error is thrown again as it was, anything else fails at the traceback's
     * line in the trigger's file (the traceback itself goes to the trace log).
     */
    static void raise(JsonNode result, String path, HostBridge bridge, ScriptHost host) {
        int line = result.path("line").asInt(0);
        String message = result.path("message").asText();
        switch (result.path("status").asText()) {
            case "rejected" -> throw ScriptException.rejected(message, path, line);
            case "platform" -> throw bridge.error(result.path("ref").asInt());
            default -> {
                String traceback = result.path("traceback").asText("");
                if (!traceback.isBlank() && host != null) {
                    host.log("error", traceback.stripTrailing());
                }
                throw failed(message, path, line);
            }
        }
    }

    /** Python did not return: the watchdog stopped it, or the interpreter itself broke. */
    static ScriptException stopped(PolyglotException e, Watchdog.Reason reason, long timeoutMs, String path,
                                   HostBridge bridge, int stoppedAt) {
        int line = stoppedAt > 0 ? stoppedAt : lineIn(e, path);
        if (reason == Watchdog.Reason.TIMEOUT) {
            return failed("the Python trigger ran longer than " + timeoutMs
                    + " ms and was stopped (trigger_timeout_ms in project.json); look for a loop that never ends", path, line);
        }
        if (reason == Watchdog.Reason.MEMORY) {
            return failed("the Python trigger was stopped because the heap stayed above "
                    + Math.round(Watchdog.HEAP_FRACTION * 100) + "% after garbage collection; it holds too much data", path, line);
        }
        if (e.isHostException() && e.asHostException() instanceof ScriptException se) {
            return se;
        }
        if (e.isResourceExhausted()) {
            return failed("the Python trigger ran out of memory or stack: " + e.getMessage(), path, line);
        }
        if (e.isCancelled() && bridge.lastError() instanceof ScriptException nested) {
            return nested; // a nested trigger was stopped and took the shared context with it
        }
        if (e.isCancelled()) {
            return failed("the Python trigger was cancelled", path, line);
        }
        if (e.isInternalError()) {
            return failed(SandboxWords.refusal(e.getMessage()), path, line);
        }
        return failed("GraalPy failed while running the trigger: "
                + SandboxWords.withoutJavaClasses(e.getMessage()), path, line);
    }

    /**
     * A failure names where it happened first, as Lua's and Stanza's do ({@code path:line: ...}),
     * so the one line a user sees says which file to open.
     */
    static ScriptException failed(String message, String path, int line) {
        String at = line > 0 ? path + ":" + line + ": " : path + ": ";
        return ScriptException.failed(message.startsWith(path + ":") ? message : at + message, path, line);
    }

    private static int lineIn(PolyglotException e, String path) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            if (frame.isGuestFrame() && at != null && path.equals(at.getSource().getName())) {
                return at.getStartLine();
            }
        }
        return 0;
    }
}
