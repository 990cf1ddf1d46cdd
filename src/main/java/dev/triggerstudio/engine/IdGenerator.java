package dev.triggerstudio.engine;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic record ids: the n-th id of a project with seed s is always the same UUID-shaped
 * value. The counter is kept in the store so a --db run never reuses an id.
 */
final class IdGenerator {
    private final long seed;
    private long counter;
    private long committed;

    IdGenerator(long seed, long counter) {
        this.seed = seed;
        this.counter = counter;
        this.committed = counter;
    }

    String next() {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (++counter));
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    long counter() {
        return counter;
    }

    void commit() {
        committed = counter;
    }

    void rollback() {
        counter = committed;
    }
}
