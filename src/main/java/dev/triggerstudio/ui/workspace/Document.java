package dev.triggerstudio.ui.workspace;

import dev.triggerstudio.ui.common.CommandHistory;
import java.io.IOException;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** Something open in an editor tab: one or more project files, saved together. */
public interface Document {

    /** The tab's title, without the unsaved mark. */
    String title();

    /** The project-relative files this document writes; the first identifies it. */
    List<String> files();

    ReadOnlyBooleanProperty dirtyProperty();

    default boolean isDirty() {
        return dirtyProperty().get();
    }

    /**
     * Writes the files.
     *
     * @throws SaveRefused when the acting user may not save it or the content is invalid
     */
    void save() throws IOException, SaveRefused;

    /** Replaces the edits with what is on disk now. */
    void reloadFromDisk();

    /** Structured edits (Run When, permissions, fields); text editors keep their own undo. */
    CommandHistory history();

    /** Why a save did not happen, in words for the user. */
    final class SaveRefused extends Exception {
        public SaveRefused(String message) {
            super(message);
        }
    }
}
