package dev.triggerstudio.ui.simulator.model;

import dev.triggerstudio.engine.SystemValidation;
import dev.triggerstudio.model.Batch;
import dev.triggerstudio.model.BatchValidator;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Json;
import dev.triggerstudio.model.LocatedJson;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.ProjectException;
import dev.triggerstudio.ui.workspace.JsonTextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch editor's state: a batch as a table per operation, and the same batch as JSON. Both
 * forms are validated with the project's {@link BatchValidator}, so a problem reads exactly as
 * {@code ./studio simulate} would report it (path:line:col).
 */
public final class BatchEditorModel {
    private final Project project;
    private final String name;
    private String user;
    private final List<OperationDraft> operations = new ArrayList<>();

    public BatchEditorModel(Project project, String name, Batch batch) {
        this.project = project;
        this.name = name;
        replace(batch);
    }

    private void replace(Batch batch) {
        user = batch.user();
        operations.clear();
        batch.operations().forEach(o -> operations.add(OperationDraft.of(o)));
    }

    public String name() {
        return name;
    }

    /** Where the batch is saved, relative to the project: {@code batches/<name>.json}. */
    public String relativePath() {
        return "batches/" + name + ".json";
    }

    public String user() {
        return user;
    }

    public List<OperationDraft> operations() {
        return operations;
    }

    public Batch toBatch() {
        return new Batch(user, operations.stream().map(OperationDraft::toOperation).toList());
    }

    public String toJson() {
        return Json.pretty(toBatch());
    }

    /** Problems of the batch as it stands; empty when it can run. */
    public List<Diagnostic> validate() {
        return check(toJson());
    }

    /** Takes JSON typed by the user: on success the tables show it; else nothing changes. */
    public List<Diagnostic> applyJson(String text) {
        List<Diagnostic> problems = check(text);
        // a value the run rejects is kept: a batch may test a rejection on purpose
        if (problems.stream().noneMatch(Diagnostic::isError)) {
            replace(LocatedJson.parse(relativePath(), text).bind(Batch.class));
        }
        return problems;
    }

    private List<Diagnostic> check(String text) {
        try {
            LocatedJson json = LocatedJson.parse(relativePath(), text);
            Batch batch = json.bind(Batch.class);
            List<Diagnostic> problems = new ArrayList<>(new BatchValidator(project, json, "").validate(batch));
            problems.addAll(valuesTheRunRefuses(json, batch));
            return problems;
        } catch (ProjectException e) {
            return e.diagnostics();
        }
    }

    /**
     * Values the run's validate_system step would reject ("rating": "high" on a whole-number field),
     * found by the step's own checks: Validate must not call valid a batch the run then refuses. They
     * are warnings, not errors: a batch may be written to see that rejection.
     */
    private List<Diagnostic> valuesTheRunRefuses(LocatedJson json, Batch batch) {
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < batch.operations().size(); i++) {
            Operation op = batch.operations().get(i);
            ObjectDef object = op.object() == null ? null : project.objects().get(op.object());
            if (object == null || op.records() == null || (op.op() != Operation.Kind.CREATE && op.op() != Operation.Kind.UPDATE)) {
                continue;
            }
            for (int r = 0; r < op.records().size(); r++) {
                String at = "/operations/" + i + "/records/" + r + "/";
                var record = op.records().get(r);
                if (record == null) {
                    continue;
                }
                record.forEach((field, value) -> {
                    if (!"ref".equals(field) && !"id".equals(field) && object.fieldOrNull(field) != null) {
                        SystemValidation.problem(object, op.op(), field, value)
                                .ifPresent(m -> problems.add(json.warning(at + field, "the run will reject this: " + m)));
                    }
                });
            }
        }
        return problems;
    }

    /** The columns of an operation's table: {@code ref} or {@code id}, then the object's fields. */
    public List<String> columns(int op) {
        OperationDraft d = operations.get(op);
        List<String> cols = new ArrayList<>();
        if (d.holdsIds()) {
            cols.add("id");
            return cols;
        }
        if (!d.holdsRecords()) {
            return cols;
        }
        cols.add(d.op() == Operation.Kind.CREATE ? "ref" : "id");
        project.object(d.object()).ifPresent(o -> o.fields().forEach(f -> cols.add(f.name())));
        return cols;
    }

    /** The field behind a column, or null for ref, id and unknown names. */
    public FieldDef field(int op, String column) {
        return project.object(operations.get(op).object()).flatMap(o -> o.field(column)).orElse(null);
    }

    /**
     * Sets a cell from the text typed; an empty text removes the value.
     *
     * @throws IllegalArgumentException when the text does not fit the field's type (the cell keeps its value)
     */
    public void setCell(int op, int row, String column, String text) {
        FieldDef f = field(op, column);
        Object value = CellValues.parse(f == null ? null : f.type(), text);
        var record = operations.get(op).rows().get(row);
        if (value == null) {
            record.remove(column);
        } else {
            record.put(column, value);
        }
    }

    public String cellText(int op, int row, String column) {
        return CellValues.show(operations.get(op).rows().get(row).get(column));
    }

    /** Choices offered for a cell: a picklist's values, true/false, or none (free text). */
    public List<String> choices(int op, String column) {
        FieldDef f = field(op, column);
        if (f == null) {
            return List.of();
        }
        if (f.type() == FieldType.PICKLIST && f.values() != null) {
            return f.values();
        }
        return f.type() == FieldType.BOOLEAN ? List.of("true", "false") : List.of();
    }

    public int addOperation(Operation.Kind kind, String object) {
        operations.add(new OperationDraft(kind, object));
        return operations.size() - 1;
    }

    public void removeOperation(int op) {
        operations.remove(op);
    }

    public int addRow(int op) {
        var rows = operations.get(op).rows();
        rows.add(new java.util.LinkedHashMap<>());
        return rows.size() - 1;
    }

    public void removeRow(int op, int row) {
        operations.get(op).rows().remove(row);
    }

    /** Objects offered for a new operation. */
    public List<String> objects() {
        return List.copyOf(project.objects().keySet());
    }

    public ObjectDef object(int op) {
        return project.objects().get(operations.get(op).object());
    }

    /**
     * Writes {@code batches/<name>.json} (atomically), as the smallest change to the text that is
     * there: records and keys the user laid out by hand keep their layout, only edits show in a diff.
     */
    public Path save() throws IOException {
        Path file = project.root().resolve(relativePath());
        String original = Files.isRegularFile(file) ? Files.readString(file) : null;
        Json.writeAtomically(file, JsonTextEdit.of(original, toBatch(), Batch.class));
        return file;
    }
}
