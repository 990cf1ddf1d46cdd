package dev.triggerstudio.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Background work on daemon threads, results delivered with {@link Platform#runLater}. The editors
 * use a pool ({@link #FxTaskExecutor(Consumer)}); the simulator uses {@link #inOrder}, because a
 * store read queued behind a run must see the run's result.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Consumer<Throwable> onError;

    /** A pool that grows as needed: a slow checker (GraalPy starting) must never hold up highlighting. */
    public FxTaskExecutor(Consumer<Throwable> onError) {
        this(Executors.newCachedThreadPool(daemon("studio-worker")), onError);
    }

    private FxTaskExecutor(ExecutorService pool, Consumer<Throwable> onError) {
        this.pool = pool;
        this.onError = onError;
    }

    /** One worker thread: work runs one piece after the other, in the order it was submitted. */
    public static FxTaskExecutor inOrder(String threadName, Consumer<Throwable> onError) {
        return new FxTaskExecutor(Executors.newSingleThreadExecutor(daemon(threadName)), onError);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
        if (pool.isShutdown()) {
            return; // the window is closing: late debounced edits have nobody to report to
        }
        pool.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onResult.accept(result));
            } catch (RuntimeException | LinkageError e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
