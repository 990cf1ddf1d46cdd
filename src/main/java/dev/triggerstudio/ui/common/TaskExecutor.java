package dev.triggerstudio.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where view models send slow work (checking, highlighting, loading, runs, store reads). The IDE
 * runs it on worker threads and delivers results on the FX thread; tests run it on the calling
 * thread. See docs/architecture.md, "UI conventions".
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onResult} where the UI may be touched. A
     * failure goes to the executor's own error handler: use the three-argument form to handle it.
     */
    <T> void submit(Supplier<T> work, Consumer<T> onResult);

    /** Runs {@code action} where the UI may be touched. */
    void onUi(Runnable action);

    /**
     * Runs {@code work} in the background, then {@code onResult} or {@code onError} where the UI may
     * be touched. Work that may throw (reading files, opening the store, a run) comes through here,
     * so that its failure reaches the caller instead of a generic handler.
     */
    default <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        submit(() -> Outcome.of(work), outcome -> outcome.deliver(onResult, onError));
    }

    /** Runs everything at once on the calling thread: for tests without a toolkit. */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(Supplier<T> work, Consumer<T> onResult) {
                onResult.accept(work.get());
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
    }

    /** The value or the failure of one piece of work, carried from the worker to the UI thread. */
    record Outcome<T>(T value, Throwable failure) {
        static <T> Outcome<T> of(Callable<T> work) {
            try {
                return new Outcome<>(work.call(), null);
            } catch (Throwable e) { // a run that overflows its stack must still end as a failed run, not a dead worker
                return new Outcome<>(null, e);
            }
        }

        void deliver(Consumer<T> onResult, Consumer<Throwable> onError) {
            if (failure == null) {
                onResult.accept(value);
            } else {
                onError.accept(failure);
            }
        }
    }
}
