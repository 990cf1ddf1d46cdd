package dev.triggerstudio.bundle;

import dev.triggerstudio.model.Project;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.util.Base64;
import java.util.SortedMap;

/**
 * Builds a bundle's bytes: {@code manifest.json} first, then {@code manifest.sig} when signing, then
 * the project files sorted by path. Ed25519 signatures are deterministic, so signed bundles are
 * reproducible too.
 */
public final class BundleWriter {
    private BundleWriter() {
    }

    /**
     * @param project the loaded project (definitions for the manifest)
     * @param files its files as {@link ProjectFiles#collect} returns them
     * @param signer the key pair to sign with, or null for an unsigned bundle
     */
    public static byte[] write(Project project, SortedMap<String, byte[]> files, KeyPair signer) {
        if (files.size() + 2 > BundleLimits.DEFAULTS.maxEntries()) {
            throw new BundleException("the project has " + files.size() + " files, more than a bundle may hold");
        }
        byte[] manifest = BundleJson.pretty(ManifestBuilder.build(project, files));
        ZipWriter zip = new ZipWriter();
        zip.add(BundlePaths.MANIFEST, manifest);
        if (signer != null) {
            zip.add(BundlePaths.SIGNATURE, signature(manifest, signer));
        }
        files.forEach(zip::add);
        return zip.finish();
    }

    private static byte[] signature(byte[] manifest, KeyPair signer) {
        byte[] sig = Ed25519Keys.sign(signer.getPrivate(), manifest);
        SignatureEntry entry = new SignatureEntry(Ed25519Keys.ALGORITHM, Ed25519Keys.keyId(signer.getPublic()),
                Base64.getEncoder().encodeToString(signer.getPublic().getEncoded()),
                Base64.getEncoder().encodeToString(sig));
        return BundleJson.pretty(entry);
    }

    /** Writes a bundle file whole or not at all: a temporary file beside it, then a rename. */
    public static void writeFile(Path file, byte[] bundle) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bundle);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
