package dev.triggerstudio.cli;

import dev.triggerstudio.lang.python.PythonRuntime;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.BatchValidator;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.model.ProjectLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Loads what a command is given, turning every problem into a ProjectException with a position. */
final class ProjectInput {
    private ProjectInput() {
    }

    static Project project(Path root) {
        return ProjectLoader.load(root);
    }

    /**
     * GraalPy starts in seconds, on two cores that the run needs too: start it (overlapping
     * opening and seeding the store) only when the batch can reach a Python trigger. It cannot
     * when no object the batch names has a trigger or automation, as nothing else starts another
     * operation; if it can, or the project has Python triggers and the batch is unusual, start it.
     */
    static void warmUpPythonFor(Project project, Batch batch) {
        if (canReachPython(project, batch)) {
            PythonRuntime.warmUp();
        }
    }

    static boolean canReachPython(Project project, Batch batch) {
        boolean python = project.triggers().values().stream().anyMatch(t -> t.language() == Language.PYTHON);
        if (!python) {
            return false;
        }
        Set<String> objects = new HashSet<>();
        batch.operations().forEach(op -> objects.add(op.object()));
        return project.triggers().values().stream().anyMatch(t -> objects.contains(t.object()))
                || project.automations().values().stream().anyMatch(a -> objects.contains(a.object()));
    }

    /** A batch by path (relative to the working folder or the project) or by name in batches/. */
    static Batch batch(Project project, Path root, String given) {
        Path file = Path.of(given);
        if (!Files.isRegularFile(file)) {
            Path inProject = root.resolve(given);
            Path byName = root.resolve("batches").resolve(given.endsWith(".json") ? given : given + ".json");
            file = Files.isRegularFile(inProject) ? inProject : byName;
        }
        if (!Files.isRegularFile(file)) {
            throw new ProjectException(Diagnostic.error(given, 1, 1, "no batch file here; give a path or the name of a file in "
                    + root.resolve("batches")));
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return BatchValidator.readAndValidate(project, display(root, file), text);
        } catch (IOException e) {
            throw new ProjectException(Diagnostic.error(file.toString(), 1, 1, "cannot read: " + e.getMessage()));
        }
    }

    private static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString() : file.toString();
    }
}
