package dev.triggerstudio.bundle.push;

/**
 * How a push ended.
 *
 * @param status the last HTTP status, or 0 when no answer came
 * @param message one line for the user, the server's own text included and the token masked
 */
public record PushResult(boolean ok, int status, int attempts, String message) {
}
