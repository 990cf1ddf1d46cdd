package dev.triggerstudio.ui.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectLoader;
import dev.triggerstudio.ui.simulator.SampleCopy;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchEditorModelTest {
    private final Project project = ProjectLoader.load(SampleCopy.of("ledger"));

    private BatchEditorModel edit(String name) {
        return new BatchEditorModel(project, name, project.batches().get(name));
    }

    @Test
    void showsACreateAsRowsWithARefColumnThenTheObjectsFields() {
        BatchEditorModel m = edit("lifecycle");

        assertThat(m.columns(0)).containsExactly("ref", "number", "status", "account", "total", "discount", "paid_date", "note");
        assertThat(m.cellText(0, 0, "ref")).isEqualTo("inv1");
        assertThat(m.columns(3)).as("a delete is a list of ids").containsExactly("id");
        assertThat(m.cellText(3, 0, "id")).isEqualTo("$ln2");
    }

    @Test
    void storesANumberCellAsANumberAndRefusesText() {
        BatchEditorModel m = edit("lifecycle");

        m.setCell(1, 0, "amount", "12.50");

        assertThat(m.toBatch().operations().get(1).records().get(0).get("amount")).isEqualTo(12.5);
        assertThatThrownBy(() -> m.setCell(1, 0, "amount", "lots")).hasMessageContaining("is not a number");
        assertThat(m.toBatch().operations().get(1).records().get(0).get("amount")).isEqualTo(12.5);
    }

    @Test
    void offersAPicklistsValuesForItsCells() {
        assertThat(edit("lifecycle").choices(0, "status")).containsExactly("Draft", "Sent", "Paid");
    }

    @Test
    void emptyingACellRemovesTheField() {
        BatchEditorModel m = edit("lifecycle");

        m.setCell(0, 0, "note", "");

        assertThat(m.toBatch().operations().get(0).records().get(0)).doesNotContainKey("note");
    }

    @Test
    void reportsAnUnknownFieldInJsonWithItsLineAndColumnAndKeepsTheTables() {
        BatchEditorModel m = edit("lifecycle");
        String json = """
                {"operations": [
                  {"op": "create", "object": "invoice", "records": [{"numbr": "X"}]}]}
                """;

        List<Diagnostic> problems = m.applyJson(json);

        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith("batches/lifecycle.json:2:");
            assertThat(d.message()).contains("unknown field \"numbr\"");
        });
        assertThat(m.operations()).hasSize(5);
    }

    @Test
    void reportsAReferenceToARecordNoEarlierCreateNamed() {
        BatchEditorModel m = edit("lifecycle");
        m.setCell(2, 0, "id", "$nowhere");

        assertThat(m.validate()).singleElement().extracting(Diagnostic::message).asString().contains("unknown reference \"$nowhere\"");
    }

    @Test
    void buildsANewBatchAndSavesItAsJsonThatLoadsBack() throws Exception {
        BatchEditorModel m = new BatchEditorModel(project, "new_one", new dev.triggerstudio.model.Batch(null, List.of()));
        int op = m.addOperation(Operation.Kind.CREATE, "account");
        int row = m.addRow(op);
        m.setCell(op, row, "name", "Globex");
        m.setCell(op, row, "balance", "10");
        m.setCell(op, row, "ref", "g");
        int del = m.addOperation(Operation.Kind.DELETE, "account");
        m.setCell(del, m.addRow(del), "id", "$g");

        var file = m.save();

        assertThat(m.validate()).isEmpty();
        var loaded = ProjectLoader.load(project.root()).batches().get("new_one");
        assertThat(dev.triggerstudio.model.Json.pretty(loaded)).isEqualTo(m.toJson());
        assertThat(Files.readString(file)).contains("\"name\": \"Globex\"").contains("\"$g\"");
    }

    @Test
    void validateReportsAValueTheRunWouldRejectWithItsPosition() {
        Project crm = ProjectLoader.load(SampleCopy.of("crm"));
        BatchEditorModel m = new BatchEditorModel(crm, "rating", crm.batches().get("rejection"));
        String json = """
                {"user": "alice", "operations": [
                  {"op": "create", "object": "lead",
                   "records": [{"last": "Lee", "company": "Acme", "rating": "high"}]}]}
                """;

        List<Diagnostic> found = m.applyJson(json);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.toString()).startsWith("batches/rating.json:3:");
            assertThat(d.message()).contains("rating").contains("expected a whole number").contains("\"high\"");
        });
        assertThat(m.validate()).as("the tables took the JSON: a batch may test a rejection on purpose")
                .singleElement().satisfies(d -> assertThat(d.message()).contains("the run will reject this"));
    }
}
