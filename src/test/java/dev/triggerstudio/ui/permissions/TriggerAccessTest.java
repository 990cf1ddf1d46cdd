package dev.triggerstudio.ui.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerAccessTest {
    static TriggerDef trigger(String owner, Grant... grants) {
        return new TriggerDef("t", "invoice", Language.LUA, Timing.BEFORE, List.of(Event.CREATE), 1, true, false, owner,
                "owner", RunWhen.ALWAYS, List.of(grants), null);
    }

    @ParameterizedTest(name = "{0} in {1} with {2}: read {3}, edit {4}")
    @CsvSource(textBlock = """
            bob,   sales,   read,      true,  false
            bob,   sales,   edit,      true,  true
            bob,   sales,   read_edit, true,  true
            bob,   finance, read_edit, false, false
            alice, sales,   read,      true,  true
            """)
    void groupsGrantWhatTheirAccessSays(String user, String group, String access, boolean read, boolean edit) {
        TriggerDef t = trigger("alice", new Grant("sales", Access.valueOf(access.toUpperCase())));
        TriggerAccess a = new TriggerAccess(new User(user, user, List.of(group), false, null));
        assertThat(a.canRead(t)).isEqualTo(read);
        assertThat(a.canEdit(t)).isEqualTo(edit);
    }

    @Test
    void adminsMayAlwaysReadAndEdit() {
        TriggerAccess a = new TriggerAccess(new User("root", null, List.of(), true, null));
        assertThat(a.canEdit(trigger("alice"))).isTrue();
    }

    @Test
    void theRefusalNamesTheUserTheGroupsAndTheOwner() {
        TriggerAccess a = new TriggerAccess(new User("carol", "Carol", List.of("finance"), false, null));
        assertThat(a.whyNotEditable(trigger("alice", new Grant("finance", Access.READ)))).hasValue(
                "Carol (groups finance) may not edit t: no group has edit access; only its owner alice and admins always"
                        + " may. Ask them for access or act as another user in the status bar.");
    }

    @Test
    void withoutUsersEverythingIsAllowed() {
        assertThat(TriggerAccess.everyone().whyNotEditable(trigger("alice"))).isEmpty();
    }
}
