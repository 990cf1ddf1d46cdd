package dev.triggerstudio.ui.main;

import javafx.scene.input.KeyCombination;

/** Shortcut text as the menus show it ("Ctrl+2" here, "⌘2" on a Mac), for tooltips. */
final class Shortcuts {
    private Shortcuts() {
    }

    static String text(String combination) {
        return KeyCombination.keyCombination(combination).getDisplayText();
    }
}
