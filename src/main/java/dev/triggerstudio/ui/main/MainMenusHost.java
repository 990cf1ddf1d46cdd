package dev.triggerstudio.ui.main;

import java.nio.file.Path;
import java.util.List;

/** What the application around the window does for its menus: open another project, switch theme, quit. */
public interface MainMenusHost {
    void openProject(Path folder);

    void setDark(boolean dark);

    boolean isDark();

    List<Path> recentProjects();

    void exit();
}
