package dev.triggerstudio.engine.cascade;

import dev.triggerstudio.model.Action;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An automation writes through its {@code create_record} actions: a create of the named object.
 * The line is that of the action's {@code "object"} in the JSON file when the file can be read.
 */
final class AutomationWrites {
    private AutomationWrites() {
    }

    static ScanResult scan(AutomationDef a, Path root) {
        ScanResult out = ScanResult.empty();
        String text = read(root, a.path());
        int from = 0;
        for (Action action : a.actions()) {
            if (action.type() != Action.Type.CREATE_RECORD || action.object() == null) {
                continue;
            }
            int at = text.indexOf("\"" + action.object() + "\"", text.indexOf("create_record", from));
            int[] lc = lineColumn(text, at);
            from = Math.max(from, at + 1);
            out.writes().add(new Write(a.source(), action.object(), Event.CREATE, a.path(), lc[0], lc[1], "create_record"));
        }
        return out;
    }

    private static String read(Path root, String path) {
        try {
            return root == null ? "" : Files.readString(root.resolve(path));
        } catch (IOException e) {
            return "";
        }
    }

    static int[] lineColumn(String text, int offset) {
        if (offset < 0) {
            return new int[] {1, 1};
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
