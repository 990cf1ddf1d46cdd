package dev.triggerstudio.ui.simulator;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Writes a scene as PNG (pixels copied by hand; no javafx-swing). Into {@code docs/screenshots}
 * when run with {@code -Dscreenshots=docs}, else into {@code target/screenshots} so that an
 * ordinary test run leaves the repository untouched.
 */
public final class Shots {
    private Shots() {
    }

    public static Path dir() {
        return "docs".equals(System.getProperty("screenshots")) ? Path.of("docs", "screenshots")
                : Path.of("target", "screenshots");
    }

    public static Path save(FxRobot robot, Scene scene, String name) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        return write(image.get(), name);
    }

    /** Writes an image taken from the screen (popups included) like {@link #save}. */
    public static Path write(WritableImage img, String name) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(dir());
            Path file = dir().resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
