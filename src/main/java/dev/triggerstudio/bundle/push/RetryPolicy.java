package dev.triggerstudio.bundle.push;

import java.time.Duration;

/**
 * How often and how patiently a push is retried after a connection error, a 429 or a 5xx:
 * {@code maxAttempts} tries in all, waiting {@code firstDelay}, then twice as long each time, never
 * more than {@code maxDelay} (a server's Retry-After is honoured within the same cap).
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    public Duration delayBefore(int attempt) {
        long ms = firstDelay.toMillis() << Math.min(20, Math.max(0, attempt - 2));
        return Duration.ofMillis(Math.min(ms, maxDelay.toMillis()));
    }

    public Duration capped(Duration requested) {
        return requested.compareTo(maxDelay) > 0 ? maxDelay : requested;
    }
}
