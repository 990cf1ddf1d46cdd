package dev.triggerstudio.ui.workspace;

import dev.triggerstudio.ui.common.CommandHistory;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * What every editor's view model keeps the same way: its undo history and whether it differs from
 * what was last saved. Each editor decides when it is dirty; the tab and the save prompt read it.
 */
public abstract class EditedDocument implements Document {
    private final CommandHistory history = new CommandHistory();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    /** Set by the editor whenever its edits are compared with what was saved. */
    protected final void dirty(boolean differsFromSaved) {
        dirty.set(differsFromSaved);
    }

    @Override
    public final ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public final CommandHistory history() {
        return history;
    }
}
