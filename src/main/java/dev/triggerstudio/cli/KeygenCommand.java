package dev.triggerstudio.cli;

import dev.triggerstudio.bundle.Ed25519Keys;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio keygen --out FILE}: an Ed25519 key pair for signing bundles, FILE (private) and FILE.pub. */
@Command(name = "keygen", description = "Write an Ed25519 key pair: FILE (private, mode 600) and FILE.pub.")
public final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the private key file; the public key goes to FILE.pub")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path pub = out.resolveSibling(out.getFileName() + ".pub");
        KeyPair pair = Ed25519Keys.generate();
        try {
            Ed25519Keys.write(pair, out, pub);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("studio: " + e.getFile() + "; nothing was written");
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("wrote private key " + out + " (mode 600: keep it secret, never commit it) and public key "
                + pub + " (key id " + Ed25519Keys.keyId(pair.getPublic()) + ")");
        return ExitCodes.OK;
    }
}
