package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 8: a file a command cannot write is refused up front with its reason (exit 2),
 * export never writes over the project it exports, and --db on a file that is not a store gives
 * advice that works.
 */
class OutputFilesTest {
    @TempDir
    Path tmp;

    @Test
    void anUnwritableTraceIsRefusedBeforeTheRunWithTheReason() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        Path db = tmp.resolve("store.db");

        CliRun run = CliRun.of("simulate", crm.toString(), "lifecycle", "--db", db.toString(), "--trace",
                tmp.resolve("no/such/folder/t.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("studio: --trace " + tmp.resolve("no/such/folder/t.json")
                + ": cannot write there: the folder " + tmp.resolve("no/such/folder")
                + " does not exist; create it first or choose another path (nothing was run or written)");
        assertThat(db).doesNotExist();
    }

    @Test
    void aTraceUnderAFileIsRefusedSayingThatIsNotAFolder() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);

        CliRun run = CliRun.of("simulate", crm.toString(), "lifecycle", "--trace", crm.resolve("project.json/t.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("project.json is not a folder").doesNotContain("Exception");
    }

    @Test
    void aWrittenTraceLeavesNoTemporaryFileBehind() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        Path out = tmp.resolve("traces");
        Files.createDirectories(out);

        CliRun run = CliRun.of("simulate", crm.toString(), "lifecycle", "--trace", out.resolve("t.json").toString());

        assertThat(run.exit()).as(run.all()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("t.json");
        }
        assertThat(Files.readString(out.resolve("t.json"))).contains("\"operations\"");
    }

    @Test
    void exportRefusesToWriteOverTheProjectsOwnFiles() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        byte[] before = Files.readAllBytes(crm.resolve("project.json"));

        CliRun overProject = CliRun.of("export", crm.toString(), "--out", crm.resolve("project.json").toString());
        CliRun overTrigger = CliRun.of("export", crm.toString(), "--out", crm.resolve("triggers/lead_full_name.py").toString());

        assertThat(overProject.exit()).isEqualTo(2);
        assertThat(overProject.err()).contains("is one of the project's own files (project.json)").contains("nothing was written");
        assertThat(overTrigger.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(crm.resolve("project.json"))).isEqualTo(before);
        assertThat(Files.readString(crm.resolve("triggers/lead_full_name.py"))).contains("def execute");
    }

    @Test
    void exportBesideTheProjectFilesStillWorks() {
        Path crm = SampleCopy.of("crm", tmp);

        CliRun run = CliRun.of("export", crm.toString(), "--out", crm.resolve("crm.zip").toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(crm.resolve("crm.zip")).isRegularFile();
    }

    @Test
    void exportToAMissingFolderIsRefusedWithTheReason() {
        Path crm = SampleCopy.of("crm", tmp);

        CliRun run = CliRun.of("export", crm.toString(), "--out", tmp.resolve("absent/b.zip").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the folder " + tmp.resolve("absent") + " does not exist");
        assertThat(tmp.resolve("absent")).doesNotExist();
    }

    @Test
    void dbOnATextFileSaysItIsNotAStoreAndTheAdviceWorks() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "my notes\n");

        CliRun plain = CliRun.of("simulate", crm.toString(), "lifecycle", "--db", notes.toString());
        CliRun reset = CliRun.of("simulate", crm.toString(), "lifecycle", "--db", notes.toString(), "--reset");
        CliRun advised = CliRun.of("simulate", crm.toString(), "lifecycle", "--db", tmp.resolve("new.db").toString());

        for (CliRun run : new CliRun[] {plain, reset}) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().strip()).isEqualTo("studio: " + notes + ": not a Trigger Studio store (not an SQLite"
                    + " database); give --db a new file name, which is created and seeded from data/ (this file was not changed)");
        }
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
        assertThat(advised.exit()).as(advised.all()).isZero();
    }
}
