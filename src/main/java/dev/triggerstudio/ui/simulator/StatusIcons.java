package dev.triggerstudio.ui.simulator;

import dev.triggerstudio.trace.Status;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One Feather icon and style class per trace status: ok, skipped, rejected, failed. */
final class StatusIcons {
    private StatusIcons() {
    }

    static FontIcon icon(String status) {
        FontIcon icon = new FontIcon(switch (status == null ? "" : status) {
            case Status.OK, Status.COMMITTED -> Feather.CHECK_CIRCLE;
            case Status.SKIPPED -> Feather.MINUS_CIRCLE;
            case Status.REJECTED -> Feather.X_OCTAGON;
            case Status.FAILED -> Feather.ALERT_TRIANGLE;
            default -> Feather.CIRCLE;
        });
        icon.getStyleClass().add(styleClass(status));
        icon.setIconSize(14);
        return icon;
    }

    /** "status-ok", "status-skipped", "status-rejected", "status-failed". */
    static String styleClass(String status) {
        String s = status == null ? "none" : Status.COMMITTED.equals(status) ? Status.OK : status;
        return "status-" + s;
    }
}
