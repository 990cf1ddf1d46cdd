package dev.triggerstudio.cli;

import static dev.triggerstudio.cli.LoopbackServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.bundle.push.PushClient;
import dev.triggerstudio.bundle.push.RetryPolicy;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: run-time and network failures say what happened in our words, never Java's
 * (ClassCastException ... loader 'bootstrap', ConnectException, HttpTimeoutException).
 */
class NoJavaInternalsTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        PushCommand.client = PushClient::standard;
    }

    @Test
    void aStoredValueOfTheWrongTypeNamesTheRecordAndTheFix() throws Exception {
        Path ledger = SampleCopy.of("ledger", tmp);
        Path db = tmp.resolve("store.db");
        assertThat(CliRun.of("simulate", ledger.toString(), "lifecycle", "--db", db.toString()).exit()).isLessThanOrEqualTo(1);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var s = c.createStatement()) {
            s.executeUpdate("UPDATE invoice SET total = 'lots' WHERE id = 'inv-0001'");
        }

        CliRun run = CliRun.of("simulate", ledger.toString(), "lifecycle", "--db", db.toString());

        assertThat(run.all()).contains("invoice inv-0001 holds \"lots\" in total, which is a number field; correct"
                + " data/invoice.json").contains("--reset");
        assertThat(run.all()).doesNotContain("ClassCastException").doesNotContain("java.").doesNotContain("loader");
    }

    @Test
    void seedDataOfTheWrongTypeNeverShowsJavasCastError() throws Exception {
        Path ledger = SampleCopy.of("ledger", tmp);
        Path seed = ledger.resolve("data/invoice.json");
        Files.writeString(seed, Files.readString(seed).replace("\"total\": 300.0", "\"total\": \"lots\""));

        CliRun run = CliRun.of("simulate", ledger.toString(), "lifecycle");

        assertThat(run.all()).contains("invoice.json").doesNotContain("ClassCastException").doesNotContain("java.")
                .doesNotContain("loader 'bootstrap'");
    }

    @Test
    void pushToAClosedPortSaysNothingAnswersThere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PushCommand.client = () -> new PushClient(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)), d -> { });

        CliRun run = CliRun.of("push", bundle().toString(), "--server", "http://127.0.0.1:" + port, "--project", tmp.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nothing answers at 127.0.0.1:" + port + " (connection refused); check the URL and"
                + " that the server is running").doesNotContain("ConnectException");
    }

    @Test
    void pushToAServerThatNeverAnswersSaysHowLongItWaited() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.then(LoopbackServer.silentFor(Duration.ofSeconds(3)), reply(500, "x"));
            PushCommand.client = () -> new PushClient(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)), d -> { },
                    Duration.ofMillis(300));

            CliRun run = CliRun.of("push", bundle().toString(), "--server", server.url(), "--project", tmp.toString());

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("took the upload but did not answer within 300 ms")
                    .doesNotContain("HttpTimeoutException").doesNotContain("java.");
        }
    }

    private Path bundle() {
        Path zip = tmp.resolve("mini.zip");
        if (!Files.exists(zip)) {
            CliRun export = CliRun.of("export", dev.triggerstudio.bundle.SmallProject.writeTo(tmp.resolve("mini")).toString(),
                    "--out", zip.toString());
            assertThat(export.exit()).as(export.all()).isZero();
        }
        return zip;
    }
}
