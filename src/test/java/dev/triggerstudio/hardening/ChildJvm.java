package dev.triggerstudio.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of this test classpath in a separate JVM, so that it can be killed for real. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(Path log, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java launcher running this test, so the child uses the same JDK. */
    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no flushing. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        p.waitFor();
    }
}
