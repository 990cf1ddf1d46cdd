package dev.triggerstudio.ui.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.SampleProject;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.workspace.Document;
import dev.triggerstudio.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerEditorViewModelTest {
    @TempDir
    Path dir;

    private TriggerEditorViewModel open(Workspace w, String id) {
        TriggerDef def = w.project().triggers().get(id);
        return new TriggerEditorViewModel(w, def, w.project().script(id), TaskExecutor.sameThread(),
                ScriptRuntimes.of());
    }

    @Test
    void savingWithoutEditsLeavesTheDefinitionAsTheUserWroteIt() throws Exception {
        Workspace w = Workspace.open(SampleProject.write(dir));
        String text = Files.readString(dir.resolve("triggers/invoice_totals.json"));
        TriggerEditorViewModel vm = open(w, "invoice_totals");
        TriggerDef before = vm.saved();
        vm.save();
        assertThat(Files.readString(dir.resolve("triggers/invoice_totals.json"))).isEqualTo(text);
        assertThat(ProjectLoader.load(dir).triggers().get("invoice_totals")).isEqualTo(before);
    }

    @Test
    void editsReachTheFilesAndLoadBackEqual() throws Exception {
        Workspace w = Workspace.open(SampleProject.write(dir));
        TriggerEditorViewModel vm = open(w, "invoice_totals");
        vm.runWhen().addCondition();
        vm.runWhen().changeField(vm.runWhen().rows().getLast(), "total");
        vm.runWhen().changePredicate(vm.runWhen().rows().getLast(), Predicate.GREATER_THAN);
        vm.runWhen().changeValueText(vm.runWhen().rows().getLast(), "1000");
        vm.permissions().grant("sales", Access.READ);
        vm.details().skipOnListProperty().set(true);
        vm.code().textProperty().set("log \"hello\"\n");
        vm.save();
        TriggerDef loaded = ProjectLoader.load(dir).triggers().get("invoice_totals");
        assertThat(loaded).isEqualTo(vm.current());
        assertThat(Files.readString(dir.resolve("triggers/invoice_totals.stanza"))).isEqualTo("log \"hello\"\n");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void undoingBackToTheSavedStateClearsTheUnsavedMark() throws Exception {
        Workspace w = Workspace.open(SampleProject.write(dir));
        TriggerEditorViewModel vm = open(w, "invoice_totals");
        vm.permissions().grant("sales", Access.READ);
        assertThat(vm.isDirty()).isTrue();
        vm.history().undo();
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void aUserWhoMayOnlyReadCannotSaveAndIsToldWhy() throws Exception {
        Workspace w = Workspace.open(SampleProject.write(dir));
        w.actingUserProperty().set(w.project().user("carol").orElseThrow());
        TriggerEditorViewModel vm = open(w, "audit_paid");
        String before = Files.readString(dir.resolve("triggers/audit_paid.json"));
        assertThat(vm.runWhen().editableProperty().get()).isFalse();
        assertThat(vm.code().editableProperty().get()).isFalse();
        assertThatThrownBy(vm::save).isInstanceOf(Document.SaveRefused.class)
                .hasMessageContaining("Carol (groups finance) may not edit audit_paid");
        assertThat(Files.readString(dir.resolve("triggers/audit_paid.json"))).isEqualTo(before);
    }

    @Test
    void switchingToAnEditorUnlocksTheTrigger() throws Exception {
        Workspace w = Workspace.open(SampleProject.write(dir));
        w.actingUserProperty().set(w.project().user("carol").orElseThrow());
        TriggerEditorViewModel vm = open(w, "audit_paid");
        w.actingUserProperty().set(w.project().user("alice").orElseThrow());
        assertThat(vm.refusalProperty().get()).isEmpty();
        assertThat(vm.permissions().editableProperty().get()).isTrue();
    }

    @Test
    void aRunWhenRowThatDoesNotFitBlocksTheSave() throws Exception {
        Workspace w = Workspace.open(SampleProject.write(dir));
        TriggerEditorViewModel vm = open(w, "invoice_totals");
        vm.runWhen().addCondition();
        vm.runWhen().changeField(vm.runWhen().rows().getLast(), "total");
        vm.runWhen().changePredicate(vm.runWhen().rows().getLast(), Predicate.GREATER_THAN);
        assertThatThrownBy(vm::save).isInstanceOf(Document.SaveRefused.class)
                .hasMessage("invoice_totals was not saved: Total is greater than needs a value");
    }
}
