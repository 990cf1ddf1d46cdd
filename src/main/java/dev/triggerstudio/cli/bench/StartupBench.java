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

    /**
     * The AOT cache the runs of this process share, made as ./studio's IDE cache is: classes not
     * linked ahead (with them linked, the IDE's cache crashes the JVM at start on Temurin 25.0.3;
     * docs/packaging.md), mapped where it was made.
     */
    private static Path archive() {
        return Path.of(System.getProperty("java.io.tmpdir"), "studio-startup-" + ProcessHandle.current().pid() + ".aot");
    }

    private static final List<String> MAPPING = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    /** Removes the archive once the runs are done, so that temp does not fill up with them. */
    public static void cleanUp() throws IOException {
        Files.deleteIfExists(archive());
        Files.deleteIfExists(Path.of(archive() + ".config"));
    }

    /**
     * Writes the AOT cache as ./studio's build does: one headless start of the IDE under
     * {@code -XX:AOTCacheOutput}. False when that did not work; the timed runs then start
     * without one, as a start after a failed training run does.
     */
    public static boolean train(Path project) throws IOException, InterruptedException {
        Files.deleteIfExists(archive());
        try {
            headless(List.of("-XX:AOTCacheOutput=" + archive(), "-XX:-AOTClassLinking"), project);
            return Files.size(archive()) > 0;
        } catch (IOException e) {
            Files.deleteIfExists(archive());
            return false;
        }
    }

    /** A start of the IDE on JavaFX's headless platform, which needs no display at all. */
    static Startup headless(List<String> options, Path project) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(options);
        all.add("-Dglass.platform=Headless");
        return run(new ArrayList<>(), all, project);
    }

    /** One start of the IDE from the archive when there is one, under Xvfb without a display. */
    public static Startup once(Path project) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        List<String> cache = new ArrayList<>(MAPPING);
        cache.add("-XX:AOTCache=" + archive());
        return run(cmd, Files.exists(archive()) ? cache : List.of(), project);
    }

    private static Startup run(List<String> cmd, List<String> archiveOptions, Path project)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("studio-startup", ".json");
        Path prefs = Files.createTempFile("studio-startup", ".properties");
        Files.delete(report);
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(archiveOptions);
        // the same options as ./studio; the user's own preferences are left alone
        cmd.addAll(List.of("-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "studio-hs_err_pid%p.log"),
                "-Xlog:cds*=off", "-Xlog:aot*=off", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-Dstudio.startupReport=" + report, "-Dstudio.prefs=" + prefs,
                "-Dstudio.home=" + System.getProperty("studio.home", "."), "-cp", System.getProperty("java.class.path"),
                "dev.triggerstudio.Main", project.toString()));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the IDE did not report its start within 300 s");
            }
            if (!Files.exists(report)) {
                throw new IOException("the IDE exited (code " + p.exitValue() + ") without a startup report; is xvfb-run installed?");
            }
            JsonNode n = Json.MAPPER.readTree(report.toFile());
            return new Startup(n.get("window_shown_ms").asLong(), n.get("first_editor_usable_ms").asLong());
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(prefs);
        }
    }
}
