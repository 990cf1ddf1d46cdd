package dev.triggerstudio.ui.debugger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A project's breakpoints, kept in {@code .studio/breakpoints.json}: beside the simulator's store,
 * outside what a bundle exports, so they stay on this machine. One instance per project folder, so
 * a breakpoint set in the Author editor is the one the debugger stops at.
 */
public final class Breakpoints {
    private static final Map<Path, Breakpoints> OPEN = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private final List<Breakpoint> all = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String problem;

    Breakpoints(Path file) {
        this.file = file;
        load();
    }

    /** The breakpoints of the project at {@code root}, shared by every view of it. */
    public static Breakpoints of(Path root) {
        Path key = root.toAbsolutePath().normalize();
        return OPEN.computeIfAbsent(key, k -> new Breakpoints(k.resolve(".studio").resolve("breakpoints.json")));
    }

    /** Called after every change, on the thread that made it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public List<Breakpoint> all() {
        return List.copyOf(all);
    }

    public List<Breakpoint> inScript(String script) {
        return all.stream().filter(b -> b.script().equals(script)).toList();
    }

    public Optional<Breakpoint> at(String script, int line) {
        return all.stream().filter(b -> b.script().equals(script) && b.line() == line).findFirst();
    }

    /** Adds a plain breakpoint at a line, or removes the one there. */
    public void toggle(String script, int line) {
        Optional<Breakpoint> there = at(script, line);
        if (there.isPresent()) {
            all.remove(there.get());
        } else {
            all.add(Breakpoint.at(script, line));
        }
        changed();
    }

    /** Adds or replaces the breakpoint at the same script and line. */
    public void put(Breakpoint b) {
        at(b.script(), b.line()).ifPresent(all::remove);
        all.add(b);
        changed();
    }

    public void remove(String script, int line) {
        at(script, line).ifPresent(all::remove);
        changed();
    }

    /**
     * Moves the script's breakpoints with an edit of its text, so each stays on its code; one whose
     * line the edit deleted goes with it. When two land on one line (a line joined to the one above),
     * the one already there stays.
     */
    public void follow(String script, LineShift edit) {
        if (!edit.movesLines()) {
            return;
        }
        List<Breakpoint> mine = new ArrayList<>(inScript(script));
        mine.sort(Comparator.comparingInt(Breakpoint::line));
        java.util.Map<Integer, Breakpoint> after = new java.util.LinkedHashMap<>();
        for (Breakpoint b : mine) {
            int line = edit.map(b.line());
            if (line != LineShift.GONE) {
                after.putIfAbsent(line, b.withLine(line));
            }
        }
        if (!after.values().stream().toList().equals(mine)) {
            all.removeAll(mine);
            all.addAll(after.values());
            changed();
        }
    }

    /** Why the file could not be read or written, or null. */
    public String problem() {
        return problem;
    }

    private void changed() {
        save();
        listeners.forEach(Runnable::run);
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            List<Breakpoint> read = JSON.readValue(file.toFile(), new TypeReference<List<Breakpoint>>() { });
            read.stream().filter(b -> b.script() != null && b.line() > 0).forEach(all::add);
        } catch (IOException e) {
            // a broken file loses no breakpoint of the session: it is rewritten on the next change
            problem = ".studio/breakpoints.json could not be read; it will be rewritten when a breakpoint changes";
        }
    }

    private void save() {
        List<Breakpoint> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Breakpoint::script).thenComparingInt(Breakpoint::line));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("breakpoints.json.tmp");
            JSON.writeValue(tmp.toFile(), sorted);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            problem = null;
        } catch (IOException e) {
            problem = ".studio/breakpoints.json could not be written (" + e.getMessage() + "); breakpoints last until the IDE closes";
        }
    }
}
