package dev.triggerstudio.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.ui.SampleProject;
import dev.triggerstudio.ui.TestRuntimes;
import dev.triggerstudio.ui.automation.AutomationEditorViewModel;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.explorer.ExplorerItem;
import dev.triggerstudio.ui.json.JsonDocumentViewModel;
import dev.triggerstudio.ui.object.ObjectEditorViewModel;
import dev.triggerstudio.ui.trigger.NewTriggerViewModel;
import dev.triggerstudio.ui.trigger.TriggerEditorViewModel;
import dev.triggerstudio.ui.workspace.Document;
import dev.triggerstudio.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    private MainViewModel open() throws Exception {
        return new MainViewModel(Workspace.open(SampleProject.write(dir)), ScriptRuntimes.of(), TaskExecutor.sameThread());
    }

    private static ExplorerItem category(MainViewModel vm, String label) {
        return vm.explorer().categoriesProperty().get().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow();
    }

    @Test
    void eachFileOpensInTheEditorThatFitsIt() throws Exception {
        MainViewModel vm = open();
        assertThat(vm.openPath("triggers/invoice_totals.stanza")).get().isInstanceOf(TriggerEditorViewModel.class);
        assertThat(vm.openPath("objects/invoice.json")).get().isInstanceOf(ObjectEditorViewModel.class);
        assertThat(vm.openPath("automations/paid_needs_date.json")).get().isInstanceOf(AutomationEditorViewModel.class);
        assertThat(vm.openPath("batches/pay.json")).get().isInstanceOf(JsonDocumentViewModel.class);
        assertThat(vm.openPath("triggers/invoice_totals.json")).get().isSameAs(vm.openDocuments().getFirst());
        assertThat(vm.openDocuments()).hasSize(4);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"samples/crm", "samples/ledger"})
    void everyFileOfTheSamplesOpensUnchanged(String sample) {
        Path root = Path.of(sample);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(root), "the sample is not on this branch yet");
        MainViewModel vm = new MainViewModel(Workspace.open(root), ScriptRuntimes.of(), TaskExecutor.sameThread());
        assertThat(vm.workspace().project()).isNotNull();
        for (ExplorerItem category : vm.explorer().categoriesProperty().get()) {
            for (ExplorerItem file : category.children()) {
                Document d = vm.openPath(file.path()).orElseThrow(() -> new AssertionError(file.path()));
                assertThat(d.isDirty()).as(file.path()).isFalse();
            }
        }
        assertThat(vm.openDocuments()).isNotEmpty();
    }

    @Test
    void openedStructuredEditorsStartUnchanged() throws Exception {
        MainViewModel vm = open();
        for (String p : new String[] {"objects/invoice.json", "automations/paid_needs_date.json",
            "triggers/audit_paid.json", "config/lead.json"}) {
            assertThat(vm.openPath(p).orElseThrow().isDirty()).as(p).isFalse();
        }
    }

    @Test
    void savingStructuredEditorsWithoutEditsKeepsTheirFilesAsTheyWere() throws Exception {
        MainViewModel vm = open();
        var before = dev.triggerstudio.model.ProjectLoader.load(dir);
        String objectText = Files.readString(dir.resolve("objects/invoice.json"));
        for (String p : new String[] {"objects/invoice.json", "automations/paid_needs_date.json",
            "triggers/audit_paid.json"}) {
            assertThat(vm.save(vm.openPath(p).orElseThrow())).as(p).isEmpty();
        }
        var after = dev.triggerstudio.model.ProjectLoader.load(dir);
        assertThat(after.objects()).isEqualTo(before.objects());
        assertThat(after.automations()).isEqualTo(before.automations());
        assertThat(after.triggers()).isEqualTo(before.triggers());
        assertThat(Files.readString(dir.resolve("objects/invoice.json"))).as("a save without edits keeps the text")
                .isEqualTo(objectText);
    }

    @Test
    void theExplorerHidesTriggersTheActingUserMayNotRead() throws Exception {
        MainViewModel vm = open();
        assertThat(category(vm, "Triggers").children()).hasSize(2);
        vm.workspace().actingUserProperty().set(vm.workspace().project().user("bob").orElseThrow());
        assertThat(category(vm, "Triggers").children()).isEmpty();
        assertThat(vm.explorer().hiddenNoteProperty().get())
                .isEqualTo("2 triggers are hidden: the acting user may not read them");
        assertThat(vm.openPath("triggers/invoice_totals.json")).isEmpty();
        assertThat(vm.log().lastMessage()).startsWith("You may not read trigger invoice_totals as bob");
    }

    @Test
    void aNewTriggerIsWrittenOwnedByTheActingUserAndOpened() throws Exception {
        MainViewModel vm = open();
        NewTriggerViewModel n = vm.newTrigger();
        n.idProperty().set("late_fee");
        n.languageProperty().set(Language.LUA);
        n.timingProperty().set(Timing.AFTER);
        Document d = vm.createTrigger(n.create().orElseThrow()).orElseThrow();
        assertThat(d.title()).isEqualTo("late_fee.lua");
        assertThat(Files.readString(dir.resolve("triggers/late_fee.json"))).contains("\"owner\": \"alice\"");
        assertThat(Files.readString(dir.resolve("triggers/late_fee.lua"))).contains("gospellua");
        assertThat(category(vm, "Triggers").children()).extracting(ExplorerItem::label).contains("late_fee.lua");
    }

    @Test
    void aFileChangedOnDiskReloadsWhenItHasNoEditsAndIsMarkedInConflictWhenItHas() throws Exception {
        MainViewModel vm = open();
        TriggerEditorViewModel t = (TriggerEditorViewModel) vm.openPath("triggers/invoice_totals.stanza").orElseThrow();
        Files.writeString(dir.resolve("triggers/invoice_totals.stanza"), "log \"changed\"\n");
        vm.diskChanged("triggers/invoice_totals.stanza");
        assertThat(t.code().textProperty().get()).isEqualTo("log \"changed\"\n");
        assertThat(vm.conflicts()).isEmpty();
        t.code().textProperty().set("log \"mine\"\n");
        Files.writeString(dir.resolve("triggers/invoice_totals.stanza"), "log \"theirs\"\n");
        vm.diskChanged("triggers/invoice_totals.stanza");
        assertThat(t.code().textProperty().get()).isEqualTo("log \"mine\"\n");
        assertThat(vm.conflicts()).containsExactly(t);
        vm.reload(t);
        assertThat(t.code().textProperty().get()).isEqualTo("log \"theirs\"\n");
        assertThat(vm.conflicts()).isEmpty();
        assertThat(t.isDirty()).isFalse();
    }

    @Test
    void ourOwnSavesAreNotMistakenForOutsideChanges() throws Exception {
        MainViewModel vm = open();
        TriggerEditorViewModel t = (TriggerEditorViewModel) vm.openPath("triggers/invoice_totals.stanza").orElseThrow();
        t.code().textProperty().set("log 1\n");
        assertThat(vm.save(t)).isEmpty();
        t.code().textProperty().set("log 2\n");
        vm.diskChanged("triggers/invoice_totals.stanza");
        assertThat(t.code().textProperty().get()).isEqualTo("log 2\n");
        assertThat(vm.conflicts()).isEmpty();
        assertThat(vm.save(t)).isEmpty();
        assertThat(Files.readString(dir.resolve("triggers/invoice_totals.stanza"))).isEqualTo("log 2\n");
    }

    @Test
    void aSaveNeverOverwritesAFileChangedOnDiskSinceItWasOpenedUnlessTheUserSaysSo() throws Exception {
        MainViewModel vm = open();
        TriggerEditorViewModel t = (TriggerEditorViewModel) vm.openPath("triggers/invoice_totals.stanza").orElseThrow();
        t.code().textProperty().set("log \"mine\"\n");
        Path script = dir.resolve("triggers/invoice_totals.stanza");
        Files.writeString(script, "log \"theirs\"\n"); // no watcher event: the save itself must notice

        assertThat(vm.save(t)).hasValueSatisfying(m -> assertThat(m)
                .contains("was not saved", "triggers/invoice_totals.stanza changed on disk"));
        assertThat(Files.readString(script)).isEqualTo("log \"theirs\"\n");
        assertThat(t.isDirty()).isTrue();
        assertThat(t.code().textProperty().get()).isEqualTo("log \"mine\"\n");
        assertThat(vm.conflicts()).containsExactly(t);

        assertThat(vm.saveOver(t)).isEmpty();
        assertThat(Files.readString(script)).isEqualTo("log \"mine\"\n");
        assertThat(t.isDirty()).isFalse();
        assertThat(vm.conflicts()).isEmpty();
    }

    @Test
    void aFileDeletedOnDiskIsNotSilentlyRecreatedEither() throws Exception {
        MainViewModel vm = open();
        TriggerEditorViewModel t = (TriggerEditorViewModel) vm.openPath("triggers/invoice_totals.stanza").orElseThrow();
        t.code().textProperty().set("log \"mine\"\n");
        Files.delete(dir.resolve("triggers/invoice_totals.stanza"));
        assertThat(vm.save(t)).isPresent();
        assertThat(dir.resolve("triggers/invoice_totals.stanza")).doesNotExist();
    }

    @Test
    void problemsShowScriptDiagnosticsOfTheLanguageCheckers() throws Exception {
        Files.writeString(SampleProject.write(dir).resolve("triggers/audit_paid.lua"), "gospel.log(\n");
        MainViewModel vm = new MainViewModel(Workspace.open(dir), TestRuntimes.withFallbacks(), TaskExecutor.sameThread());
        assertThat(vm.problems().problems()).extracting(Object::toString)
                .anyMatch(s -> s.startsWith("triggers/audit_paid.lua:") && s.contains(": error: "));
    }
}
