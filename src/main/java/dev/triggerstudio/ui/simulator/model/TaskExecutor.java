package dev.triggerstudio.ui.simulator.model;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work for the simulator: runs, store reads and trace files never block the UI thread.
 * The IDE's implementation runs work on a worker thread and hands results to the UI thread; tests
 * of the view models use one that runs everything on the calling thread.
 */
public interface TaskExecutor {

    /** Runs work off the UI thread, then onDone or onError on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs an update on the UI thread; safe to call from any thread. */
    void onUi(Runnable update);
}
