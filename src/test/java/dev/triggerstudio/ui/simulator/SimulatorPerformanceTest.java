package dev.triggerstudio.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceJsonWriter;
import dev.triggerstudio.ui.simulator.model.SimulatorSession.Event;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, never asserts a time: opening the trace of a 10 000-record batch (time until the tree is
 * laid out and shown) and scrolling it, against a 10-record batch in the same run. Run with
 * {@code -Dperf=true}; figures go to {@code target/perf/simulator-view.txt} and docs/performance.md.
 */
@Tag("perf")
@EnabledIfSystemProperty(named = "perf", matches = "true")
class SimulatorPerformanceTest extends SimulatorUiTest {
    private static final Path OUT = Path.of("target", "perf", "simulator-view.txt");
    private final List<String> report = new ArrayList<>() {
        @Override
        public boolean add(String line) {
            try {
                Files.createDirectories(OUT.getParent());
                Files.writeString(OUT, line + "\n", java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return super.add(line);
        }
    };

    @Test
    void measuresOpeningAndScrollingLargeTraces() throws Exception {
        Path root = SampleCopy.of("ledger");
        SampleCopy.accountsBatch(root, "small", 10, true);
        Path small = traceFile(root, "small");
        SampleCopy.accountsBatch(root, "records", 10_000, true);
        Path records = traceFile(root, "records");
        SampleCopy.accountsBatch(root, "operations", 10_000, false);
        Path operations = traceFile(root, "operations");
        Files.deleteIfExists(OUT);
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ", Xvfb; load average " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        open(root);

        for (int round = 0; round < 2; round++) {
            String tag = round == 0 ? " (cold)" : "";
            measureOpen("10 records, 1 operation" + tag, small);
            measureOpen("10 000 records, 1 operation" + tag, records);
            measureOpen("10 000 operations of 1 record" + tag, operations);
        }
        measureScroll("10 records, 1 operation", small);
        measureScroll("10 000 records, 1 operation", records);
        measureScroll("10 000 operations of 1 record", operations);
        report.forEach(System.out::println);
    }

    private Path traceFile(Path root, String batch) throws Exception {
        Project p = ProjectLoader.load(root);
        Path file = root.resolve(batch + ".trace.json");
        try (Store store = Simulator.openStore(p, null, false);
             Simulator sim = new Simulator(p, store, ScriptRuntimes.standard());
             OutputStream out = Files.newOutputStream(file);
             TraceJsonWriter writer = new TraceJsonWriter(out, true)) {
            sim.run(p.batches().get(batch), null, writer);
        }
        return file;
    }

    /** From asking to open the file to the tree laid out with its rows, on the FX thread. */
    private void measureOpen(String name, Path file) throws Exception {
        AtomicLong shown = new AtomicLong();
        TreeTableView<?> tree = lookup("#traceTree").queryAs(TreeTableView.class);
        session().addListener(e -> {
            if (e == Event.TRACE && shown.get() == 0) {
                view.applyCss();
                view.layout();
                shown.set(System.nanoTime());
            }
        });
        long t0 = System.nanoTime();
        interact(() -> session().openTrace(file));
        waitUntil(() -> shown.get() != 0);
        assertThat(tree.getExpandedItemCount()).isPositive();
        report.add(String.format("open  %-36s %7.0f ms  (%d steps, file %.1f MB)", name, (shown.get() - t0) / 1e6,
                session().cursor().size(), Files.size(file) / 1e6));
    }

    /** Per frame: jump the tree, the timeline and the records list 100 times, laying out after each jump. */
    private void measureScroll(String name, Path file) throws Exception {
        interact(() -> session().openTrace(file));
        waitUntil(() -> session().cursor().size() > 0 && status().startsWith("Opened " + file.getFileName()));
        TreeTableView<?> tree = lookup("#traceTree").queryAs(TreeTableView.class);
        ListView<?> timeline = lookup("#timeline").queryListView();
        // As a user would: open the first operation and its steps, scroll the rest closed.
        interact(() -> {
            var first = tree.getRoot().getChildren().getFirst();
            first.setExpanded(true);
            first.getChildren().forEach(i -> i.setExpanded(true));
        });
        interact(() -> session().selectOrder(session().cursor().positions().stream()
                .filter(p -> p.step().records().size() > 1).findFirst().orElse(session().cursor().positions().getFirst()).order()));
        ListView<?> records = lookup("#recordList").queryListView();
        report.add(String.format("scroll %-35s tree %s · timeline %s · records %s · F10 %s", name,
                frames(() -> tree.getExpandedItemCount(), tree::scrollTo),
                frames(() -> timeline.getItems().size(), timeline::scrollTo),
                frames(() -> records.getItems().size(), records::scrollTo),
                frames(() -> 100, i -> session().stepForward())));
    }

    private String frames(java.util.function.IntSupplier size, java.util.function.IntConsumer jump) {
        double[] ms = new double[100];
        for (int k = 0; k < ms.length; k++) {
            int index = (int) ((long) size.getAsInt() * k / ms.length);
            long[] t = new long[1];
            interact(() -> {
                long t0 = System.nanoTime();
                jump.accept(index);
                view.applyCss();
                view.layout();
                t[0] = System.nanoTime() - t0;
            });
            ms[k] = t[0] / 1e6;
        }
        Arrays.sort(ms);
        return String.format("median %.1f ms, max %.1f ms", ms[ms.length / 2], ms[ms.length - 1]);
    }

    private String status() {
        return session().status();
    }
}
