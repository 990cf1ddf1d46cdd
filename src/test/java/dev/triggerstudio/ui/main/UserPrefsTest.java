package dev.triggerstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPrefsTest {
    @TempDir
    Path dir;

    @Test
    void themeWindowAndRecentProjectsSurviveARestart() {
        UserPrefs p = new UserPrefs(dir.resolve("cfg/studio.properties"));
        p.setDarkTheme(true);
        p.setWindowBounds(10, 20, 1200, 800, false);
        p.addRecent(dir.resolve("a"));
        p.addRecent(dir.resolve("b"));
        p.addRecent(dir.resolve("a"));
        p.save();
        UserPrefs again = new UserPrefs(dir.resolve("cfg/studio.properties"));
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.windowBounds()).containsExactly(10, 20, 1200, 800);
        assertThat(again.recentProjects()).containsExactly(dir.resolve("a"), dir.resolve("b"));
    }
}
