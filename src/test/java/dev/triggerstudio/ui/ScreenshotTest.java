package dev.triggerstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Produces docs/screenshots/*.png from the real window; the README shows them. */
class ScreenshotTest extends StudioUiTest {

    @Test
    void mainWindowLight() throws Exception {
        interact(() -> vm().openPath("triggers/invoice_totals.json"));
        waitUntil(() -> true);
        Path file = Screenshots.save(this, studio.stage().getScene(), "main-window-light");
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
