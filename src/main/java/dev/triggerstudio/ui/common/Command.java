package dev.triggerstudio.ui.common;

/**
 * One undoable edit with a verb name ({@code AddCondition}, {@code GrantGroupAccess}). Redo
 * re-applies the same change, so commands capture what they need when first executed.
 */
public interface Command {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** What the Edit menu says: "Undo Add condition". */
    String description();
}
