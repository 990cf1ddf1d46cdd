package dev.triggerstudio.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.NoSuchElementException;

/**
 * Ed25519 keys and signatures with the JDK alone. Keys are stored as PEM (PKCS#8 {@code PRIVATE KEY},
 * X.509 {@code PUBLIC KEY}), the form {@code openssl genpkey -algorithm ed25519} writes; a file holding
 * just the base64 of the same DER is accepted too.
 */
public final class Ed25519Keys {
    public static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has Ed25519 since 15", e);
        }
    }

    /**
     * Writes {@code privateFile} (created with permissions 600 before any byte is written, where the
     * file system has POSIX permissions) and {@code publicFile}. Refuses to overwrite either.
     */
    public static void write(KeyPair pair, Path privateFile, Path publicFile) throws IOException {
        for (Path p : new Path[] {privateFile, publicFile}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p + " already exists; choose another name or remove it");
            }
        }
        Path parent = privateFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(privateFile);
        }
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    public static PrivateKey readPrivate(Path file) {
        byte[] der = der(file, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new BundleException(file + ": not an Ed25519 private key (expected PEM 'PRIVATE KEY' from ./studio keygen)");
        }
    }

    /** The private key of a file and its public half, derived from it (PKCS#8 files hold only the seed). */
    public static KeyPair readPair(Path privateFile) {
        PrivateKey key = readPrivate(privateFile);
        try {
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
            g.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = g.generateKeyPair();
            if (!Arrays.equals(pair.getPrivate().getEncoded(), key.getEncoded())) {
                throw new BundleException(privateFile + ": cannot derive the public key of this private key");
            }
            return pair;
        } catch (GeneralSecurityException | ClassCastException | NoSuchElementException e) {
            throw new BundleException(privateFile + ": cannot derive the public key of this private key");
        }
    }

    /** Ed25519 key generation draws exactly the 32-byte seed from its random source; this one returns a known seed. */
    private static final class SeedRandom extends SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }

    /** Whether a private key file can be read by the group or others (false where there are no POSIX permissions). */
    public static boolean readableByOthers(Path file) {
        try {
            var perms = Files.getPosixFilePermissions(file);
            return perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public static PublicKey readPublic(Path file) {
        byte[] der = der(file, "PUBLIC KEY");
        return publicKey(der, file.toString());
    }

    static PublicKey publicKey(byte[] der, String where) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new BundleException(where + ": not an Ed25519 public key (expected PEM 'PUBLIC KEY', the .pub file of ./studio keygen)");
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new BundleException("cannot sign with this key: " + e.getMessage());
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** A short, stable name for a public key: the first 16 hex digits of the SHA-256 of its DER. */
    public static String keyId(PublicKey key) {
        return Hashes.sha256(key.getEncoded()).substring(0, 16);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file, String type) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new BundleException(file + ": no such key file");
        } catch (IOException e) {
            throw new BundleException(file + ": cannot read the key: " + e.getMessage());
        }
        if (text.contains("-----BEGIN") && !text.contains("-----BEGIN " + type + "-----")) {
            throw new BundleException(file + ": expected a PEM '" + type + "' but found another kind of key");
        }
        String body = text.replaceAll("-----[A-Z ]+-----", "");
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new BundleException(file + ": not PEM or base64 text");
        }
    }
}
