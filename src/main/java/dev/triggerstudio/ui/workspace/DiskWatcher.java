package dev.triggerstudio.ui.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Tells the IDE which project files another program changed. Watches the project folder and
 * its format folders (one created later, such as a first {@code batches/}, is watched from then
 * on). An editor's save is often several events (write, rename, a temporary file); they are
 * gathered until the folder has been quiet for {@value #QUIET_MS} ms and reported once, as
 * project-relative paths, on a daemon thread, so the project is read again once per save.
 */
public final class DiskWatcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("", "objects", "triggers", "automations", "config", "data",
            "batches", "tests", "mocks");
    static final long QUIET_MS = 120;
    private static final long LONGEST_MS = 1_000;

    private final Path root;
    private final WatchService service;
    private final Thread thread;

    public DiskWatcher(Path root, Consumer<Set<String>> onChange) throws IOException {
        this.root = root;
        service = FileSystems.getDefault().newWatchService();
        for (String f : FOLDERS) {
            register(root.resolve(f));
        }
        thread = new Thread(() -> loop(onChange), "studio-disk-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    private void loop(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                Set<String> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_MS);
                WatchKey more;
                while (System.nanoTime() < until && (more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.context() instanceof Path name && !name.getFileName().toString().startsWith(".")) {
                String relative = root.relativize(dir.resolve(name)).toString().replace('\\', '/');
                changed.add(relative);
                watchNewFolder(e, relative);
            }
        }
        key.reset();
    }

    private void watchNewFolder(WatchEvent<?> e, String relative) {
        if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && FOLDERS.contains(relative)) {
            try {
                register(root.resolve(relative));
            } catch (IOException ignored) {
                // the folder went again at once; its next creation is reported like this one
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
