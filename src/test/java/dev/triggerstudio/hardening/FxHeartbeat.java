package dev.triggerstudio.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * A probe of the FX thread: a daemon thread posts one {@link Platform#runLater} at a time (the
 * next 2 ms after the last one ran) and the FX thread stamps the time it ran it. A gap between
 * two stamps is how long the FX thread handled no event: a stall the user would feel.
 */
final class FxHeartbeat implements AutoCloseable {
    private final List<Long> beats = new ArrayList<>(); // touched only on the FX thread
    private final Thread thread;
    private volatile boolean running = true;
    private long started;
    private long shown;
    private long finished;
    private int beatsAtStart;
    private int beatsAtShown = -1;

    private FxHeartbeat() {
        thread = new Thread(this::loop, "fx-heartbeat");
        thread.setDaemon(true);
    }

    static FxHeartbeat start() {
        FxHeartbeat h = new FxHeartbeat();
        h.thread.start();
        return h;
    }

    private void loop() {
        try {
            while (running) {
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    beats.add(System.nanoTime());
                    ran.countDown();
                });
                while (running && !ran.await(50, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
                Thread.sleep(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called on the FX thread just before the load is started. One beat is queued at once, so that
     * a loader answering through the FX queue always finds it ahead: it runs before the project is
     * shown unless the load holds the FX thread itself, whatever the scheduler does with the
     * heartbeat thread on a busy machine.
     */
    void loadStarted() {
        started = System.nanoTime();
        beatsAtStart = beats.size();
        Platform.runLater(() -> beats.add(System.nanoTime()));
    }

    /** Called on the FX thread when the load's result is on screen. */
    void loadShown() {
        shown = System.nanoTime();
        beatsAtShown = beats.size();
    }

    /**
     * Called on the FX thread when work that goes on after the result was shown (a simulator run
     * after its project was re-read) is over: stalls are then counted until {@code settle} after this.
     */
    void actionFinished() {
        finished = System.nanoTime();
    }

    /** The figures of the load, with stalls counted from its start until {@code settle} after it was shown (or finished). */
    Load result(long settle) throws Exception {
        long end = Math.max(shown, finished);
        long[] copy = onFx(() -> beats.stream().mapToLong(Long::longValue).toArray());
        long longest = 0;
        long previous = started;
        for (long b : copy) {
            if (b <= started) {
                continue;
            }
            if (b > end + settle) {
                longest = Math.max(longest, b - previous);
                break;
            }
            longest = Math.max(longest, b - previous);
            previous = b;
        }
        return new Load(ms(shown - started), beatsAtShown - beatsAtStart, ms(longest));
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }

    /** How long until the explorer showed the project, beats handled meanwhile, and the longest gap between beats. */
    record Load(long shownMs, int heartbeatsBeforeShown, long longestStallMs) {
    }
}
