package dev.triggerstudio.ui;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.ui.common.FxTaskExecutor;
import dev.triggerstudio.ui.main.MainViewModel;
import dev.triggerstudio.ui.main.MainWindow;
import dev.triggerstudio.ui.main.Themes;
import dev.triggerstudio.ui.main.UserPrefs;
import dev.triggerstudio.ui.workspace.DiskWatcher;
import dev.triggerstudio.ui.workspace.Document;
import dev.triggerstudio.ui.workspace.FolderStamp;
import dev.triggerstudio.ui.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The IDE in one stage: builds the window for a project folder, applies theme and remembered
 * window bounds, watches the folder for changes by other programs, and asks before unsaved
 * edits are lost. Tests create it on their own stage.
 */
public final class Studio implements dev.triggerstudio.ui.main.MainMenusHost {
    private final Stage stage;
    private final UserPrefs prefs;
    private final ScriptRuntimes runtimes;
    private final FxTaskExecutor executor;
    private MainViewModel vm;
    private MainWindow window;
    private DiskWatcher watcher;
    private FolderStamp seenOnDisk; // the folder as the IDE last knew it: a focus regained compares with it
    private boolean dark;

    public Studio(Stage stage, UserPrefs prefs, ScriptRuntimes runtimes) {
        this.stage = stage;
        this.prefs = prefs;
        this.runtimes = runtimes;
        this.dark = prefs.darkTheme();
        this.executor = new FxTaskExecutor(e -> {
            if (vm != null) {
                vm.log().error("Background work failed: " + e);
            }
        });
        placeWindow();
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                lookAtTheFolder();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!confirmClose()) {
                e.consume();
            } else {
                shutdown();
            }
        });
    }

    private void placeWindow() {
        double[] b = prefs.windowBounds();
        if (b.length == 4) {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        } else {
            stage.setWidth(1440);
            stage.setHeight(900);
        }
        stage.setMaximized(prefs.maximized());
    }

    @Override
    public void openProject(Path folder) {
        if (vm != null && !confirmClose()) {
            return;
        }
        closeWatcher();
        if (window != null) {
            window.dispose();
        }
        // The folder is read and checked by the executor: a project of a thousand triggers must
        // not freeze the window (the explorer fills when the read is done).
        Workspace workspace = new Workspace(folder);
        vm = new MainViewModel(workspace, runtimes, executor);
        window = new MainWindow(vm, this);
        Scene scene = new Scene(window);
        stage.setScene(scene);
        Themes.apply(scene, dark);
        stage.setTitle(titleOf(workspace));
        workspace.projectProperty().addListener(o -> stage.setTitle(titleOf(workspace)));
        prefs.addRecent(workspace.root());
        prefs.save();
        watch(workspace);
        MainViewModel opened = vm;
        whenLoaded(opened, () -> opened.log().info("Opened " + workspace.root()
                + (workspace.project() == null ? " (project.json has errors: see Problems)" : "")));
    }

    /** Runs {@code then} on the FX thread once the project's files have been read (at once if they have). */
    static void whenLoaded(MainViewModel vm, Runnable then) {
        if (vm.loadedProperty().get()) {
            then.run();
            return;
        }
        vm.loadedProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                vm.loadedProperty().removeListener(this);
                then.run();
            }
        });
    }

    /** True once the open project's files have been read: for tests, which wait for it. */
    public boolean isLoaded() {
        return vm != null && vm.loadedProperty().get();
    }

    private static String titleOf(Workspace w) {
        String name = w.project() == null ? w.root().getFileName().toString() : w.project().name();
        return name + " — Trigger Studio";
    }

    private void watch(Workspace workspace) {
        seenOnDisk = null;
        executor.submit(() -> FolderStamp.of(workspace.root()), stamp -> {
            if (vm != null && vm.workspace() == workspace) {
                seenOnDisk = stamp;
            }
        });
        try {
            watcher = new DiskWatcher(workspace.root(), paths -> {
                FolderStamp now = FolderStamp.of(workspace.root());
                Platform.runLater(() -> {
                    if (vm != null && vm.workspace() == workspace) {
                        seenOnDisk = now;
                        vm.diskChanged(paths);
                    }
                });
            });
        } catch (IOException e) {
            vm.log().warn("Not watching " + workspace.root() + " for changes: " + e.getMessage());
        }
    }

    /**
     * Back in the window: files changed on disk that the watcher did not report (a file system
     * without reliable events) are handled as if it had, so nothing stays stale until a restart.
     */
    private void lookAtTheFolder() {
        MainViewModel current = vm;
        if (current == null || seenOnDisk == null) {
            return;
        }
        executor.submit(() -> FolderStamp.of(current.workspace().root()), now -> {
            if (vm != current) {
                return;
            }
            var changed = now.changedSince(seenOnDisk);
            seenOnDisk = now;
            if (!changed.isEmpty()) {
                current.diskChanged(changed);
            }
        });
    }

    private boolean confirmClose() {
        for (Document d : List.copyOf(vm.openDocuments())) {
            if (!window.confirmLoseEdits(d)) {
                return false;
            }
        }
        return true;
    }

    private void shutdown() {
        if (window != null) {
            window.dispose();
        }
        prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        prefs.setDarkTheme(dark);
        prefs.save();
        closeWatcher();
        executor.shutdown();
    }

    private void closeWatcher() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing a watch service only fails when it is already closed
            }
            watcher = null;
        }
    }

    @Override
    public void setDark(boolean dark) {
        this.dark = dark;
        Themes.apply(stage.getScene(), dark);
        prefs.setDarkTheme(dark);
        prefs.save();
    }

    @Override
    public boolean isDark() {
        return dark;
    }

    @Override
    public List<Path> recentProjects() {
        return prefs.recentProjects().stream().filter(Files::isDirectory).toList();
    }

    @Override
    public void exit() {
        if (confirmClose()) {
            shutdown();
            stage.close();
        }
    }

    /** Closes the watcher and the worker threads without asking: for tests. */
    public void dispose() {
        if (window != null) {
            javafx.application.Platform.runLater(window::dispose);
        }
        closeWatcher();
        executor.shutdown();
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }
}
