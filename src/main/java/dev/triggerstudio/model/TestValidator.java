package dev.triggerstudio.model;

import java.util.ArrayList;
import java.util.List;

/** Checks a test file against the project: its batch (by name or inline) and its expectations. */
final class TestValidator {
    private TestValidator() {
    }

    static List<Diagnostic> validate(Project project, LocatedJson f, TestSpec t) {
        List<Diagnostic> out = new ArrayList<>();
        if (t.batch() == null && t.operations() == null) {
            out.add(f.error("", "a test needs \"batch\" (a path such as batches/x.json) or inline \"operations\""));
        }
        // a named batch that is broken reports its own errors; the test just fails when run
        if (t.batch() != null && !project.batchFiles().contains(batchName(t.batch()))) {
            out.add(f.error("/batch", "no batch \"" + t.batch() + "\" in the project; expected one of "
                    + String.join(", ", project.batchNames())));
        }
        if (t.operations() != null) {
            out.addAll(new BatchValidator(project, f, "").validate(new Batch(t.user(), t.operations())));
        }
        if (t.expect() == null) {
            out.add(f.error("", "a test needs \"expect\""));
        }
        return out;
    }

    /** {@code batches/pay.json} or {@code pay} → {@code pay}. */
    static String batchName(String ref) {
        String n = ref.startsWith("batches/") ? ref.substring("batches/".length()) : ref;
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
