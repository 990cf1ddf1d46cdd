package dev.triggerstudio.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on loopback that answers pushes from a script of replies and records what it
 * received. A {@link #drop()} reply closes the connection without answering.
 */
public final class LoopbackServer implements AutoCloseable {
    public record Reply(int status, String body, Map<String, String> headers) {
    }

    public record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private static final Reply DROP = new Reply(-1, "", Map.of());
    private static final int SILENT = -2;

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Reply reply(int status, String body) {
        return new Reply(status, body, Map.of("Content-Type", body.startsWith("{") ? "application/json" : "text/plain"));
    }

    public static Reply drop() {
        return DROP;
    }

    /** Takes the upload, then says nothing for this long (a server too slow to answer). */
    public static Reply silentFor(java.time.Duration quiet) {
        return new Reply(SILENT, String.valueOf(quiet.toMillis()), Map.of());
    }

    public LoopbackServer then(Reply... rs) {
        synchronized (replies) {
            replies.addAll(List.of(rs));
        }
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body));
        Reply r;
        synchronized (replies) {
            r = replies.isEmpty() ? reply(500, "no reply scripted") : replies.poll();
        }
        if (r == DROP) {
            throw new IOException("test server drops this connection");
        }
        if (r.status() == SILENT) {
            try {
                Thread.sleep(Long.parseLong(r.body()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r = reply(200, "late");
        }
        byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(r.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            ex.getResponseBody().write(out);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
