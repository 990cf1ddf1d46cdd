package dev.triggerstudio.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a warm helper process would give at best (issue 20, docs/decisions/2026-12-07-warm-helper.md):
 * runs {@code test} and {@code check} of both samples several times in this one JVM, through the same
 * entry point as {@code ./studio}, so that from the second round on GraalPy's engine and contexts are
 * already warm, as they would be in a helper that had served a command before. Prints each run's wall
 * and process CPU time, whether its output equals the first round's, and the process's memory when
 * idle afterwards. Not a test: a measurement, run by hand with the launcher's JVM options:
 *
 * <pre>java [./studio's options] -cp "$(launcher class path):target/test-classes" \
 *     dev.triggerstudio.cli.WarmHelperProbe samples/crm samples/ledger [rounds]</pre>
 */
public final class WarmHelperProbe {
    private WarmHelperProbe() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path crm = Path.of(args[0]);
        Path ledger = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Map<String, String> firstOutput = new LinkedHashMap<>();
        System.out.printf("%-5s %-24s %9s %9s  %s%n", "round", "command", "wall ms", "cpu ms", "output as round 1");
        for (int round = 1; round <= rounds; round++) {
            for (List<String> command : commands(crm, ledger)) {
                String key = String.join(" ", command);
                long cpu = cpuNanos();
                long wall = System.nanoTime();
                String output = run(command);
                long wallMs = (System.nanoTime() - wall) / 1_000_000;
                long cpuMs = (cpuNanos() - cpu) / 1_000_000;
                String same = firstOutput.putIfAbsent(key, output) == null ? "-" : String.valueOf(
                        withoutTimes(firstOutput.get(key)).equals(withoutTimes(output)));
                System.out.printf("%-5d %-24s %9d %9d  %s%n", round, key, wallMs, cpuMs, same);
                if (round == rounds && Boolean.getBoolean("probe.print")) {
                    System.out.println(output);
                }
            }
        }
        System.gc();
        Thread.sleep(2_000);
        System.out.println("idle after the runs: " + status("VmRSS") + " resident (peak " + status("VmHWM") + "), heap used "
                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20) + " MB of "
                + Runtime.getRuntime().totalMemory() / (1 << 20) + " MB committed, threads " + Thread.activeCount());
        System.exit(0); // the language runtimes' daemon threads must not keep the probe open
    }

    private static List<List<String>> commands(Path crm, Path ledger) {
        List<List<String>> c = new ArrayList<>();
        c.add(List.of("test", crm.toString()));
        c.add(List.of("test", ledger.toString()));
        c.add(List.of("check", crm.toString()));
        c.add(List.of("check", ledger.toString()));
        return c;
    }

    /** As {@code Cli.run(String...)} does for a new process: GraalPy's head start, then the command. */
    private static String run(List<String> command) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        String[] args = command.toArray(String[]::new);
        Cli.warmUpPython(args);
        int code = Cli.run(out, out, args);
        return "exit " + code + "\n" + text;
    }

    /** Durations differ from run to run; everything else must not. */
    private static String withoutTimes(String output) {
        return output.replaceAll("[0-9.]+ ?(ms|s)\\b", "T");
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> l.substring(field.length() + 1).trim()).findFirst().orElse("?");
    }
}
