package dev.triggerstudio.engine;

import static dev.triggerstudio.engine.Fixture.create;
import static dev.triggerstudio.engine.Fixture.delete;
import static dev.triggerstudio.engine.Fixture.read;
import static dev.triggerstudio.engine.Fixture.rec;
import static dev.triggerstudio.engine.Fixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionsTest {
    private final Fixture fx = new Fixture();

    @Test
    void objectLevelDenialRejectsAtCheckPermissions() {
        var run = fx.run("bob", delete("invoice", "inv-2"));
        assertThat(run.status(0)).isEqualTo("rejected");
        assertThat(run.step(0)).isEqualTo("check_permissions");
        assertThat(run.message(0)).contains("bob may not delete invoice");
    }

    @Test
    void aUserWithoutTheObjectInTheirPermissionSetCannotReadIt() {
        var run = fx.run("eve", read("invoice", "inv-1"));
        assertThat(run.message(0)).contains("eve may not read invoice");
    }

    @Test
    void fieldLevelDenialRejectsOnlyFieldsThatChange() {
        var run = fx.run("bob", update("invoice", rec("id", "inv-2", "total", 5)),
                update("invoice", rec("id", "inv-2", "total", 100.0, "status", "Sent")));
        assertThat(run.message(0)).contains("may not edit field invoice.total (field access read)");
        assertThat(run.status(1)).isEqualTo("committed");
    }

    @Test
    void recordLevelOwnershipHidesOtherUsersRecords() {
        var run = fx.run("bob", update("invoice", rec("id", "inv-1", "status", "Sent")), read("invoice", "inv-1"),
                read("invoice", "inv-2"));
        assertThat(run.message(0)).contains("no invoice with id \"inv-1\" that bob may see");
        assertThat(run.status(1)).isEqualTo("rejected");
        assertThat(run.status(2)).isEqualTo("committed");
    }

    @Test
    void fieldsWithNoAccessAreLeftOutOfWhatIsReturned() {
        fx.invoices.getLast().put("note", "secret");
        var run = fx.run("bob", read("invoice", "inv-2"));
        assertThat(run.result().operations().getFirst().records().getFirst()).doesNotContainKey("note").containsKey("total");
    }

    @Test
    void createWithAReadOnlyFieldIsRejected() {
        var run = fx.run("bob", create("invoice", rec("number", "B9", "total", 1)), create("invoice", rec("number", "B8")));
        assertThat(run.message(0)).contains("may not edit field invoice.total");
        assertThat(run.status(1)).isEqualTo("committed");
        assertThat(run.result().operations().get(1).records().getFirst()).containsEntry("owner", "bob");
    }
}
