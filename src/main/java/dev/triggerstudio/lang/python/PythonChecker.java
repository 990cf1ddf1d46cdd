package dev.triggerstudio.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.model.Diagnostic;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * Compile-only checks of trigger files. Python's {@code compile()} and {@code ast.parse} run in
 * their own locked-down context that never executes the checked text, so {@code ./studio check}
 * and the editors are safe on any file.
 */
final class PythonChecker {
    private static Context context;
    private static Value driver;
    private static Value recordFields;

    private PythonChecker() {
    }

    /** Called once by the warm-up thread: this first context pays GraalPy's start-up. */
    static synchronized void warm(Engine engine) {
        if (context == null) {
            context = PythonEngine.newContext(engine, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            driver = PythonEngine.boot(context, null);
            driver.invokeMember("check", "async def execute(context):\n    pass\n", "<warm-up>");
        }
    }

    static List<Diagnostic> check(String path, String text, PythonEngine.WaitClock wait) {
        Engine engine = PythonEngine.await(wait);
        String json;
        synchronized (PythonChecker.class) {
            warm(engine);
            json = driver.invokeMember("check", text, path).asString();
        }
        return diagnostics(path, PyJson.tree(json));
    }

    /**
     * The record fields a trigger can reach when it only ever names them by constant keys, and
     * whether it can see the record ids (see record_fields.py); {@link ChunkCodec.Reach#EVERYTHING}
     * when it may reach anything. Found in this context, which parses but never runs the text.
     */
    static ChunkCodec.Reach reach(String path, String text, PythonEngine.WaitClock wait) {
        Engine engine = PythonEngine.await(wait);
        String json;
        synchronized (PythonChecker.class) {
            warm(engine);
            if (recordFields == null) {
                recordFields = context.eval(PythonEngine.source("record_fields.py", "<record-fields>"))
                        .execute(driver.getMember("ast"));
            }
            json = recordFields.execute(text, path).asString();
        }
        JsonNode found = PyJson.tree(json);
        if (!found.path("fields").isArray()) {
            return ChunkCodec.Reach.EVERYTHING;
        }
        Set<String> fields = new HashSet<>();
        found.path("fields").forEach(f -> fields.add(f.asText()));
        return new ChunkCodec.Reach(Set.copyOf(fields), found.path("ids").asBoolean(true));
    }

    private static List<Diagnostic> diagnostics(String path, JsonNode found) {
        List<Diagnostic> out = new ArrayList<>();
        for (JsonNode d : found) {
            int line = d.path("line").asInt(1);
            int column = d.path("column").asInt(1);
            String message = d.path("message").asText();
            out.add("warning".equals(d.path("severity").asText())
                    ? Diagnostic.warning(path, line, column, message)
                    : Diagnostic.error(path, line, column, message));
        }
        return out;
    }
}
