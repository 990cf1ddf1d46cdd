package dev.triggerstudio.ui.debugger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.common.FxTaskExecutor;
import dev.triggerstudio.ui.debugger.TestRecording.TestRun;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stepping through 10 000 records keeps the FX thread free: a heartbeat posted to it every 2 ms
 * measures the longest gap while F8 is pressed 200 times, F9 searches the whole recording for a
 * conditional breakpoint and Alt+F9 searches back. The same moves over 100 records are the
 * baseline of the same run; figures are in docs/performance.md.
 */
@Tag("ui")
class DebuggerResponsivenessUiTest extends FxRobot {
    private static final int LINES_PER_RECORD = 6;
    @TempDir
    Path project;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private DebuggerView view;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    @Test
    void steppingThroughTenThousandRecordsNeverHoldsTheFxThreadMuchLongerThanThroughAHundred() throws Exception {
        measure(100); // warm-up: first layouts, CSS and JIT belong to no recording size
        Stalls small = measure(100);
        Stalls large = measure(10_000);
        System.out.printf("debugger longest FX stall: 100 records %d ms (FX thread busy %d ms), 10 000 records %d ms"
                + " (FX thread busy %d ms); pages read by 200 × F8 over 10 000 records: %d of %d%n", small.wallMs(),
                small.busyMs(), large.wallMs(), large.busyMs(), large.pagesByF8(), large.pages());
        assertThat(large.wallMs()).as("longest FX stall (ms) over 10 000 records vs %d ms over 100", small.wallMs())
                .isLessThanOrEqualTo(Math.max(50, 3 * small.wallMs()));
    }

    @Test
    void steppingReadsTheRecordingInPagesNeverWhole() throws Exception {
        measure(100);
        Stalls large = measure(10_000);
        // 200 steps from the start stay within the first run's events: a page or two of 256, not 60 000 events
        assertThat(large.pagesByF8()).as("pages read by 200 × F8").isBetween(1, 2);
        assertThat(large.eventsByF8()).as("line events read (with locals) by 200 × F8 of 60 000").isBetween(201, 512);
        assertThat(large.pages()).as("50 runs of 1 200 events, 5 pages of 256 each").isEqualTo(250);
    }

    /**
     * The longest gap between two heartbeats (wall ms), the most CPU the FX thread itself spent
     * within one gap (busy ms: the part that is our work rather than waiting for a core), pages
     * and line events read while F8 was held, and pages in the whole recording.
     */
    private record Stalls(long wallMs, long busyMs, int pagesByF8, int eventsByF8, int pages) {
    }

    /** The longest FX stall, in ms, over the moves on a recording of {@code records} records. */
    private Stalls measure(int records) throws Exception {
        TestRecording recording = new TestRecording();
        for (int chunk = 0; chunk < records / 200 + (records % 200 == 0 ? 0 : 1); chunk++) {
            TestRun run = recording.run("score", "triggers/score.lua", 0);
            for (int r = chunk * 200; r < Math.min(records, (chunk + 1) * 200); r++) {
                for (int line = 1; line <= LINES_PER_RECORD; line++) {
                    run.line(line, locals(r, line));
                }
            }
        }
        show(recording);
        view.viewModel().breakpoints().put(Breakpoint.at("triggers/score.lua", 3).withCondition("record.n == " + (records - 1)));
        List<long[]> beats = new ArrayList<>();
        Thread heart = heartbeat(beats);
        for (int i = 0; i < 200; i++) {
            fire(KeyCode.F8, false);
        }
        settle();
        mark(beats, "F8");
        int pagesByF8 = pagesRead(recording);
        int eventsByF8 = recording.runs().stream().mapToInt(r -> ((TestRun) r).eventsRead).sum();
        fire(KeyCode.F9, false);
        settle();
        mark(beats, "F9");
        assertThat(view.viewModel().frame().line()).isEqualTo(3);
        fire(KeyCode.F9, true);
        settle();
        mark(beats, "Alt+F9");
        heart.interrupt();
        heart.join();
        FxToolkit.cleanupStages();
        int pages = recording.runs().stream().mapToInt(r -> (r.size() + 255) / 256).sum();
        long[] gaps = longestGap(beats);
        return new Stalls(gaps[0], gaps[1], pagesByF8, eventsByF8, pages);
    }

    private static int pagesRead(TestRecording recording) {
        return recording.runs().stream().mapToInt(r -> ((TestRun) r).pagesRead).sum();
    }

    private static void mark(List<long[]> beats, String phase) throws Exception {
        long[] g = longestGap(beats);
        System.out.printf("  after %s: longest gap so far %d ms, FX thread busy at most %d ms of a gap%n", phase, g[0], g[1]);
    }

    private static Map<String, Object> locals(int r, int line) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "rec-" + r);
        record.put("n", (long) r);
        record.put("name", "Record " + r);
        record.put("amount", r * 1.5);
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("record", record);
        l.put("i", (long) line);
        return l;
    }

    private void show(TestRecording recording) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<DebuggerView> made = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            DebuggerViewModel vm = new DebuggerViewModel(executor, s -> "a\nb\nc\nd\ne\nf\n", Breakpoints.of(project));
            made.set(new DebuggerView(vm));
            stage.setScene(new Scene(made.get(), 1200, 800));
            stage.show();
            vm.open(recording, null);
        });
        view = made.get();
        settle();
        clickOn("#debugCode");
    }

    private void fire(KeyCode code, boolean alt) {
        Platform.runLater(() -> view.getScene().getFocusOwner().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, alt, false)));
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !view.viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Posts one beat at a time to the FX thread, the next 2 ms after the last ran; each beat notes the FX thread's CPU time. */
    private static Thread heartbeat(List<long[]> beats) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        beats.add(new long[] {System.nanoTime(), cpu.getCurrentThreadCpuTime()});
                        ran.countDown();
                    });
                    ran.await();
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "debugger-heartbeat");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** {longest wall gap, most FX-thread CPU within one gap}, in ms. */
    private static long[] longestGap(List<long[]> beats) throws Exception {
        AtomicReference<long[][]> copy = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> copy.set(beats.toArray(new long[0][]))).get();
        long wall = 0;
        long busy = 0;
        long[][] b = copy.get();
        for (int i = 1; i < b.length; i++) {
            wall = Math.max(wall, b[i][0] - b[i - 1][0]);
            busy = Math.max(busy, b[i][1] - b[i - 1][1]);
        }
        return new long[] {TimeUnit.NANOSECONDS.toMillis(wall), TimeUnit.NANOSECONDS.toMillis(busy)};
    }
}
