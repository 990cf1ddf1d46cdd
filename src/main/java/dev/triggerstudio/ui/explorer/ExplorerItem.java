package dev.triggerstudio.ui.explorer;

import java.util.List;

/** A node of the project explorer: a category or a file (path is project-relative, null for categories). */
public record ExplorerItem(String label, String path, Kind kind, List<ExplorerItem> children) {

    public enum Kind { CATEGORY, OBJECT, TRIGGER, AUTOMATION, CONFIG, DATA, BATCH, TEST, FILE }

    public static ExplorerItem file(String label, String path, Kind kind) {
        return new ExplorerItem(label, path, kind, List.of());
    }

    @Override
    public String toString() {
        return label;
    }
}
