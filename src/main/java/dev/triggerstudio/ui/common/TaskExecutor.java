package dev.triggerstudio.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where view models send slow work (checking, highlighting, loading). The IDE runs it on a
 * thread pool and delivers results on the FX thread; tests run it on the calling thread.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background, then {@code onResult} where the UI may be touched. */
    <T> void submit(Supplier<T> work, Consumer<T> onResult);

    /** Runs {@code action} where the UI may be touched. */
    void onUi(Runnable action);

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
}
