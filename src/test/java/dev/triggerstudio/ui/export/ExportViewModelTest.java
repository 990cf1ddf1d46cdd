package dev.triggerstudio.ui.export;

import static dev.triggerstudio.cli.LoopbackServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.bundle.Bundle;
import dev.triggerstudio.bundle.BundleLimits;
import dev.triggerstudio.bundle.Ed25519Keys;
import dev.triggerstudio.bundle.SmallProject;
import dev.triggerstudio.bundle.push.PushClient;
import dev.triggerstudio.bundle.push.RetryPolicy;
import dev.triggerstudio.cli.LoopbackServer;
import dev.triggerstudio.lang.ScriptRuntimes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export dialog's view model, without a toolkit: work and UI updates run on the calling thread. */
class ExportViewModelTest {
    @TempDir
    Path tmp;

    Path root;
    LoopbackServer server;
    Function<String, String> environment = Map.of("TOKEN_VAR", "tok-123")::get;
    final List<Runnable> queued = new ArrayList<>();
    boolean holdBackground;

    @BeforeEach
    void setUp() throws Exception {
        root = SmallProject.writeTo(tmp.resolve("mini"));
        server = new LoopbackServer();
        Files.createDirectories(root.resolve(".studio"));
        Files.writeString(root.resolve(".studio/servers.json"), "{\"servers\": {\"staging\": {\"url\": \"" + server.url()
                + "\", \"token_env\": \"TOKEN_VAR\"}}}");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private ExportViewModel model() {
        PushClient client = new PushClient(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)), d -> { });
        return new ExportViewModel(root, new ExportViewModel.Deps(ScriptRuntimes.of(), client, name -> environment.apply(name),
                List.of(root.resolve(".studio/servers.json")), r -> {
                    if (holdBackground) {
                        queued.add(r);
                    } else {
                        r.run();
                    }
                }, Runnable::run));
    }

    @Test
    void theTargetDefaultsToAZipBesideTheProject() {
        assertThat(model().targetFileProperty().get()).isEqualTo(tmp.resolve("mini.zip").toAbsolutePath().toString());
    }

    @Test
    void savedServerProfilesAreOffered() {
        assertThat(model().profiles()).containsExactly(ExportViewModel.NO_PUSH, "staging");
    }

    @Test
    void exportWritesTheBundleAndReportsDone() {
        ExportViewModel vm = model();
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).startsWith("Wrote ");
        Bundle bundle = Bundle.read(tmp.resolve("mini.zip"), BundleLimits.DEFAULTS);
        assertThat(bundle.problems()).isEmpty();
        assertThat(server.received).isEmpty();
    }

    @Test
    void aProjectWithErrorsIsNotExportedAndItsProblemsAreListed() throws Exception {
        Files.writeString(root.resolve("objects/task.json"), "{\"api_name\": ");
        ExportViewModel vm = model();
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(vm.problems()).anyMatch(p -> p.startsWith("objects/task.json:1:"));
        assertThat(vm.statusProperty().get()).contains("fails check");
        assertThat(tmp.resolve("mini.zip")).doesNotExist();
    }

    @Test
    void allowingErrorsExportsAnyway() throws Exception {
        Files.writeString(root.resolve("triggers/follow_up.json"), "{\"id\": \"follow_up\", \"object\": \"nowhere\", "
                + "\"language\": \"lua\", \"timing\": \"after\", \"events\": [\"update\"]}");
        ExportViewModel vm = model();
        vm.allowErrorsProperty().set(true);
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(tmp.resolve("mini.zip")).exists();
    }

    @Test
    void aKeySignsTheBundle() throws Exception {
        Path key = tmp.resolve("k");
        Ed25519Keys.write(Ed25519Keys.generate(), key, tmp.resolve("k.pub"));
        ExportViewModel vm = model();
        vm.signKeyProperty().set(key.toString());
        vm.export();
        Bundle bundle = Bundle.read(tmp.resolve("mini.zip"), BundleLimits.DEFAULTS);
        assertThat(bundle.signatureValidFor(Ed25519Keys.readPublic(tmp.resolve("k.pub")))).isTrue();
    }

    @Test
    void pushingToAProfileShowsTheServersAnswer() {
        server.then(reply(201, "{\"message\": \"deployed to staging\"}"));
        ExportViewModel vm = model();
        vm.pushProfileProperty().set("staging");
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(vm.serverAnswerProperty().get()).contains("HTTP 201: deployed to staging");
        assertThat(server.received.getFirst().header("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void aRefusedPushIsReportedWithTheServersText() {
        server.then(reply(401, "{\"error\": \"unknown token\"}"));
        ExportViewModel vm = model();
        vm.pushProfileProperty().set("staging");
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(vm.statusProperty().get()).contains("failed");
        assertThat(vm.serverAnswerProperty().get()).contains("401", "unknown token").doesNotContain("tok-123");
        assertThat(tmp.resolve("mini.zip")).exists();
    }

    @Test
    void aMissingTokenVariableStopsBeforeTheNetwork() {
        environment = name -> null;
        ExportViewModel vm = model();
        vm.pushProfileProperty().set("staging");
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(vm.statusProperty().get()).contains("TOKEN_VAR is not set");
        assertThat(server.received).isEmpty();
    }

    @Test
    void exportIsDisabledWhileRunningAndWithoutATarget() {
        holdBackground = true;
        ExportViewModel vm = model();
        vm.export();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.RUNNING);
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.export();
        assertThat(queued).hasSize(1);
        queued.getFirst().run();
        assertThat(vm.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        vm.targetFileProperty().set(" ");
        assertThat(vm.canExportProperty().get()).isFalse();
    }
}
