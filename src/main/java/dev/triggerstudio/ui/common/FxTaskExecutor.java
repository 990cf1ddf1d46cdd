package dev.triggerstudio.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Background work on a small daemon pool, results delivered with {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {
    // cached, not fixed: a slow checker (GraalPy starting) must never hold up highlighting
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "studio-worker");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> onError;

    public FxTaskExecutor(Consumer<Throwable> onError) {
        this.onError = onError;
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
