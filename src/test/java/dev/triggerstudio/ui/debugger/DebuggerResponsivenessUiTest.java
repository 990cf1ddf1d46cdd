package dev.triggerstudio.ui.debugger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.common.FxTaskExecutor;
import dev.triggerstudio.ui.debugger.TestRecording.TestRun;
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
        long small = measure(100);
        long large = measure(10_000);
        System.out.printf("debugger longest FX stall: 100 records %d ms, 10 000 records %d ms%n", small, large);
        assertThat(large).as("longest FX stall (ms) over 10 000 records vs %d ms over 100", small)
                .isLessThanOrEqualTo(Math.max(50, 3 * small));
    }

    /** The longest FX stall, in ms, over the moves on a recording of {@code records} records. */
    private long measure(int records) throws Exception {
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
        List<Long> beats = new ArrayList<>();
        Thread heart = heartbeat(beats);
        for (int i = 0; i < 200; i++) {
            fire(KeyCode.F8, false);
        }
        settle();
        mark(beats, "F8");
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
        return longestGap(beats);
    }

    private static void mark(List<Long> beats, String phase) throws Exception {
        System.out.printf("  after %s: longest gap so far %d ms%n", phase, longestGap(beats));
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

    /** Posts one beat at a time to the FX thread, the next 2 ms after the last ran. */
    private static Thread heartbeat(List<Long> beats) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        beats.add(System.nanoTime());
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

    private static long longestGap(List<Long> beats) throws Exception {
        AtomicReference<long[]> copy = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> copy.set(beats.stream().mapToLong(Long::longValue).toArray())).get();
        long longest = 0;
        long[] b = copy.get();
        for (int i = 1; i < b.length; i++) {
            longest = Math.max(longest, b[i] - b[i - 1]);
        }
        return TimeUnit.NANOSECONDS.toMillis(longest);
    }
}
