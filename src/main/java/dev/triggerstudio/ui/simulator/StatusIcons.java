package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.trace.Status;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One Feather icon and style class per trace status: ok, skipped, rejected, failed. */
final class StatusIcons {
    private StatusIcons() {
    }

    static FontIcon icon(String status) {
        FontIcon icon = new FontIcon(feather(status));
        icon.getStyleClass().add(styleClass(status));
        icon.setIconSize(14);
        return icon;
    }

    /** Reuses a cell's icon for another status (creating icons while scrolling costs frames). */
    static void restyle(FontIcon icon, String status) {
        icon.setIconCode(feather(status));
        icon.getStyleClass().removeIf(c -> c.startsWith("status-"));
        icon.getStyleClass().add(styleClass(status));
    }

    private static Feather feather(String status) {
        return switch (status == null ? "" : status) {
            case Status.OK, Status.COMMITTED -> Feather.CHECK_CIRCLE;
            case Status.SKIPPED -> Feather.MINUS_CIRCLE;
            case Status.REJECTED -> Feather.X_OCTAGON;
            case Status.FAILED -> Feather.ALERT_TRIANGLE;
            default -> Feather.CIRCLE;
        };
    }

    /** "status-ok", "status-skipped", "status-rejected", "status-failed". */
    static String styleClass(String status) {
        String s = status == null ? "none" : Status.COMMITTED.equals(status) ? Status.OK : status;
        return "status-" + s;
    }
}
