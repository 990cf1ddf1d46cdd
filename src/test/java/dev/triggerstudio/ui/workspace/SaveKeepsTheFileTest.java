package dev.triggerstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import dev.triggerstudio.ui.object.ObjectEditorViewModel;
import dev.triggerstudio.ui.simulator.SampleCopy;
import dev.triggerstudio.ui.trigger.TriggerEditorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save in the IDE changes only what the edit changed: the file's mode, the user's keys, their
 * order and layout stay, and no default the user never wrote appears (issue 16, item 8).
 */
class SaveKeepsTheFileTest {
    private static final String TRIGGER = "triggers/account_opening_invoice.json";

    private final Path project = SampleCopy.of("ledger");

    private TriggerEditorViewModel openTrigger(Workspace w) {
        TriggerDef def = w.project().triggers().get("account_opening_invoice");
        TriggerEditorViewModel vm = new TriggerEditorViewModel(w, def, w.project().script(def.id()),
                TaskExecutor.sameThread(), ScriptRuntimes.of());
        w.markSeen(vm.files());
        return vm;
    }

    @Test
    void changingATriggersOrderChangesOnlyTheOrderLine() throws Exception {
        String before = Files.readString(project.resolve(TRIGGER));
        Workspace w = Workspace.open(project);
        TriggerEditorViewModel vm = openTrigger(w);
        vm.details().orderProperty().set("20");
        vm.save();
        assertThat(Files.readString(project.resolve(TRIGGER)))
                .isEqualTo(before.replace("\"order\": 10,", "\"order\": 20,"))
                .doesNotContain("skip_on_list", "run_when", "permissions");
    }

    @Test
    void savingWithoutAnEditLeavesTheFileByteForByte() throws Exception {
        String mine = "{\n    \"order\": 10, \"id\": \"account_opening_invoice\",\n    \"object\": \"account\",\n"
                + "    \"language\": \"lua\", \"timing\": \"after\", \"events\": [\"create\"],\n"
                + "    \"active\": true, \"owner\": \"alice\", \"actor\": \"owner\"\n}";
        Files.writeString(project.resolve(TRIGGER), mine);
        Workspace w = Workspace.open(project);
        openTrigger(w).save();
        assertThat(Files.readString(project.resolve(TRIGGER))).isEqualTo(mine);
    }

    @Test
    void anEditKeepsTheUsersKeyOrderIndentationAndInlineArrays() throws Exception {
        String mine = "{\n    \"id\": \"account_opening_invoice\",\n    \"events\": [\"create\"],\n    \"order\": 10,\n"
                + "    \"object\": \"account\",\n    \"language\": \"lua\",\n    \"timing\": \"after\",\n"
                + "    \"active\": true,\n    \"owner\": \"alice\"\n}\n";
        Files.writeString(project.resolve(TRIGGER), mine);
        Workspace w = Workspace.open(project);
        TriggerEditorViewModel vm = openTrigger(w);
        vm.details().orderProperty().set("5");
        vm.details().skipOnListProperty().set(true);
        vm.save();
        String expected = mine.replace("\"order\": 10", "\"order\": 5")
                .replace("\"owner\": \"alice\"\n", "\"owner\": \"alice\",\n    \"skip_on_list\": true\n");
        assertThat(Files.readString(project.resolve(TRIGGER))).isEqualTo(expected);
        assertThat(ProjectLoader.load(project).triggers().get("account_opening_invoice")).isEqualTo(vm.current());
    }

    @Test
    void aRunWhenConditionAddsRunWhenAloneInTheFilesIndentation() throws Exception {
        String before = Files.readString(project.resolve(TRIGGER));
        Workspace w = Workspace.open(project);
        TriggerEditorViewModel vm = openTrigger(w);
        vm.runWhen().addCondition();
        vm.runWhen().changeField(vm.runWhen().rows().getLast(), "balance");
        vm.runWhen().changePredicate(vm.runWhen().rows().getLast(), Predicate.GREATER_THAN);
        vm.runWhen().changeValueText(vm.runWhen().rows().getLast(), "100");
        vm.save();
        String after = Files.readString(project.resolve(TRIGGER));
        assertThat(after).startsWith(before.substring(0, before.lastIndexOf('\n', before.length() - 2)))
                .contains(",\n  \"run_when\": {\n    \"match\"")
                .doesNotContain("skip_on_list", "permissions");
        assertThat(ProjectLoader.load(project).triggers().get("account_opening_invoice")).isEqualTo(vm.current());
    }

    @Test
    void anObjectsLabelChangesAndItsFieldsKeepTheirText() throws Exception {
        String path = "objects/account.json";
        String before = Files.readString(project.resolve(path)).replaceAll("\\[\\s+\"bronze\",\\s+\"silver\",\\s+\"gold\"\\s+]",
                "[\"bronze\", \"silver\", \"gold\"]");
        assertThat(before).contains("\"values\": [\"bronze\", \"silver\", \"gold\"],");
        Files.writeString(project.resolve(path), before);
        Workspace w = Workspace.open(project);
        ObjectEditorViewModel vm = new ObjectEditorViewModel(w, w.project().objects().get("account"));
        w.markSeen(vm.files());
        vm.labelProperty().set("Customer account");
        vm.save();
        assertThat(Files.readString(project.resolve(path)))
                .isEqualTo(before.replace("\"label\": \"Account\"", "\"label\": \"Customer account\""));
    }

    @Test
    void aBatchSavedFromTheSimulatorChangesOnlyTheEditedCell() throws Exception {
        String mine = """
                {"user": "bob",
                 "operations": [
                  {"op": "create", "object": "invoice", "records": [{"number": "INV-2001", "ref": "b1", "account": "acct-globex"}]},
                  {"op": "update", "object": "invoice", "records": [{"id": "$b1", "total": 99}]}
                 ]}
                """;
        Files.writeString(project.resolve("batches/clerk.json"), mine);
        var p = ProjectLoader.load(project);
        var batch = new dev.triggerstudio.ui.simulator.model.BatchEditorModel(p, "clerk", p.batch("clerk").value());
        batch.setCell(1, 0, "total", "150");
        batch.save();
        assertThat(Files.readString(project.resolve("batches/clerk.json"))).isEqualTo(mine.replace("99", "150"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rwxr-xr-x"})
    void aSaveKeepsTheFilesMode(String mode) throws Exception {
        Path file = project.resolve(TRIGGER);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        Files.setPosixFilePermissions(project.resolve("triggers/account_opening_invoice.lua"),
                PosixFilePermissions.fromString(mode));
        Workspace w = Workspace.open(project);
        TriggerEditorViewModel vm = openTrigger(w);
        vm.details().orderProperty().set("11");
        vm.code().textProperty().set("-- edited\n");
        vm.save();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                project.resolve("triggers/account_opening_invoice.lua")))).isEqualTo(mode);
    }

    @Test
    void aNewFileGetsTheModeAnyNewFileGetsThere() throws Exception {
        Path probe = Files.createFile(project.resolve("triggers/probe.txt"));
        String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Workspace w = Workspace.open(project);
        w.write(java.util.Map.of("batches/new_one.json", "{\"operations\": []}\n"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve("batches/new_one.json"))))
                .isEqualTo(usual);
    }
}
