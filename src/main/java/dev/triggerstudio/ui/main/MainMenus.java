package dev.triggerstudio.ui.main;

import dev.triggerstudio.ui.workspace.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import org.fxmisc.richtext.CodeArea;

/** The menu bar and its shortcuts. */
final class MainMenus {
    /** Run all tests: Ctrl+F5 and Shift+F5 reach the Simulator's F5, and the debugger takes Ctrl+Shift+F10. */
    static final String RUN_ALL_TESTS = "Shortcut+Shift+F9";

    private final MainWindow window;
    private final MainViewModel vm;
    private final MainMenusHost host;

    MainMenus(MainWindow window, MainViewModel vm, MainMenusHost host) {
        this.window = window;
        this.vm = vm;
        this.host = host;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), runMenu());
        bar.setId("menu-bar");
        window.status().dark.setSelected(host.isDark());
        window.status().dark.selectedProperty().addListener((o, a, b) -> host.setDark(b));
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            host.recentProjects().forEach(p -> recent.getItems().add(item(p.toString(), null, () -> host.openProject(p))));
        });
        recent.getItems().add(new MenuItem("(none)"));
        Menu file = new Menu("File", null,
                item("New trigger…", "Shortcut+N", window::newTrigger),
                item("Open project…", "Shortcut+O", this::chooseProject), recent, new SeparatorMenuItem(),
                item("Save", "Shortcut+S", this::save), item("Save all", "Shortcut+Shift+S", this::saveAll),
                item("Reload project from disk", "Shortcut+Shift+R", vm::reloadProject),
                item("Close tab", "Shortcut+W", this::closeTab), new SeparatorMenuItem(),
                item("Exit", null, host::exit));
        file.setId("menu-file");
        ExportMenu.add(file, window, vm);
        return file;
    }

    private Menu editMenu() {
        return new Menu("Edit", null, item("Undo", "Shortcut+Z", this::undo), item("Redo", "Shortcut+Y", this::redo),
                new SeparatorMenuItem(),
                item("Find / replace", "Shortcut+F", () -> code(c -> c.showFind())),
                item("Go to line…", "Shortcut+G", () -> code(c -> c.goToLine())),
                item("Toggle comment", "Shortcut+Slash", () -> code(c -> c.toggleComment())),
                item("Complete", "Shortcut+Space", () -> code(c -> c.showCompletion(true))));
    }

    private Menu viewMenu() {
        Menu view = new Menu("View", null,
                perspective("Author", "Shortcut+1"), perspective("Simulator", "Shortcut+2"),
                perspective("Insight", "Shortcut+3"), new SeparatorMenuItem(),
                item("Toggle dark theme", "Shortcut+Shift+T",
                        () -> window.status().dark.setSelected(!window.status().dark.isSelected())));
        view.setId("menu-view");
        return view;
    }

    private MenuItem perspective(String name, String accelerator) {
        MenuItem m = item(name, accelerator, () -> window.showPerspective(name));
        m.setId("menu-" + name.toLowerCase());
        return m;
    }

    /**
     * F5 means Run wherever the focus is (from Author or Insight it shows the Simulator first); the
     * Simulator's own keys (F5, F10) act first when the focus is inside it, so a key never acts twice.
     */
    private Menu runMenu() {
        MenuItem forward = item("Step forward", "F10", () -> simulating(s -> s.stepForward()));
        MenuItem back = item("Step back", "Shift+F10", () -> simulating(s -> s.stepBack()));
        MenuItem tests = item("Run all tests", RUN_ALL_TESTS, window::runAllTests);
        tests.setId("menu-run-tests");
        Menu run = new Menu("Run", null, item("Run batch", "F5", window::runBatch), forward, back, new SeparatorMenuItem(),
                tests);
        run.setOnShowing(e -> {
            boolean simulating = "Simulator".equals(window.perspective());
            forward.setDisable(!simulating);
            back.setDisable(!simulating);
        });
        run.setId("menu-run");
        run.getItems().getFirst().setId("menu-run-batch");
        return run;
    }

    /**
     * Stepping means the trace on screen: in another perspective F10 does nothing rather than move it
     * unseen, and while the debugger shows, its own F10 steps the trigger instead.
     */
    private void simulating(Consumer<dev.triggerstudio.ui.simulator.model.SimulatorSession> action) {
        if ("Simulator".equals(window.perspective()) && !window.simulator().debuggerShowing()) {
            action.accept(window.simulator().session());
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void code(Consumer<dev.triggerstudio.ui.editor.CodeEditorView> action) {
        window.activePane().map(EditorPane::code).ifPresent(action);
    }

    void save() {
        Optional<Document> d = Optional.ofNullable(vm.activeProperty().get());
        d.ifPresent(doc -> vm.save(doc).filter(m -> !vm.conflicts().contains(doc)).ifPresent(window::showError));
        // a file changed on disk is not saved: the bar above its editor asks what to do, no dialog on top
    }

    void saveAll() {
        List<String> refused = vm.saveAll();
        if (!refused.isEmpty()) {
            window.showError(String.join("\n\n", refused));
        }
    }

    private void closeTab() {
        Document d = vm.activeProperty().get();
        if (d != null && window.confirmLoseEdits(d)) {
            vm.close(d);
        }
    }

    /** Text undo in a focused code area; structured undo (Run When, permissions) elsewhere. */
    private void undo() {
        if (window.getScene().getFocusOwner() instanceof CodeArea area) {
            area.undo();
        } else if (vm.activeProperty().get() != null) {
            vm.activeProperty().get().history().undo();
        }
    }

    private void redo() {
        if (window.getScene().getFocusOwner() instanceof CodeArea area) {
            area.redo();
        } else if (vm.activeProperty().get() != null) {
            vm.activeProperty().get().history().redo();
        }
    }

    private void chooseProject() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Open a project folder (the one holding project.json)");
        Optional.ofNullable(c.showDialog(window.window())).ifPresent(f -> host.openProject(f.toPath()));
    }
}
