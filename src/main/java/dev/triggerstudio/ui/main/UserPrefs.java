package dev.triggerstudio.ui.main;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the IDE remembers between runs: theme, window bounds and recent projects, in
 * {@code ~/.config/trigger-studio/studio.properties} ({@code -Dstudio.prefs=FILE} elsewhere,
 * as tests do). A missing or broken file just means defaults.
 */
public final class UserPrefs {
    private static final int MAX_RECENT = 8;
    private final Path file;
    private final Properties props = new Properties();

    public UserPrefs(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                props.clear();
            }
        }
    }

    public static UserPrefs standard() {
        String custom = System.getProperty("studio.prefs");
        if (custom != null) {
            return new UserPrefs(Path.of(custom));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new UserPrefs(base.resolve("trigger-studio").resolve("studio.properties"));
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(props.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        props.setProperty("theme.dark", String.valueOf(dark));
    }

    /** x, y, width, height, or empty when never saved. */
    public double[] windowBounds() {
        String v = props.getProperty("window.bounds");
        if (v == null) {
            return new double[0];
        }
        try {
            return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    public void setWindowBounds(double x, double y, double w, double h, boolean maximized) {
        props.setProperty("window.bounds", x + "," + y + "," + w + "," + h);
        props.setProperty("window.maximized", String.valueOf(maximized));
    }

    public boolean maximized() {
        return Boolean.parseBoolean(props.getProperty("window.maximized", "false"));
    }

    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = props.getProperty("recent." + i);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts the project first in the recent list. */
    public void addRecent(Path project) {
        List<Path> list = new ArrayList<>(recentProjects());
        Path p = project.toAbsolutePath().normalize();
        list.remove(p);
        list.addFirst(p);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
    }

    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Trigger Studio preferences");
            }
        } catch (IOException e) {
            System.err.println("studio: could not save preferences to " + file + ": " + e.getMessage());
        }
    }
}
