package dev.triggerstudio.ui.debugger;

/**
 * The ways to move through a recording, each forwards or backwards. Keys follow IntelliJ (F8, F7,
 * Shift+F8, F9) and VS Code (F10, F11, Shift+F11); Alt with the same key goes backwards.
 */
public enum StepKind {
    OVER("Step over", "F8", "F10"),
    INTO("Step into", "F7", "F11"),
    OUT("Step out", "Shift+F8", "Shift+F11"),
    CURSOR("Run to cursor", "Ctrl+F10", null),
    CONTINUE("Continue to breakpoint", "F9", null);

    private final String label;
    private final String key;
    private final String otherKey;

    StepKind(String label, String key, String otherKey) {
        this.label = label;
        this.key = key;
        this.otherKey = otherKey;
    }

    public String label(boolean forward) {
        return forward ? label : label + " back";
    }

    /** The key as menus show it: "F8", or "Alt+F8" backwards. */
    public String key(boolean forward) {
        return forward ? key : "Alt+" + key;
    }

    /** The VS Code key that does the same, or null. */
    public String otherKey(boolean forward) {
        return otherKey == null ? null : forward ? otherKey : "Alt+" + otherKey;
    }

    /** "Step over (F8 / F10)". */
    public String tooltip(boolean forward) {
        String other = otherKey(forward);
        return label(forward) + " (" + key(forward) + (other == null ? "" : " / " + other) + ")";
    }
}
