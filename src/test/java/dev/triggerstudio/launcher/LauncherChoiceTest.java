package dev.triggerstudio.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of fast-start cache, JIT and collector per command line (./studio, and bin/studio of
 * the packaged app, which copies the same functions): its functions run in bash exactly as the
 * script runs them, under {@code set -euo pipefail}, on the samples.
 */
class LauncherChoiceTest {
    @TempDir
    Path dir;

    @Test
    void commandsWithoutPythonGetTheCommandsCacheAndC1() throws Exception {
        assertThat(choice("check samples/ledger")).isEqualTo("cli -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m");
        assertThat(choice("simulate samples/crm " + emptyBatch())).isEqualTo("cli -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m");
        assertThat(choice("simulate samples/ledger lifecycle")).isEqualTo("cli -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m");
        assertThat(choice("--version")).isEqualTo("cli -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m");
    }

    @Test
    void commandsThatStartPythonGetThePythonCache() throws Exception {
        assertThat(choice("check samples/crm")).isEqualTo("py -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m");
        assertThat(choice("test samples/crm")).isEqualTo("py -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m");
        // a simulate that runs Python triggers may run long: both compilers
        assertThat(choice("simulate samples/crm lifecycle")).isEqualTo("py -XX:+UseSerialGC -Xms64m");
    }

    @Test
    void theIdeGetsItsOwnCache() throws Exception {
        assertThat(choice("samples/crm")).isEqualTo("ide -XX:+UseParallelGC");
        assertThat(choice("")).isEqualTo("ide -XX:+UseParallelGC");
    }

    private String emptyBatch() throws IOException {
        return Files.writeString(dir.resolve("empty.json"), "{\"user\": \"alice\", \"operations\": []}\n").toString();
    }

    /** Runs choose_start from ./studio on these arguments; prints the cache chosen, the JIT and the collector options. */
    private static String choice(String args) throws Exception {
        String script = Files.readString(Path.of("studio"), StandardCharsets.UTF_8);
        String functions = function(script, "starts_python") + function(script, "choose_start");
        String run = "set -euo pipefail\n" + functions + "cli_cache=cli py_cache=py ide_cache=ide\n"
                + "choose_start " + args + "\necho \"$cache${jit_opts[*]:+ ${jit_opts[*]}} ${gc_opts[*]}\"\n";
        Process p = new ProcessBuilder("bash", "-c", run).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static String function(String script, String name) {
        int start = script.indexOf("\n" + name + "() {");
        assertThat(start).as(name + " in ./studio").isPositive();
        return script.substring(start, script.indexOf("\n}\n", start) + 3);
    }
}
