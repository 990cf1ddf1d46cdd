package dev.triggerstudio.engine;

import java.time.Instant;

/**
 * Simulated time: starts at the project's clock and moves one second per top-level operation,
 * so runs are deterministic. The last time used is kept in the store so a --db run continues.
 */
final class SimClock {
    private Instant current;
    private Instant committed;

    SimClock(Instant start) {
        this.current = start;
        this.committed = start;
    }

    void tick() {
        current = current.plusSeconds(1);
    }

    String now() {
        return current.toString();
    }

    void commit() {
        committed = current;
    }

    void rollback() {
        current = committed;
    }
}
