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
import java.util.List;
import java.util.function.Consumer;

/**
 * Tells the IDE which project files another program changed. Watches the project folder and
 * its format folders; each change is reported as a project-relative path on a daemon thread.
 */
public final class DiskWatcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("", "objects", "triggers", "automations", "config", "data",
            "batches", "tests", "mocks");

    private final WatchService service;
    private final Thread thread;

    public DiskWatcher(Path root, Consumer<String> onChange) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (String f : FOLDERS) {
            Path dir = root.resolve(f);
            if (Files.isDirectory(dir)) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        thread = new Thread(() -> loop(root, onChange), "studio-disk-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Path root, Consumer<String> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.context() instanceof Path name && !name.getFileName().toString().startsWith(".")) {
                        onChange.accept(root.relativize(dir.resolve(name)).toString().replace('\\', '/'));
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
