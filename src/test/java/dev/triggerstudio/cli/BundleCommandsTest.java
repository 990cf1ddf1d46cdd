package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.bundle.SmallProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCommandsTest {
    @TempDir
    Path tmp;

    private Path project() {
        return SmallProject.writeTo(tmp.resolve("mini"));
    }

    private Path exported(String... extra) {
        Path zip = tmp.resolve("mini.zip");
        String[] args = new String[] {"export", project().toString(), "--out", zip.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRun run = CliRun.of(all);
        assertThat(run.exit()).as(run.all()).isZero();
        return zip;
    }

    @Test
    void exportWritesABundleThatInspectLists() {
        Path zip = exported();
        CliRun inspect = CliRun.of("inspect", zip.toString());
        assertThat(inspect.exit()).as(inspect.all()).isZero();
        assertThat(inspect.out()).contains("bundle: mini (format 1)", "invoice", "invoice_totals  before  create,update  stanza",
                "permissions: finance=read_edit", "follow_up  after  update  lua", "paid_needs_date", "touches: invoice, task",
                "tests/pay.trace.json", "checksums: all 15 ok");
    }

    @Test
    void exportImportExportThroughTheCliGivesTheSameBytes() throws Exception {
        Path zip = exported();
        Path back = tmp.resolve("back");
        CliRun imp = CliRun.of("import", zip.toString(), "--into", back.toString());
        assertThat(imp.exit()).as(imp.all()).isZero();
        Path again = tmp.resolve("again.zip");
        assertThat(CliRun.of("export", back.toString(), "--out", again.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(zip));
    }

    @Test
    void tamperingOneByteOfAScriptMakesInspectFailNamingTheEntry() throws Exception {
        Path zip = exported();
        byte[] bytes = Files.readAllBytes(zip);
        int at = indexOf(bytes, "reject \"Amount".getBytes());
        bytes[at] = 'R';
        byte[] patched = ZipPatch.fixCrc(bytes, "triggers/invoice_totals.stanza");
        Files.write(zip, patched);
        CliRun inspect = CliRun.of("inspect", zip.toString());
        assertThat(inspect.exit()).isEqualTo(1);
        assertThat(inspect.err()).contains("triggers/invoice_totals.stanza: SHA-256 mismatch");
    }

    @Test
    void tamperingWithoutFixingTheCrcIsAlsoCaught() throws Exception {
        Path zip = exported();
        byte[] bytes = Files.readAllBytes(zip);
        bytes[indexOf(bytes, "reject \"Amount".getBytes())] = 'R';
        Files.write(zip, bytes);
        CliRun inspect = CliRun.of("inspect", zip.toString());
        assertThat(inspect.exit()).isEqualTo(1);
        assertThat(inspect.err()).contains("triggers/invoice_totals.stanza").contains("CRC");
    }

    @Test
    void aSignedBundleVerifiesWithItsKeyAndFailsWithAnother() {
        Path key = tmp.resolve("keys/studio");
        Path other = tmp.resolve("keys/other");
        assertThat(CliRun.of("keygen", "--out", key.toString()).exit()).isZero();
        assertThat(CliRun.of("keygen", "--out", other.toString()).exit()).isZero();
        Path zip = exported("--sign", key.toString());
        CliRun good = CliRun.of("inspect", zip.toString(), "--verify-with", key + ".pub");
        assertThat(good.exit()).as(good.all()).isZero();
        assertThat(good.out()).contains("signature: valid", "signed (Ed25519, key ");
        CliRun bad = CliRun.of("inspect", zip.toString(), "--verify-with", other + ".pub");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("manifest.sig: the signature does not verify");
    }

    @Test
    void aManifestReHashedAfterTamperingPassesChecksumsButNotTheSignature() throws Exception {
        Path key = tmp.resolve("k");
        CliRun.of("keygen", "--out", key.toString());
        Path zip = exported("--sign", key.toString());
        byte[] bytes = Files.readAllBytes(zip);
        int at = indexOf(bytes, "reject \"Amount".getBytes());
        bytes[at] = 'R';
        String oldHash = dev.triggerstudio.bundle.Hashes.sha256("// totals\nreject \"Amount must be positive\" when record.total lte 0\n".getBytes());
        String newHash = dev.triggerstudio.bundle.Hashes.sha256("// totals\nReject \"Amount must be positive\" when record.total lte 0\n".getBytes());
        int h = indexOf(bytes, oldHash.getBytes());
        System.arraycopy(newHash.getBytes(), 0, bytes, h, newHash.length());
        bytes = ZipPatch.fixCrc(ZipPatch.fixCrc(bytes, "triggers/invoice_totals.stanza"), "manifest.json");
        Files.write(zip, bytes);
        assertThat(CliRun.of("inspect", zip.toString()).exit()).isZero();
        CliRun verified = CliRun.of("inspect", zip.toString(), "--verify-with", key + ".pub");
        assertThat(verified.exit()).isEqualTo(1);
        assertThat(verified.err()).contains("manifest.sig: the signature does not verify");
        CliRun imported = CliRun.of("import", zip.toString(), "--into", tmp.resolve("in").toString(), "--verify-with", key + ".pub");
        assertThat(imported.exit()).isEqualTo(2);
        assertThat(tmp.resolve("in")).doesNotExist();
    }

    @Test
    void signingIsReproducible() throws Exception {
        Path key = tmp.resolve("k");
        CliRun.of("keygen", "--out", key.toString());
        byte[] first = Files.readAllBytes(exported("--sign", key.toString()));
        byte[] second = Files.readAllBytes(exported("--sign", key.toString()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anUnsignedBundleFailsVerification() {
        Path key = tmp.resolve("k");
        CliRun.of("keygen", "--out", key.toString());
        CliRun run = CliRun.of("inspect", exported().toString(), "--verify-with", key + ".pub");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not signed");
    }

    @Test
    void keygenWritesThePrivateKeyReadableOnlyByItsOwner() throws Exception {
        Path key = tmp.resolve("k");
        CliRun run = CliRun.of("keygen", "--out", key.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(tmp.resolve("k.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void signingWithAKeyOthersCanReadWarns() throws Exception {
        Path key = tmp.resolve("k");
        CliRun.of("keygen", "--out", key.toString());
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CliRun run = CliRun.of("export", project().toString(), "--out", tmp.resolve("s.zip").toString(), "--sign", key.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("readable by other users", "chmod 600");
    }

    @Test
    void keygenRefusesToOverwriteAKey() throws Exception {
        Path key = tmp.resolve("k");
        CliRun.of("keygen", "--out", key.toString());
        String before = Files.readString(key);
        CliRun again = CliRun.of("keygen", "--out", key.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(Files.readString(key)).isEqualTo(before);
    }

    @Test
    void exportRefusesAProjectThatFailsCheckUnlessAllowed() throws Exception {
        Path root = project();
        Files.writeString(root.resolve("triggers/follow_up.json"), "{\"id\": \"follow_up\", \"object\": \"nowhere\", "
                + "\"language\": \"lua\", \"timing\": \"after\", \"events\": [\"update\"]}");
        Path zip = tmp.resolve("bad.zip");
        CliRun refused = CliRun.of("export", root.toString(), "--out", zip.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("triggers/follow_up.json:", "fails check", "--allow-errors");
        assertThat(zip).doesNotExist();
        CliRun allowed = CliRun.of("export", root.toString(), "--out", zip.toString(), "--allow-errors");
        assertThat(allowed.exit()).as(allowed.all()).isZero();
        assertThat(zip).exists();
    }

    @Test
    void importRefusesAFolderThatIsNotEmpty() throws Exception {
        Path zip = exported();
        Path into = tmp.resolve("busy");
        Files.createDirectories(into);
        Files.writeString(into.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("import", zip.toString(), "--into", into.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not empty").doesNotContain("Exception");
        assertThat(into.resolve("project.json")).doesNotExist();
    }

    @Test
    void inspectOfAMissingFileIsOneLine() {
        CliRun run = CliRun.of("inspect", tmp.resolve("nope.zip").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("nope.zip").doesNotContain("at dev.");
    }

    @Test
    void aBadSigningKeyIsOneLine() throws Exception {
        Path key = tmp.resolve("garbage.key");
        Files.writeString(key, "not a key");
        CliRun run = CliRun.of("export", project().toString(), "--out", tmp.resolve("x.zip").toString(), "--sign", key.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("garbage.key", "Ed25519");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
