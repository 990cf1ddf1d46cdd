package dev.triggerstudio.ui.insight;

import dev.triggerstudio.engine.scale.LineSpend;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

/**
 * Under a limit's bar: "line N", the script line that spent the most of that limit. A click, Enter
 * or Space opens the script at that line in the Author editor; the tooltip says how much it spent.
 */
final class LineSpendLink {
    private LineSpendLink() {
    }

    static Hyperlink of(LineSpend s, CascadeGraphViewModel.Opener onOpen) {
        Hyperlink link = new Hyperlink("line " + s.line());
        link.setId("limits-line-" + s.source().replace(':', '-') + "-" + s.limit().jsonName());
        link.getStyleClass().add("limits-line");
        link.setStyle("-fx-font-size: 10px; -fx-padding: 0;");
        link.setTooltip(new Tooltip(s.describe() + " — Enter or click opens it"));
        link.setAccessibleText(s.describe());
        // a Hyperlink fires on Enter and Space by itself
        link.setOnAction(e -> open(s, onOpen));
        return link;
    }

    private static void open(LineSpend s, CascadeGraphViewModel.Opener onOpen) {
        if (s.path() != null) {
            onOpen.open(s.path(), s.line());
        }
    }
}
