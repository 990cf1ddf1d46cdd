package dev.triggerstudio.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.model.ProjectLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each crafted bundle is refused with a clear reason, and nothing appears outside (or inside) the target. */
class HostileBundleTest {
    private static final BundleLimits SMALL = new BundleLimits(1 << 20, 50, 4096, 10_000, 100, 1024);

    @TempDir
    Path tmp;

    static Stream<Arguments> hostileZips() {
        return Stream.of(
                Arguments.of("dot-dot path", new HostileZip().file("../evil.json", "{}"), "'..' escapes"),
                Arguments.of("dot-dot inside a folder", new HostileZip().file("objects/../../evil.json", "{}"), "'..' escapes"),
                Arguments.of("absolute path", new HostileZip().file("/tmp/evil.json", "{}"), "absolute path"),
                Arguments.of("windows drive path", new HostileZip().file("C:/evil.json", "{}"), "absolute path"),
                Arguments.of("backslash path", new HostileZip().file("..\\evil.json", "{}"), "backslash"),
                Arguments.of("symlink entry", new HostileZip().symlink("objects/link.json", "/etc/passwd"), "symbolic links"),
                Arguments.of("duplicate names", new HostileZip().file("project.json", "{}").file("project.json", "{}"),
                        "duplicate entry name"),
                Arguments.of("names equal but for case", new HostileZip().file("objects/a.json", "{}")
                        .file("objects/A.json", "{}"), "duplicate entry name"),
                Arguments.of("entry over the size limit", new HostileZip().file("data/big.json", "x".repeat(5000)),
                        "over the limit of 4096"),
                Arguments.of("zip bomb by ratio", new HostileZip().deflated("data/bomb.json", new byte[4000]),
                        "compression ratio over 100:1"),
                Arguments.of("zip bomb by total size", manyEntries(4, 3000), "add up to more than 10000"),
                Arguments.of("entry lying about its size", new HostileZip().add("data/liar.json", new byte[3000], true,
                        0100644, 1000L), "different size than declared"),
                Arguments.of("too many entries", manyEntries(51, 1), "entries, over the limit of 50"),
                Arguments.of("not a zip at all", null, "not a zip file"));
    }

    private static HostileZip manyEntries(int n, int size) {
        HostileZip z = new HostileZip();
        for (int i = 0; i < n; i++) {
            z.file("data/d" + i + ".json", "y".repeat(size));
        }
        return z;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileZips")
    void hostileZipsAreRefusedAndNothingIsWritten(String name, HostileZip zip, String reason) throws IOException {
        byte[] bytes = zip == null ? "just text".getBytes(StandardCharsets.UTF_8) : zip.bytes();
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path target = work.resolve("target");
        List<Path> before = listing(tmp);
        assertThatThrownBy(() -> BundleImporter.importInto(Bundle.read(bytes, SMALL), target))
                .isInstanceOf(BundleException.class).hasMessageContaining(reason);
        assertThat(listing(tmp)).isEqualTo(before);
        assertThat(Files.exists(Path.of("/tmp/evil.json"))).isFalse();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] bomb = new HostileZip().deflated("data/bomb.json", new byte[50 << 20]).bytes();
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> Bundle.read(bomb, BundleLimits.DEFAULTS))
                .hasMessageContaining("data/bomb.json").hasMessageContaining("over the limit");
    }

    @Test
    void aFileSmuggledBesideTheManifestIsNotImported() throws IOException {
        HostileZip zip = validBundle().file(".git/hooks/pre-commit", "#!/bin/sh\nrm -rf ~\n");
        Path target = tmp.resolve("target");
        Bundle bundle = Bundle.read(zip.bytes(), BundleLimits.DEFAULTS);
        assertThat(bundle.problems()).extracting(Bundle.Problem::entry).containsExactly(".git/hooks/pre-commit");
        assertThatThrownBy(() -> BundleImporter.importInto(bundle, target))
                .hasMessageContaining(".git/hooks/pre-commit: not listed in manifest.json");
        assertThat(target).doesNotExist();
    }

    @Test
    void aDamagedLastEntryLeavesNoHalfImportedProject() throws IOException {
        byte[] bytes = BundleWriter.write(ProjectLoader.check(SmallProject.writeTo(tmp.resolve("p"))).project(),
                ProjectFiles.collect(tmp.resolve("p")), null);
        bytes[bytes.length - 200] ^= 1; // inside the last entry's data or the central directory
        Path work = Files.createDirectories(tmp.resolve("work"));
        assertThatThrownBy(() -> BundleImporter.importInto(Bundle.read(bytes, BundleLimits.DEFAULTS), work.resolve("t")))
                .isInstanceOf(BundleException.class);
        assertThat(listing(work)).isEmpty();
    }

    @Test
    void anImportThatFailsMidwayLeavesNoTrace() throws IOException {
        Path root = SmallProject.writeTo(tmp.resolve("p"));
        Bundle bundle = Bundle.read(BundleWriter.write(ProjectLoader.check(root).project(), ProjectFiles.collect(root), null),
                BundleLimits.DEFAULTS);
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path target = work.resolve("t");
        Files.createDirectories(target);
        Files.writeString(target.resolve("mine.txt"), "keep");
        assertThatThrownBy(() -> BundleImporter.importInto(bundle, target)).hasMessageContaining("not empty");
        assertThat(listing(work)).containsExactly(Path.of("t"), Path.of("t/mine.txt"));
    }

    @Test
    void aManifestThatMisstatesPermissionsIsCaught() {
        HostileZip zip = rewrittenManifest(m -> m.replace("\"access\": \"read_edit\"", "\"access\": \"read\""));
        assertThat(Bundle.read(zip.bytes(), BundleLimits.DEFAULTS).problems()).extracting(Bundle.Problem::toString)
                .containsExactly("triggers/invoice_totals.json: differs from its definition in manifest.json");
    }

    @Test
    void aTriggerTheManifestDoesNotDescribeIsCaught() {
        HostileZip zip = rewrittenManifest(m -> {
            try {
                var tree = (com.fasterxml.jackson.databind.node.ObjectNode) BundleJson.MAPPER.readTree(m);
                ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("triggers")).remove(0);
                return BundleJson.MAPPER.writeValueAsString(tree);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Bundle.read(zip.bytes(), BundleLimits.DEFAULTS).problems()).extracting(Bundle.Problem::toString)
                .containsExactly("triggers/follow_up.json: a definition that manifest.json does not describe");
    }

    private HostileZip rewrittenManifest(java.util.function.UnaryOperator<String> edit) {
        Path root = SmallProject.writeTo(tmp.resolve("valid"));
        byte[] real = BundleWriter.write(ProjectLoader.check(root).project(), ProjectFiles.collect(root), null);
        HostileZip zip = new HostileZip();
        for (Map.Entry<String, byte[]> e : SafeZipReader.read(real, BundleLimits.DEFAULTS).entrySet()) {
            byte[] content = e.getKey().equals("manifest.json")
                    ? edit.apply(new String(e.getValue(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                    : e.getValue();
            zip.add(e.getKey(), content, false, 0100644, null);
        }
        return zip;
    }

    private HostileZip validBundle() {
        Path root = SmallProject.writeTo(tmp.resolve("valid"));
        byte[] real = BundleWriter.write(ProjectLoader.check(root).project(), ProjectFiles.collect(root), null);
        HostileZip zip = new HostileZip();
        for (Map.Entry<String, byte[]> e : SafeZipReader.read(real, BundleLimits.DEFAULTS).entrySet()) {
            zip.add(e.getKey(), e.getValue(), false, 0100644, null);
        }
        return zip;
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(dir::relativize).sorted().toList();
        }
    }
}
