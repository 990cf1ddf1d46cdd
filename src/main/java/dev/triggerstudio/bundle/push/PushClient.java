package dev.triggerstudio.bundle.push;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Uploads a bundle with the JDK's HttpClient (docs/bundles.md, "Push protocol"). Connection errors,
 * 429 and 5xx are retried within a {@link RetryPolicy}: the Idempotency-Key makes a repeated upload
 * safe. Redirects are not followed, so the token is only ever sent to the URL the user named.
 */
public final class PushClient {
    public static final String USER_AGENT = "trigger-studio/0.1.0";
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Duration answerTimeout;

    public PushClient(RetryPolicy policy, Sleeper sleeper) {
        this(policy, sleeper, Duration.ofSeconds(60));
    }

    /** {@code answerTimeout}: how long a connected server may take to answer one upload. */
    public PushClient(RetryPolicy policy, Sleeper sleeper, Duration answerTimeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(CONNECT_TIMEOUT).build();
        this.policy = policy;
        this.sleeper = sleeper;
        this.answerTimeout = answerTimeout;
    }

    public static PushClient standard() {
        return new PushClient(RetryPolicy.DEFAULT, d -> Thread.sleep(d));
    }

    /** The request line and headers that {@code push} would send, the token masked: what --dry-run prints. */
    public static List<String> describe(PushRequest req) {
        String auth = req.target().tokenEnv() == null ? "(none: no --token-env)"
                : "Bearer **** (from $" + req.target().tokenEnv() + (req.token() == null ? ", which is NOT SET)" : ")");
        return List.of("POST " + req.target().endpoint(), "Authorization: " + auth, "Content-Type: application/zip",
                "Content-Length: " + req.bundle().length, "Idempotency-Key: " + req.sha256(), "User-Agent: " + USER_AGENT);
    }

    /** Pushes; {@code progress} hears about each retry. Never throws for network or server trouble. */
    public PushResult push(PushRequest req, Consumer<String> progress) {
        String lastProblem = "";
        int lastStatus = 0;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait = policy.delayBefore(attempt + 1);
            try {
                HttpResponse<InputStream> response = http.send(request(req, answerTimeout), HttpResponse.BodyHandlers.ofInputStream());
                lastStatus = response.statusCode();
                String answer = req.redact(ServerAnswer.text(response, MAX_ANSWER_BYTES));
                if (!isRetryable(lastStatus)) {
                    return finished(req, lastStatus, attempt, answer, response);
                }
                lastProblem = "HTTP " + lastStatus + (answer.isEmpty() ? "" : ": " + answer);
                wait = ServerAnswer.retryAfter(response).map(policy::capped).orElse(wait);
            } catch (IOException e) {
                lastStatus = 0;
                lastProblem = "connection error: " + req.redact(describe(e, req.target().endpoint()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new PushResult(false, 0, attempt, "push interrupted");
            }
            if (attempt < policy.maxAttempts()) {
                progress.accept("attempt " + attempt + " of " + policy.maxAttempts() + " failed (" + lastProblem
                        + "); retrying in " + wait.toMillis() + " ms");
                if (!pause(wait)) {
                    return new PushResult(false, lastStatus, attempt, "push interrupted");
                }
            }
        }
        return new PushResult(false, lastStatus, policy.maxAttempts(), "push to " + req.target().label() + " failed after "
                + policy.maxAttempts() + " attempts: " + lastProblem);
    }

    private boolean pause(Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpRequest request(PushRequest req, Duration answerTimeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(req.target().endpoint())
                .timeout(answerTimeout)
                .header("Content-Type", "application/zip")
                .header("Accept", "application/json, text/plain")
                .header("Idempotency-Key", req.sha256())
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(req.bundle()));
        if (req.token() != null) {
            b.header("Authorization", "Bearer " + req.token());
        }
        return b.build();
    }

    static boolean isRetryable(int status) {
        return status == 429 || status >= 500;
    }

    private static PushResult finished(PushRequest req, int status, int attempts, String answer,
                                       HttpResponse<?> response) {
        boolean ok = status >= 200 && status < 300;
        String message = ok
                ? "pushed " + req.project() + " (" + req.bundle().length + " bytes, sha256 " + req.sha256().substring(0, 12)
                        + ") to " + req.target().endpoint() + ": HTTP " + status + (answer.isEmpty() ? "" : ": " + answer)
                : StatusMessages.of(status, answer, req, response.headers().firstValue("Location").orElse(null));
        return new PushResult(ok, status, attempts, message);
    }

    /** Network trouble in words: the JDK's exceptions (ConnectException, HttpTimeoutException) often carry no message at all. */
    private String describe(IOException e, java.net.URI endpoint) {
        String where = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        return switch (e) {
            case java.net.http.HttpConnectTimeoutException t -> "no connection to " + where + " within "
                    + CONNECT_TIMEOUT.toSeconds() + " s; check the URL and the network";
            case java.net.http.HttpTimeoutException t -> where + " took the upload but did not answer within "
                    + seconds(answerTimeout) + "; the server may be overloaded, try again later";
            case java.net.ConnectException c when c.getCause() instanceof java.nio.channels.UnresolvedAddressException ->
                    "unknown host " + endpoint.getHost() + "; check the URL";
            case java.net.ConnectException c -> "nothing answers at " + where + " (connection refused); check the URL"
                    + " and that the server is running";
            case java.net.UnknownHostException u -> "unknown host " + endpoint.getHost() + "; check the URL";
            case javax.net.ssl.SSLException s -> "the secure connection to " + where + " failed (TLS); check that the"
                    + " server's certificate is valid for this host";
            default -> "the connection to " + where + " broke before the server answered";
        };
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
