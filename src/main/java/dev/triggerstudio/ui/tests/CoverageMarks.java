package dev.triggerstudio.ui.tests;

import dev.triggerstudio.engine.coverage.ScriptCoverage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The coverage of a project's last test run in the IDE, by script path, shared by the Tests view
 * that publishes it and every editor that marks its lines. One instance per project folder, as
 * breakpoints are; kept in memory only (the LCOV file is what {@code ./studio test --coverage} is for).
 */
public final class CoverageMarks {
    private static final Map<Path, CoverageMarks> OPEN = new ConcurrentHashMap<>();
    private volatile Map<String, ScriptCoverage> byPath = Map.of();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    CoverageMarks() {
    }

    public static CoverageMarks of(Path root) {
        return OPEN.computeIfAbsent(root.toAbsolutePath().normalize(), k -> new CoverageMarks());
    }

    /** Called after every publish, on the thread that published (the FX thread in the IDE). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Replaces the coverage with a new run's. */
    public void publish(List<ScriptCoverage> scripts) {
        Map<String, ScriptCoverage> next = new LinkedHashMap<>();
        scripts.forEach(s -> next.put(s.path(), s));
        byPath = Map.copyOf(next);
        listeners.forEach(Runnable::run);
    }

    /** The last run's coverage of a script (path relative to the project), if a run counted it. */
    public Optional<ScriptCoverage> of(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
