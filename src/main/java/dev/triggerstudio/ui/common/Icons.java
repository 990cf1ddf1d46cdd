package dev.triggerstudio.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the IDE uses. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon f = new FontIcon(icon);
        f.setIconSize(15);
        f.getStyleClass().add("studio-icon");
        return f;
    }
}
