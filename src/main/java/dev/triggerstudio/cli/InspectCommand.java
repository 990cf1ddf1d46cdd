package dev.triggerstudio.cli;

import dev.triggerstudio.bundle.Bundle;
import dev.triggerstudio.bundle.BundleException;
import dev.triggerstudio.bundle.BundleLimits;
import dev.triggerstudio.bundle.BundleListing;
import dev.triggerstudio.bundle.Ed25519Keys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio inspect FILE.zip [--verify-with PUBKEY]}: lists a bundle and verifies it; exit 1 on any mismatch. */
@Command(name = "inspect", description = "List what a bundle holds and verify its checksums (and signature).")
public final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "the bundle")
    Path file;

    @Option(names = "--verify-with", paramLabel = "PUBKEY", description = "verify the signature with this Ed25519 public key")
    Path verifyWith;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bundle bundle;
        try {
            bundle = Bundle.read(file, BundleLimits.DEFAULTS);
        } catch (BundleException e) {
            err.println("studio: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
        BundleListing.lines(bundle).forEach(out::println);
        List<Bundle.Problem> problems = bundle.problems();
        problems.forEach(p -> err.println("studio: " + file + ": " + p));
        boolean signatureOk = verifySignature(bundle, out, err);
        out.println("checksums: " + (problems.isEmpty() ? "all " + bundle.manifest().entries().size() + " ok"
                : problems.size() + " problem(s)"));
        return problems.isEmpty() && signatureOk ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private boolean verifySignature(Bundle bundle, PrintWriter out, PrintWriter err) {
        if (verifyWith == null) {
            return true;
        }
        try {
            if (bundle.signatureValidFor(Ed25519Keys.readPublic(verifyWith))) {
                out.println("signature: valid for " + verifyWith);
                return true;
            }
            err.println("studio: " + file + ": " + signatureFailure(bundle, verifyWith));
        } catch (BundleException e) {
            err.println("studio: " + e.getMessage());
        }
        return false;
    }

    static String signatureFailure(Bundle bundle, Path key) {
        return bundle.isSigned()
                ? "manifest.sig: the signature does not verify with " + key + " (wrong key, or the manifest was changed)"
                : "manifest.sig: the bundle is not signed; export it with --sign KEY";
    }
}
