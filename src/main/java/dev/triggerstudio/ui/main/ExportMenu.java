package dev.triggerstudio.ui.main;

import dev.triggerstudio.ui.export.ExportDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File > Export…: the trigger bundle export dialog. */
final class ExportMenu {
    private ExportMenu() {
    }

    static void add(Menu file, MainWindow window, MainViewModel vm) {
        MenuItem export = new MenuItem("Export…");
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> {
            if (vm.anyDirty()) {
                vm.log().warn("Export writes what is on disk; unsaved edits are not in the bundle (Save all first)");
            }
            ExportDialog.show(window.window(), vm.workspace().root());
        });
        int exitIndex = file.getItems().size() - 1;
        file.getItems().add(exitIndex, export);
        file.getItems().add(exitIndex + 1, new SeparatorMenuItem());
    }
}
