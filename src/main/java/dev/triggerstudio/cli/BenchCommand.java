package dev.triggerstudio.cli;

import dev.triggerstudio.cli.bench.Bench;
import dev.triggerstudio.cli.bench.ProcessBench;
import dev.triggerstudio.cli.bench.StartupBench;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure the lifecycle against raw SQLite inserts in the same run.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--records", defaultValue = "20000", description = "records per scenario (default ${DEFAULT-VALUE})")
    int records;

    @Option(names = "--json", description = "print {\"scenarios\": [...]} as JSON")
    boolean json;

    @Option(names = "--startup", description = "measure the IDE's start (three runs, under Xvfb without a display)")
    boolean startup;

    @Option(names = "--process", description = "whole-process figures: create, test, check and an empty simulate, each a new ./studio process")
    boolean process;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds of --process (default ${DEFAULT-VALUE})")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (startup) {
            return startup();
        }
        if (process) {
            return process();
        }
        if (records < 200) {
            throw new IllegalArgumentException("--records must be at least 200");
        }
        Path dir = Files.createTempDirectory("studio-bench");
        PrintWriter err = spec.commandLine().getErr();
        List<Bench.Scenario> results;
        try {
            results = new Bench(records, ScriptRuntimes.standard(), dir, n -> {
                err.println("bench: " + n + " ...");
                err.flush();
            }).run();
        } catch (OutOfMemoryError e) {
            err.println("bench: out of memory with --records " + records + "; give Java more heap (STUDIO_JAVA_OPTS=-Xmx2g"
                    + " ./studio bench) or measure fewer records");
            return ExitCodes.PROBLEM;
        } finally {
            deleteAll(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.pretty(Map.of("scenarios", asJson(results))));
        } else {
            out.printf("%-20s %8s %9s %12s %7s %9s%n", "scenario", "records", "seconds", "records/s", "ratio", "heap MB");
            for (Bench.Scenario s : results) {
                out.println(s.note() != null ? String.format("%-20s %s", s.name(), s.note())
                        : String.format("%-20s %8d %9.3f %12.0f %7s %9.1f", s.name(), s.records(), s.seconds(), s.recordsPerS(),
                        s.ratio() == null ? "-" : String.format("%.2f", s.ratio()), s.peakHeapMb()));
            }
        }
        return ExitCodes.OK;
    }

    private Integer startup() throws IOException {
        Path project = Path.of(System.getProperty("studio.home", "."), "samples", "crm");
        List<Map<String, Object>> runs = new ArrayList<>();
        boolean trained;
        try {
            trained = StartupBench.train(project);
            for (int i = 0; i < 3; i++) {
                StartupBench.Startup s = StartupBench.once(project);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("window_shown_ms", s.windowShownMs());
                m.put("first_editor_usable_ms", s.firstEditorUsableMs());
                runs.add(m);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.PROBLEM;
        } finally {
            StartupBench.cleanUp();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.pretty(Map.of("archive_written_by_build", trained, "startup", runs)));
        } else {
            out.println(trained
                    ? "the AOT cache was written first by a headless start, as ./studio's build does; every run starts from it"
                    : "no headless start possible: the runs start without an AOT cache");
            runs.forEach(r -> out.println("window shown " + r.get("window_shown_ms") + " ms, first editor usable "
                    + r.get("first_editor_usable_ms") + " ms"));
        }
        return ExitCodes.OK;
    }

    private Integer process() throws IOException {
        Path home = Path.of(System.getProperty("studio.home", "."));
        int n = spec.commandLine().getParseResult().hasMatchedOption("--records") ? records : 100_000;
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        Path dir = Files.createTempDirectory("studio-bench");
        PrintWriter err = spec.commandLine().getErr();
        List<ProcessBench.Figure> figures;
        try {
            figures = new ProcessBench(home, dir, n, rounds, m -> {
                err.println("bench: " + m + " ...");
                err.flush();
            }).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.PROBLEM;
        } finally {
            deleteAll(dir);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.pretty(Map.of("process", figures.stream().map(ProcessBench.Figure::asJson).toList())));
        } else {
            out.printf("%-24s %9s %9s %7s  %-22s %8s %9s%n", "figure", "seconds", "baseline", "ratio", "ratios of the rounds", "peak MB",
                    "CPU ratio");
            for (ProcessBench.Figure f : figures) {
                out.printf("%-24s %9.3f %9s %7s  %-22s %8s %9s%n", f.name(), f.seconds(),
                        f.baselineSeconds() == null ? "-" : String.format("%.3f", f.baselineSeconds()),
                        f.ratio() == null ? "-" : String.format("%.3f", f.ratio()),
                        f.ratios().stream().map(r -> String.format("%.3f", r)).collect(java.util.stream.Collectors.joining(" ")),
                        f.peakRssMb() == null ? "-" : String.format("%.0f", f.peakRssMb()),
                        f.cpuRatio() == null ? "-" : String.format("%.3f", f.cpuRatio()));
            }
        }
        return ExitCodes.OK;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static List<Map<String, Object>> asJson(List<Bench.Scenario> results) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Bench.Scenario s : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("records", s.records());
            m.put("seconds", Math.round(s.seconds() * 1e6) / 1e6); // microseconds: python_warm_chunk is a few ms
            m.put("records_per_s", round(s.recordsPerS()));
            m.put("ratio", s.ratio() == null ? null : round(s.ratio()));
            m.put("peak_heap_mb", round(s.peakHeapMb()));
            if (s.note() != null) {
                m.put("note", s.note());
            }
            out.add(m);
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
