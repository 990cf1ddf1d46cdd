package dev.triggerstudio.ui.simulator.model;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work on the calling thread: view-model tests need no toolkit and no waiting. */
public final class DirectExecutor implements TaskExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }
}
