package dev.triggerstudio.cli;

import static dev.triggerstudio.cli.LoopbackServer.drop;
import static dev.triggerstudio.cli.LoopbackServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.bundle.Hashes;
import dev.triggerstudio.bundle.SmallProject;
import dev.triggerstudio.bundle.push.PushClient;
import dev.triggerstudio.bundle.push.RetryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./studio push} against a real HTTP server on loopback. */
class PushCommandTest {
    static final String TOKEN = "s3cret-Tok3n-value";

    @TempDir
    Path tmp;

    LoopbackServer server;
    Path zip;
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = new LoopbackServer();
        zip = tmp.resolve("mini.zip");
        CliRun export = CliRun.of("export", SmallProject.writeTo(tmp.resolve("mini")).toString(), "--out", zip.toString());
        assertThat(export.exit()).as(export.all()).isZero();
        PushCommand.environment = Map.of("STUDIO_TOKEN", TOKEN)::get;
        PushCommand.client = () -> new PushClient(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1)), waits::add);
    }

    @AfterEach
    void tearDown() {
        server.close();
        PushCommand.environment = System::getenv;
        PushCommand.client = PushClient::standard;
    }

    private CliRun push(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("push", zip.toString(), "--server", server.url(),
                "--token-env", "STUDIO_TOKEN", "--project", tmp.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aSuccessfulPushSendsTheBundleWithTokenAndIdempotencyKey() throws Exception {
        server.then(reply(201, "{\"id\": \"b-1\", \"message\": \"stored as b-1\"}"));
        CliRun run = push();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).contains("pushed mini", "HTTP 201: stored as b-1");
        LoopbackServer.Received r = server.received.getFirst();
        byte[] bundle = Files.readAllBytes(zip);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/api/trigger-bundles");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(r.header("Idempotency-Key")).isEqualTo(Hashes.sha256(bundle));
        assertThat(r.header("Content-Type")).isEqualTo("application/zip");
        assertThat(r.body()).isEqualTo(bundle);
    }

    @Test
    void aRefusedTokenSaysSoWithTheServersText() {
        server.then(reply(401, "{\"error\": \"token expired\"}"));
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("401 Unauthorized", "token expired", "$STUDIO_TOKEN");
        assertThat(server.received).hasSize(1);
    }

    @Test
    void aBundleTooLargeForTheServerSaysSo() {
        server.then(reply(413, "bundles are limited to 1 KB"));
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("too large", "413", "bundles are limited to 1 KB");
        assertThat(server.received).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            403 | may not push   | group finance only
            409 | conflicting    | version 3 already deployed
            422 | rejected the bundle | trigger x: unknown object
            404 | HTTP 404       | no such route
            """)
    void otherRefusalsNameTheStatusAndTheServersText(int status, String phrase, String serverText) {
        server.then(reply(status, "{\"error\": \"" + serverText + "\"}"));
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(String.valueOf(status), phrase, serverText);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void a503IsRetriedWithTheSameIdempotencyKeyAndThenSucceeds() {
        server.then(reply(503, "warming up"), reply(201, "{\"message\": \"ok\"}"));
        CliRun run = push();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(server.received).hasSize(2);
        assertThat(server.received.get(1).header("Idempotency-Key")).isEqualTo(server.received.get(0).header("Idempotency-Key"));
        assertThat(run.err()).contains("attempt 1 of 4 failed (HTTP 503: warming up)");
        assertThat(waits).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void retriesBackOffAndAreBounded() {
        server.then(reply(500, "a"), reply(502, "b"), reply(503, "c"), reply(504, "d"), reply(201, "never reached"));
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(server.received).hasSize(4);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(run.err()).contains("failed after 4 attempts: HTTP 504: d");
    }

    @Test
    void retryAfterIsHonouredWithinTheCap() {
        server.then(new LoopbackServer.Reply(503, "busy", Map.of("Retry-After", "30")), reply(201, "ok"));
        assertThat(push().exit()).isZero();
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aDroppedConnectionIsRetried() {
        server.then(drop(), reply(201, "ok"));
        CliRun run = push();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(server.received).hasSize(2);
        assertThat(run.err()).contains("attempt 1 of 4 failed (connection error");
    }

    @Test
    void aConnectionDroppedEveryTimeFailsAfterTheLastAttempt() {
        server.then(drop(), drop(), drop(), drop());
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(server.received).hasSize(4);
        assertThat(run.err()).contains("failed after 4 attempts: connection error");
    }

    @Test
    void aServerThatIsNotThereFailsAfterTheLastAttempt() {
        String url = server.url();
        server.close();
        CliRun run = CliRun.of("push", zip.toString(), "--server", url, "--project", tmp.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("failed after 4 attempts: connection error");
    }

    @Test
    void dryRunSendsNothingAndShowsWhatWouldBeSent() throws Exception {
        CliRun run = push("--dry-run");
        assertThat(run.exit()).isZero();
        assertThat(server.received).isEmpty();
        assertThat(run.out()).contains("POST " + server.url() + "/api/trigger-bundles",
                "Authorization: Bearer **** (from $STUDIO_TOKEN)", "Idempotency-Key: " + Hashes.sha256(Files.readAllBytes(zip)),
                "nothing was sent");
    }

    @Test
    void theTokenNeverAppearsInOutputOrLogs() {
        List<String> logged = new CopyOnWriteArrayList<>();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()) + " " + r.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(java.util.logging.Level.ALL);
        root.setLevel(java.util.logging.Level.ALL);
        root.addHandler(capture);
        try {
            server.then(reply(401, "{\"error\": \"bad token " + TOKEN + "\"}"), reply(503, "Bearer " + TOKEN),
                    drop(), reply(201, "{\"message\": \"stored for " + TOKEN + "\"}"));
            List<CliRun> runs = List.of(push(), push(), push("--dry-run"));
            assertThat(server.received).hasSize(4);
            for (CliRun run : runs) {
                assertThat(run.all()).doesNotContain(TOKEN);
            }
            assertThat(runs.getFirst().err()).contains("bad token ****");
            assertThat(logged).noneMatch(l -> l.contains(TOKEN));
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
    }

    @Test
    void anUnsetTokenVariableIsOneLine() {
        PushCommand.environment = name -> null;
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("STUDIO_TOKEN is not set");
        assertThat(server.received).isEmpty();
    }

    @Test
    void theTokenIsNotSentOverPlainHttpToAnotherHost() {
        CliRun run = CliRun.of("push", zip.toString(), "--server", "http://example.invalid", "--token-env", "STUDIO_TOKEN",
                "--project", tmp.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("refusing to send the token over plain http");
    }

    @Test
    void aSavedServerProfileGivesUrlPathAndTokenVariable() throws Exception {
        Files.createDirectories(tmp.resolve(".studio"));
        Files.writeString(tmp.resolve(".studio/servers.json"), "{\"servers\": {\"local\": {\"url\": \"" + server.url()
                + "\", \"path\": \"/v2/bundles\", \"token_env\": \"STUDIO_TOKEN\"}}}");
        server.then(reply(200, "{\"message\": \"already have it\"}"));
        CliRun run = CliRun.of("push", zip.toString(), "--server", "local", "--project", tmp.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(server.received.getFirst().path()).isEqualTo("/v2/bundles");
        assertThat(server.received.getFirst().header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aProfileHoldingATokenIsRefused() throws Exception {
        Files.createDirectories(tmp.resolve(".studio"));
        Files.writeString(tmp.resolve(".studio/servers.json"), "{\"servers\": {\"local\": {\"url\": \"" + server.url()
                + "\", \"token\": \"abc\"}}}");
        CliRun run = CliRun.of("push", zip.toString(), "--server", "local", "--project", tmp.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("holds a secret", "token_env");
        assertThat(server.received).isEmpty();
    }

    @Test
    void aDamagedBundleIsNotPushed() throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        bytes[BundleCommandsTest.indexOf(bytes, "reject \"Amount".getBytes())] = 'R';
        Files.write(zip, ZipPatch.fixCrc(bytes, "triggers/invoice_totals.stanza"));
        CliRun run = push();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("triggers/invoice_totals.stanza: SHA-256 mismatch", "not pushing");
        assertThat(server.received).isEmpty();
    }
}
