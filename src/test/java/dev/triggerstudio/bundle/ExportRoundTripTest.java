package dev.triggerstudio.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {
    @TempDir
    Path tmp;

    private byte[] export(Path root) {
        ProjectLoader.Result r = ProjectLoader.check(root);
        return BundleWriter.write(r.project(), ProjectFiles.collect(root), null);
    }

    @Test
    void theSmallProjectPassesCheck() {
        Path root = SmallProject.writeTo(tmp.resolve("p"));
        assertThat(ProjectLoader.check(root).diagnostics()).isEmpty();
    }

    @Test
    void exportingTheSameProjectTwiceGivesTheSameBytes() {
        Path a = SmallProject.writeTo(tmp.resolve("a"));
        Path b = SmallProject.writeTo(tmp.resolve("b"));
        assertThat(export(b)).isEqualTo(export(a));
    }

    @Test
    void exportImportExportGivesTheSameBytes() throws Exception {
        Path root = SmallProject.writeTo(tmp.resolve("p"));
        byte[] first = export(root);
        Path back = tmp.resolve("imported");
        BundleImporter.importInto(Bundle.read(first, BundleLimits.DEFAULTS), back);
        assertThat(export(back)).isEqualTo(first);
    }

    @Test
    void importGivesBackTheSameProjectFiles() throws Exception {
        Path root = SmallProject.writeTo(tmp.resolve("p"));
        Path back = tmp.resolve("imported");
        BundleImporter.importInto(Bundle.read(export(root), BundleLimits.DEFAULTS), back);
        SortedMap<String, byte[]> original = ProjectFiles.collect(root);
        SortedMap<String, byte[]> imported = ProjectFiles.collect(back);
        assertThat(imported.keySet()).containsExactlyElementsOf(original.keySet());
        original.forEach((path, bytes) -> assertThat(imported.get(path)).as(path).isEqualTo(bytes));
        assertThat(Files.readString(back.resolve("tests/pay.trace.json"))).contains("committed");
    }

    @Test
    void aChangedScriptChangesTheBundle() throws Exception {
        Path root = SmallProject.writeTo(tmp.resolve("p"));
        byte[] before = export(root);
        Files.writeString(root.resolve("triggers/follow_up.lua"), "-- changed\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(export(root)).isNotEqualTo(before);
    }
}
