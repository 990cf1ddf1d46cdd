package dev.triggerstudio.lang.python;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.NotificationEmitter;
import org.graalvm.polyglot.Context;

/**
 * Stops a running trigger from outside. GraalPy Community has no CPU-time or heap limit, and its
 * statement limit does not stop {@code while True: pass}, so a timer cancels the context at the
 * run's timeout, and a heap listener cancels every running trigger when the old generation is still
 * above {@link #HEAP_FRACTION} of its maximum after a garbage collection.
 */
final class Watchdog {
    enum Reason { TIMEOUT, MEMORY }

    static final double HEAP_FRACTION = 0.8;
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(2);
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    private static final Set<Watch> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        listenToHeap();
    }

    private Watchdog() {
    }

    /** Watches one run; close the watch when the run ends. */
    static Watch watch(Context context, long timeoutMs) {
        Watch watch = new Watch(context);
        RUNNING.add(watch);
        watch.timer = TIMER.schedule(() -> watch.fire(Reason.TIMEOUT), Math.max(1, timeoutMs), TimeUnit.MILLISECONDS);
        return watch;
    }

    /**
     * One timer thread for every run. A run that ends cancels its alarm, and the alarm leaves the
     * queue at once: a simulation of 20 000 records schedules a hundred alarms a second, each
     * due only after the timeout.
     */
    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
                r -> Thread.ofPlatform().daemon().name("graalpy-watchdog").unstarted(r));
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    private static void listenToHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0
                    && isOldGeneration(pool.getName())) {
                pool.setCollectionUsageThreshold((long) (max * HEAP_FRACTION));
            }
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                RUNNING.forEach(w -> w.fire(Reason.MEMORY));
            }
        }, null, null);
    }

    private static boolean isOldGeneration(String pool) {
        String name = pool.toLowerCase();
        return name.contains("old") || name.contains("tenured");
    }

    /** One watched run. */
    static final class Watch implements AutoCloseable {
        private final Context context;
        private final AtomicReference<Reason> fired = new AtomicReference<>();
        private ScheduledFuture<?> timer;
        private boolean closed;

        private Watch(Context context) {
            this.context = context;
        }

        /** Why the run was stopped, or null when it was not. */
        Reason reason() {
            return fired.get();
        }

        private void fire(Reason reason) {
            if (fired.compareAndSet(null, reason)) {
                // Both calls wait for the running thread to stop; never block the timer thread.
                Thread.ofPlatform().daemon().name("graalpy-stop").start(() -> stop(reason));
            }
        }

        /**
         * A timeout interrupts: the context stays usable and the next trigger runs at once. Memory
         * closes the context, as only that frees what the trigger's module may still hold; so does
         * a run that does not stop within the grace period (stuck in host code).
         */
        private synchronized void stop(Reason reason) {
            if (closed) {
                return;
            }
            try {
                if (reason == Reason.TIMEOUT) {
                    context.interrupt(INTERRUPT_GRACE);
                    return;
                }
            } catch (TimeoutException | RuntimeException notStopped) {
                // fall through to cancelling the whole context
            }
            try {
                context.close(true);
            } catch (RuntimeException alreadyClosed) {
                // The run ended between the alarm and the cancel: nothing left to stop.
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            timer.cancel(false);
            RUNNING.remove(this);
        }
    }
}
