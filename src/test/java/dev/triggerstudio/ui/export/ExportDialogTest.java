package dev.triggerstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.bundle.Bundle;
import dev.triggerstudio.bundle.BundleLimits;
import dev.triggerstudio.bundle.SmallProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialog in a real window: the user picks a file, clicks Export, and gets a bundle. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path tmp;

    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void clickingExportWritesTheBundleAndSaysSo(FxRobot robot) throws Exception {
        Path root = SmallProject.writeTo(tmp.resolve("mini"));
        Path target = tmp.resolve("out/mini.zip");
        robot.interact(() -> ExportDialog.show(owner, root));
        robot.interact(() -> robot.lookup("#export-target").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(target)
                && robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Wrote "));
        assertThat(Bundle.read(target, BundleLimits.DEFAULTS).problems()).isEmpty();
    }
}
