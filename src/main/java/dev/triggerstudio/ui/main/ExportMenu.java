package dev.triggerstudio.ui.main;

import javafx.scene.control.Menu;

/** File > Export…, once the bundle export dialog ({@code ui.export.ExportDialog}) exists. */
final class ExportMenu {
    private ExportMenu() {
    }

    static void add(Menu file, MainWindow window, MainViewModel vm) {
        // The export dialog is written on another branch; the entry is added when it lands.
    }
}
