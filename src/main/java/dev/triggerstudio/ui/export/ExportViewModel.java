package dev.triggerstudio.ui.export;

import dev.triggerstudio.ui.common.Plural;
import dev.triggerstudio.bundle.BundleException;
import dev.triggerstudio.bundle.BundleWriter;
import dev.triggerstudio.bundle.Ed25519Keys;
import dev.triggerstudio.bundle.Hashes;
import dev.triggerstudio.bundle.ProjectFiles;
import dev.triggerstudio.bundle.push.PushClient;
import dev.triggerstudio.bundle.push.PushRequest;
import dev.triggerstudio.bundle.push.PushResult;
import dev.triggerstudio.bundle.push.PushTarget;
import dev.triggerstudio.bundle.push.ServerProfiles;
import dev.triggerstudio.engine.ProjectCheck;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.ProjectLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Export dialog's state and its one command, {@link #export()}: check the project, write the
 * bundle (signed when a key is given) and push it to a saved server profile when one is chosen.
 * Work runs on {@code background}; every property changes on {@code ui}. No controls here.
 */
public final class ExportViewModel {
    /** The choice that means "write the file, push nowhere". */
    public static final String NO_PUSH = "(don't push)";

    public enum State { IDLE, RUNNING, DONE, FAILED }

    private final StringProperty targetFile = new SimpleStringProperty("");
    private final StringProperty signKey = new SimpleStringProperty("");
    private final ObjectProperty<String> pushProfile = new SimpleObjectProperty<>(NO_PUSH);
    private final BooleanProperty allowErrors = new SimpleBooleanProperty(false);
    private final ObservableList<String> profiles = FXCollections.observableArrayList(NO_PUSH);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty serverAnswer = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final BooleanBinding canExport;

    private final Path projectRoot;
    private final Deps deps;
    private ServerProfiles serverProfiles;

    /** What the view model reaches out to; tests give their own runtimes, client and environment. */
    public record Deps(ScriptRuntimes runtimes, PushClient client, Function<String, String> environment,
                       List<Path> profileFiles, Executor background, Executor ui) {
    }

    public ExportViewModel(Path projectRoot, Deps deps) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.deps = deps;
        targetFile.set(this.projectRoot.resolveSibling(this.projectRoot.getFileName() + ".zip").toString());
        canExport = Bindings.createBooleanBinding(() -> state.get() != State.RUNNING && !targetFile.get().isBlank(),
                state, targetFile);
        loadProfiles();
    }

    /** The view model as the IDE uses it: standard runtimes, the real network, the process environment. */
    public static ExportViewModel standard(Path projectRoot, Executor background, Executor ui) {
        return new ExportViewModel(projectRoot, new Deps(ScriptRuntimes.standard(), PushClient.standard(), System::getenv,
                ServerProfiles.defaultFiles(projectRoot), background, ui));
    }

    private void loadProfiles() {
        try {
            serverProfiles = ServerProfiles.load(deps.profileFiles());
            profiles.setAll(NO_PUSH);
            profiles.addAll(serverProfiles.names());
        } catch (BundleException e) {
            serverProfiles = ServerProfiles.load(List.of());
            status.set("server profiles not loaded: " + e.getMessage());
        }
    }

    /** Starts an export; does nothing while one runs or when no target file is given. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Request r = new Request(Path.of(targetFile.get().strip()), blankToNull(signKey.get()),
                NO_PUSH.equals(pushProfile.get()) ? null : pushProfile.get(), allowErrors.get());
        problems.clear();
        serverAnswer.set("");
        state.set(State.RUNNING);
        report(0.05, "Checking the project…");
        deps.background().execute(() -> run(r));
    }

    private record Request(Path target, String key, String profile, boolean allowErrors) {
    }

    private record Written(byte[] bytes, String project) {
    }

    private void run(Request r) {
        try {
            Written written = writeBundle(r);
            if (written == null) {
                return;
            }
            if (r.profile() == null) {
                finish(State.DONE, "Wrote " + r.target() + " (" + written.bytes().length + " bytes, sha256 "
                        + Hashes.sha256(written.bytes()).substring(0, 12) + ")", "");
                return;
            }
            push(r, written);
        } catch (BundleException e) {
            finish(State.FAILED, e.getMessage(), "");
        } catch (IOException | RuntimeException e) {
            finish(State.FAILED, "Export failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), "");
        }
    }

    private Written writeBundle(Request r) throws IOException {
        ProjectLoader.Result checked = ProjectCheck.run(projectRoot, deps.runtimes());
        List<String> errors = checked.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
        if (checked.project() == null || (!errors.isEmpty() && !r.allowErrors())) {
            deps.ui().execute(() -> problems.setAll(errors));
            finish(State.FAILED, "The project fails check with " + Plural.of(errors.size(), "error") + "; fix them"
                    + (checked.project() == null ? "" : " or allow errors") + ". Nothing was written.", "");
            return null;
        }
        report(0.3, "Writing the bundle…");
        KeyPair signer = r.key() == null ? null : Ed25519Keys.readPair(Path.of(r.key()));
        byte[] bundle = BundleWriter.write(checked.project(), ProjectFiles.collect(projectRoot), signer);
        BundleWriter.writeFile(r.target(), bundle);
        report(0.6, "Wrote " + r.target());
        return new Written(bundle, checked.project().name());
    }

    private void push(Request r, Written written) {
        PushTarget target = PushTarget.resolve(r.profile(), null, null, serverProfiles);
        String token = target.tokenEnv() == null ? null : deps.environment().apply(target.tokenEnv());
        if (target.tokenEnv() != null && (token == null || token.isBlank())) {
            throw new BundleException("Wrote " + r.target() + ", but did not push: environment variable "
                    + target.tokenEnv() + " is not set");
        }
        if (token != null && target.isPlainHttpToRemoteHost()) {
            throw new BundleException("Wrote " + r.target() + ", but did not push: the token would go over plain http");
        }
        report(0.7, "Pushing to " + r.profile() + "…");
        PushRequest request = new PushRequest(target, written.bytes(), written.project(), token);
        PushResult result = deps.client().push(request, line -> report(0.75, line));
        finish(result.ok() ? State.DONE : State.FAILED, result.ok() ? "Pushed to " + r.profile() : "Push to " + r.profile()
                + " failed", result.message());
    }

    private void report(double fraction, String message) {
        deps.ui().execute(() -> {
            progress.set(fraction);
            status.set(message);
        });
    }

    private void finish(State end, String message, String answer) {
        deps.ui().execute(() -> {
            progress.set(end == State.DONE ? 1 : 0);
            status.set(message);
            serverAnswer.set(answer);
            state.set(end);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty targetFileProperty() {
        return targetFile;
    }

    public StringProperty signKeyProperty() {
        return signKey;
    }

    public ObjectProperty<String> pushProfileProperty() {
        return pushProfile;
    }

    public BooleanProperty allowErrorsProperty() {
        return allowErrors;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty serverAnswerProperty() {
        return serverAnswer;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public Path projectRoot() {
        return projectRoot;
    }
}
