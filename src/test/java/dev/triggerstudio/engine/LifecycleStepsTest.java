package dev.triggerstudio.engine;

import static dev.triggerstudio.engine.Fixture.create;
import static dev.triggerstudio.engine.Fixture.delete;
import static dev.triggerstudio.engine.Fixture.read;
import static dev.triggerstudio.engine.Fixture.rec;
import static dev.triggerstudio.engine.Fixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleStepsTest {
    private final Fixture fx = new Fixture();

    @Test
    void hydrateAssignsIdSystemFieldsOwnerAndDefaults() {
        var run = fx.run(create("invoice", rec("number", "INV-9")));
        Map<String, Object> saved = run.result().operations().getFirst().records().getFirst();
        assertThat(saved.get("id")).asString().matches("[0-9a-f-]{36}");
        assertThat(saved).containsEntry("status", "Draft").containsEntry("owner", "alice")
                .containsEntry("created_by", "alice").containsEntry("created_date", "2026-01-01T00:00:01Z");
    }

    @Test
    void validateSystemRejectsUnknownFieldsWrongTypesPicklistValuesLongTextAndSystemFields() {
        var run = fx.run(create("invoice", rec("number", "A", "colour", "red")),
                create("invoice", rec("number", "B", "total", "lots")),
                create("invoice", rec("number", "C", "status", "Lost")),
                create("invoice", rec("number", "x".repeat(41))),
                create("invoice", rec("number", "D", "owner", "bob")),
                create("invoice", rec("number", "E", "lines", 2.5)));
        assertThat(run.message(0)).contains("unknown field \"colour\"");
        assertThat(run.message(1)).contains("invoice.total: expected a number");
        assertThat(run.message(2)).contains("\"Lost\" is not one of Draft, Sent, Paid");
        assertThat(run.message(3)).contains("too long: 41 characters");
        assertThat(run.message(4)).contains("system field");
        assertThat(run.message(5)).contains("whole number");
        for (int i = 0; i < 6; i++) {
            assertThat(run.step(i)).isEqualTo("validate_system");
            assertThat(run.status(i)).isEqualTo("rejected");
        }
    }

    @Test
    void requiredAndUniqueAreCheckedAtTheDatabaseStep() {
        var run = fx.run(create("invoice", rec("status", "Draft")), create("invoice", rec("number", "INV-1")),
                create("invoice", rec("number", "Z"), rec("number", "Z")));
        assertThat(run.step(0)).isEqualTo("database_insert");
        assertThat(run.message(0)).contains("invoice.number is required");
        assertThat(run.message(1)).contains("must be unique").contains("already exists");
        assertThat(run.message(2)).contains("appears twice");
    }

    @Test
    void mergeDataKeepsOldValuesAndSetsModifiedFields() {
        var run = fx.run(update("invoice", rec("id", "inv-1", "status", "Sent")));
        Map<String, Object> saved = run.result().operations().getFirst().records().getFirst();
        assertThat(saved).containsEntry("number", "INV-1").containsEntry("status", "Sent")
                .containsEntry("total", 100.0).containsEntry("modified_date", "2026-01-01T00:00:01Z")
                .containsEntry("created_date", "2025-01-01T00:00:00Z");
    }

    @Test
    void lookupsResolveByIdOrNameAndRejectUnknownTargets() {
        var run = fx.run(create("invoice", rec("number", "L1", "account", "Acme")),
                create("invoice", rec("number", "L2", "account", "acc-1")),
                create("invoice", rec("number", "L3", "account", "Nobody")));
        assertThat(run.result().operations().get(0).records().getFirst().get("account"))
                .isEqualTo(Map.of("id", "acc-1", "name", "Acme"));
        assertThat(run.status(1)).isEqualTo("committed");
        assertThat(run.message(2)).contains("no account with id or name \"Nobody\"");
        assertThat(run.rows("select account from invoice where number = 'L1'")).containsExactly(Map.of("account", "acc-1"));
    }

    @Test
    void formatFieldsNormalisesPhonesEmailsAndDatetimesAndRejectsBadOnes() {
        var run = fx.run(create("invoice", rec("number", "F1", "phone", "(415) 555-0100", "email", " Ann@Example.COM ",
                        "due", "2026-03-01T10:00:00+02:00")),
                create("invoice", rec("number", "F2", "phone", "12")),
                create("invoice", rec("number", "F3", "email", "not-an-email")));
        assertThat(run.rows("select phone, email, due from invoice where number = 'F1'")).containsExactly(
                Map.of("phone", "+14155550100", "email", "ann@example.com", "due", "2026-03-01T08:00:00Z"));
        assertThat(run.message(1)).contains("not a valid phone number");
        assertThat(run.message(2)).contains("not an email address");
        assertThat(run.step(1)).isEqualTo("format_fields");
    }

    @Test
    void deleteReturnsTheDeletedRecordAndRemovesIt() {
        var run = fx.run(delete("invoice", "inv-2"));
        assertThat(run.result().operations().getFirst().records()).extracting(r -> r.get("id")).containsExactly("inv-2");
        assertThat(run.rows("select count(*) as n from invoice")).containsExactly(Map.of("n", 1L));
    }

    @Test
    void updateOfAMissingRecordIsRejectedAtFetchOldData() {
        var run = fx.run(update("invoice", rec("id", "nope", "status", "Sent")));
        assertThat(run.step(0)).isEqualTo("fetch_old_data");
        assertThat(run.message(0)).contains("no invoice with id \"nope\"");
    }

    @Test
    void everyFlowRunsItsNamedStepsInOrder() {
        var run = fx.run(create("invoice", rec("number", "S1")), update("invoice", rec("id", "inv-1", "total", 5)),
                delete("invoice", "inv-2"), read("invoice", "inv-1"));
        List<List<String>> names = run.trace().operations().stream()
                .map(o -> o.steps().stream().map(s -> s.step()).toList()).toList();
        assertThat(names.get(0)).isEqualTo(Lifecycle.CREATE.stream().map(s -> s.name().jsonName()).toList());
        assertThat(names.get(1)).containsExactly("initialize", "fetch_old_data", "check_permissions", "validate_system",
                "merge_data", "resolve_lookups", "format_fields", "before_triggers", "before_automations", "database_update",
                "after_triggers", "after_automations", "post_process", "queue_async", "return_response");
        assertThat(names.get(2)).containsExactly("initialize", "fetch_old_data", "check_permissions", "validate_system",
                "before_triggers", "before_automations", "database_delete", "after_triggers", "after_automations",
                "post_process", "queue_async", "return_response");
        assertThat(names.get(3)).containsExactly("initialize", "check_permissions", "fetch_records", "before_triggers",
                "return_response");
    }

    @Test
    void rejectedOperationsLeaveEveryTableUnchanged() {
        var before = fx.run();
        String dumpBefore = dump(before);
        var after = fx.run(create("invoice", rec("number", "OK1")), update("invoice", rec("id", "inv-1", "status", "Bogus")));
        var onlyFirst = fx.run(create("invoice", rec("number", "OK1")));
        assertThat(after.status(1)).isEqualTo("rejected");
        assertThat(dump(after)).isEqualTo(dump(onlyFirst)).isNotEqualTo(dumpBefore);
    }

    static String dump(Fixture.Run run) {
        StringBuilder sb = new StringBuilder();
        for (var t : run.rows("select name from sqlite_master where type = 'table' order by name")) {
            sb.append(t.get("name")).append(run.rows("select * from \"" + t.get("name") + "\" order by 1")).append('\n');
        }
        return sb.toString();
    }
}
