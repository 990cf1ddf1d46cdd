package dev.triggerstudio.cli;

import dev.triggerstudio.bundle.Bundle;
import dev.triggerstudio.bundle.BundleImporter;
import dev.triggerstudio.bundle.BundleLimits;
import dev.triggerstudio.bundle.Ed25519Keys;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio import FILE.zip --into DIR [--verify-with PUBKEY]}: writes the project back out. */
@Command(name = "import", description = "Write a bundle's project into a new or empty folder.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "the bundle")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "DIR", description = "a new or empty folder")
    Path into;

    @Option(names = "--verify-with", paramLabel = "PUBKEY", description = "refuse unless the bundle is signed by this key")
    Path verifyWith;

    @Override
    public Integer call() throws Exception {
        Bundle bundle = Bundle.read(file, BundleLimits.DEFAULTS);
        if (verifyWith != null && !bundle.signatureValidFor(Ed25519Keys.readPublic(verifyWith))) {
            spec.commandLine().getErr().println("studio: " + file + ": " + InspectCommand.signatureFailure(bundle, verifyWith)
                    + "; nothing was imported");
            return ExitCodes.BAD_INPUT;
        }
        int n = BundleImporter.importInto(bundle, into);
        spec.commandLine().getOut().println("imported " + bundle.manifest().project() + " into " + into + ": " + n + " files");
        return ExitCodes.OK;
    }
}
