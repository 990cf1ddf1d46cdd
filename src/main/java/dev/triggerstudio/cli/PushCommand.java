package dev.triggerstudio.cli;

import dev.triggerstudio.bundle.Bundle;
import dev.triggerstudio.bundle.BundleException;
import dev.triggerstudio.bundle.BundleLimits;
import dev.triggerstudio.bundle.push.PushClient;
import dev.triggerstudio.bundle.push.PushRequest;
import dev.triggerstudio.bundle.push.PushResult;
import dev.triggerstudio.bundle.push.PushTarget;
import dev.triggerstudio.bundle.push.ServerProfiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./studio push FILE.zip --server URL|PROFILE [--token-env NAME] [--path P] [--dry-run]}. The token
 * is read from the environment at the moment of sending and goes nowhere but the Authorization header.
 */
@Command(name = "push", description = "Upload a bundle to a server (docs/bundles.md, push protocol).")
public final class PushCommand implements Callable<Integer> {
    /** Where tokens come from; tests replace it because a JVM cannot set its own environment. */
    static Function<String, String> environment = System::getenv;
    /** How pushes are made; tests replace it to wait less between retries. */
    static java.util.function.Supplier<PushClient> client = PushClient::standard;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "the bundle")
    Path file;

    @Option(names = "--server", required = true, paramLabel = "URL|PROFILE", description = "a URL or a saved server profile")
    String server;

    @Option(names = "--token-env", paramLabel = "NAME", description = "environment variable holding the bearer token")
    String tokenEnv;

    @Option(names = "--path", paramLabel = "PATH", description = "upload path (default /api/trigger-bundles or the profile's)")
    String path;

    @Option(names = "--project", paramLabel = "DIR", description = "project whose .studio/servers.json holds profiles (default: .)")
    Path projectRoot = Path.of(".");

    @Option(names = "--dry-run", description = "show what would be sent, send nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PushRequest request = prepare();
            if (dryRun) {
                PushClient.describe(request).forEach(out::println);
                out.println("dry run: nothing was sent");
                return ExitCodes.OK;
            }
            PushResult result = client.get().push(request, line -> err.println("studio: " + line));
            (result.ok() ? out : err).println(result.ok() ? result.message() : "studio: " + result.message());
            return result.ok() ? ExitCodes.OK : ExitCodes.PROBLEM;
        } catch (BundleException e) {
            err.println("studio: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }

    private PushRequest prepare() {
        Bundle bundle = Bundle.read(file, BundleLimits.DEFAULTS);
        List<Bundle.Problem> problems = bundle.problems();
        if (!problems.isEmpty()) {
            throw new BundleException(file + ": " + problems.getFirst() + "; not pushing a damaged bundle (run ./studio inspect)");
        }
        PushTarget target = PushTarget.resolve(server, path, tokenEnv, ServerProfiles.load(ServerProfiles.defaultFiles(projectRoot)));
        String token = target.tokenEnv() == null ? null : environment.apply(target.tokenEnv());
        token = token == null || token.isBlank() ? null : token.strip();
        if (!dryRun && target.tokenEnv() != null && token == null) {
            throw new BundleException("environment variable " + target.tokenEnv() + " is not set; export it with the token");
        }
        if (token != null && target.isPlainHttpToRemoteHost()) {
            throw new BundleException("refusing to send the token over plain http to " + target.endpoint().getHost() + "; use https");
        }
        return new PushRequest(target, readAll(), bundle.manifest().project(), token);
    }

    private byte[] readAll() {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new BundleException(file + ": cannot read: " + e.getMessage());
        }
    }
}
