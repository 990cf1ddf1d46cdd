package dev.triggerstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.ui.simulator.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The look at the folder taken when the window gets the focus back names exactly the files that changed. */
class FolderStampTest {
    private final Path project = SampleCopy.of("ledger");

    @Test
    void namesTheFilesAddedChangedAndDeletedAndNothingElse() throws Exception {
        FolderStamp before = FolderStamp.of(project);
        Files.writeString(project.resolve("batches/wip.json"), "{\"operations\": [");
        Path totals = project.resolve("triggers/invoice_totals.stanza");
        Files.writeString(totals, Files.readString(totals) + "\n");
        Files.delete(project.resolve("batches/clerk.json"));
        Files.writeString(project.resolve("batches/.wip.json.tmp"), "an editor's temporary file");

        assertThat(FolderStamp.of(project).changedSince(before))
                .containsExactly("batches/clerk.json", "batches/wip.json", "triggers/invoice_totals.stanza");
    }

    @Test
    void aRewriteOfTheSameSizeIsSeenByItsTime() throws Exception {
        Path batch = project.resolve("batches/lifecycle.json");
        Files.setLastModifiedTime(batch, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        FolderStamp before = FolderStamp.of(project);
        Files.writeString(batch, Files.readString(batch).replace("alice", "ALICE"));

        assertThat(FolderStamp.of(project).changedSince(before)).containsExactly("batches/lifecycle.json");
    }

    @Test
    void anUnchangedFolderAndAFirstLookReportNothing() {
        FolderStamp now = FolderStamp.of(project);
        assertThat(FolderStamp.of(project).changedSince(now)).isEmpty();
        assertThat(now.changedSince(null)).isEmpty();
        assertThat(now.files()).containsKeys("project.json", "objects/account.json", "batches/lifecycle.json");
    }
}
