package dev.triggerstudio.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./studio bench --startup}: starts the IDE as a fresh process (under Xvfb when there is no
 * display) with {@code studio.startupReport}, which writes the time from process start to the
 * window shown and to the first editor usable, then exits.
 */
public final class StartupBench {
    public record Startup(long windowShownMs, long firstEditorUsableMs) {
    }

    private StartupBench() {
    }

    /** The class-data archive the runs of this process share; the first run writes it. */
    private static Path archive() {
        return Path.of(System.getProperty("java.io.tmpdir"), "studio-startup-" + ProcessHandle.current().pid() + ".jsa");
    }

    /** Removes the archive once the runs are done, so that temp does not fill up with them. */
    public static void cleanUp() throws IOException {
        Files.deleteIfExists(archive());
    }

    public static Startup once(Path project) throws IOException, InterruptedException {
        Path report = Files.createTempFile("studio-startup", ".json");
        Files.delete(report);
        List<String> cmd = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        // the same class-data sharing as ./studio: the first of the runs writes the archive
        cmd.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive(), "-Xlog:cds*=off",
                "-Xlog:aot*=off", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false", "-Dstudio.startupReport=" + report,
                "-Dstudio.home=" + System.getProperty("studio.home", "."), "-cp", System.getProperty("java.class.path"),
                "dev.triggerstudio.Main", project.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the IDE did not report its start within 120 s");
        }
        if (!Files.exists(report)) {
            throw new IOException("the IDE exited (code " + p.exitValue() + ") without a startup report; is xvfb-run installed?");
        }
        JsonNode n = Json.MAPPER.readTree(report.toFile());
        Files.deleteIfExists(report);
        return new Startup(n.get("window_shown_ms").asLong(), n.get("first_editor_usable_ms").asLong());
    }
}
