package dev.triggerstudio.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bundle read safely from bytes: its entries, its manifest and its signature entry, if any.
 * Reading checks the zip's structure ({@link SafeZipReader}); {@link #problems()} checks the content
 * against the manifest.
 */
public final class Bundle {
    /** One thing wrong with a bundle, attached to the entry it is about. */
    public record Problem(String entry, String message) {
        @Override
        public String toString() {
            return entry + ": " + message;
        }
    }

    private final Map<String, byte[]> entries;
    private final byte[] manifestBytes;
    private final Manifest manifest;
    private final SignatureEntry signature;

    private Bundle(Map<String, byte[]> entries, byte[] manifestBytes, Manifest manifest, SignatureEntry signature) {
        this.entries = entries;
        this.manifestBytes = manifestBytes;
        this.manifest = manifest;
        this.signature = signature;
    }

    public static Bundle read(Path file, BundleLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBundleBytes()) {
                throw new BundleException(size + " bytes, over the bundle limit of " + limits.maxBundleBytes());
            }
            return read(Files.readAllBytes(file), limits);
        } catch (BundleException e) {
            throw new BundleException(file + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new BundleException(file + ": no such file");
        } catch (IOException e) {
            throw new BundleException(file + ": cannot read: " + e.getMessage());
        }
    }

    public static Bundle read(byte[] zip, BundleLimits limits) {
        Map<String, byte[]> entries = SafeZipReader.read(zip, limits);
        byte[] manifestBytes = entries.get(BundlePaths.MANIFEST);
        if (manifestBytes == null) {
            throw new BundleException("not a trigger bundle: it has no " + BundlePaths.MANIFEST);
        }
        Manifest manifest = parse(manifestBytes, Manifest.class, BundlePaths.MANIFEST);
        if (manifest.format() != Manifest.FORMAT) {
            throw new BundleException(BundlePaths.MANIFEST + ": bundle format " + manifest.format()
                    + " is not supported (this Trigger Studio reads format " + Manifest.FORMAT + ")");
        }
        byte[] sig = entries.get(BundlePaths.SIGNATURE);
        SignatureEntry signature = sig == null ? null : parse(sig, SignatureEntry.class, BundlePaths.SIGNATURE);
        return new Bundle(entries, manifestBytes, manifest, signature);
    }

    private static <T> T parse(byte[] bytes, Class<T> type, String entry) {
        try {
            return BundleJson.MAPPER.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            String first = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new BundleException(entry + ": malformed: " + first);
        } catch (IOException e) {
            throw new BundleException(entry + ": cannot read: " + e.getMessage());
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    public boolean isSigned() {
        return signature != null;
    }

    public SignatureEntry signature() {
        return signature;
    }

    /** Every entry that disagrees with the manifest, or that a bundle may not hold. Empty when sound. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Manifest.Entry> listed = new HashMap<>();
        for (Manifest.Entry e : manifest.entries()) {
            String path = e.path() == null ? "" : e.path();
            if (!BundlePaths.isProjectFile(path)) {
                problems.add(new Problem(SafeZipReader.printable(path), "not a project file; a bundle may not hold it"));
            } else if (listed.put(path, e) != null) {
                problems.add(new Problem(path, "listed twice in " + BundlePaths.MANIFEST));
            }
        }
        listed.forEach((path, e) -> checkEntry(path, e, problems));
        for (String name : entries.keySet()) {
            if (!listed.containsKey(name) && !name.equals(BundlePaths.MANIFEST) && !name.equals(BundlePaths.SIGNATURE)) {
                problems.add(new Problem(name, "not listed in " + BundlePaths.MANIFEST));
            }
        }
        if (problems.isEmpty()) {
            DefinitionCheck.check(manifest, entries, problems);
        }
        problems.sort((a, b) -> a.entry().compareTo(b.entry()));
        return problems;
    }

    private void checkEntry(String path, Manifest.Entry e, List<Problem> problems) {
        byte[] content = entries.get(path);
        if (content == null) {
            problems.add(new Problem(path, "listed in " + BundlePaths.MANIFEST + " but missing from the bundle"));
        } else if (content.length != e.size()) {
            problems.add(new Problem(path, "size mismatch: manifest says " + e.size() + " bytes, entry has " + content.length));
        } else {
            String actual = Hashes.sha256(content);
            if (!actual.equals(e.sha256())) {
                problems.add(new Problem(path, "SHA-256 mismatch: manifest says " + e.sha256() + ", entry has " + actual));
            }
        }
    }

    /** Whether {@code manifest.sig} is a valid signature of {@code manifest.json} by {@code key}. */
    public boolean signatureValidFor(PublicKey key) {
        if (signature == null || !Ed25519Keys.ALGORITHM.equals(signature.algorithm()) || signature.signature() == null) {
            return false;
        }
        try {
            return Ed25519Keys.verify(key, manifestBytes, Base64.getDecoder().decode(signature.signature()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The project files (every entry listed in the manifest), sorted by path. */
    public SortedMap<String, byte[]> projectFiles() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Manifest.Entry e : manifest.entries()) {
            byte[] content = entries.get(e.path());
            if (content != null) {
                files.put(e.path(), content);
            }
        }
        return files;
    }

    /** Entry names in the order the zip holds them. */
    public List<String> entryNames() {
        return List.copyOf(new LinkedHashMap<>(entries).keySet());
    }
}
