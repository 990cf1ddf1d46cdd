package dev.triggerstudio.ui.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.Access;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.ui.common.CommandHistory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PermissionsViewModelTest {
    final CommandHistory history = new CommandHistory();
    final PermissionsViewModel vm = new PermissionsViewModel(List.of("sales", "finance"), "alice",
            List.of(new Grant("finance", Access.READ_EDIT)), history);

    @Test
    void grantingAGroupAddsARowThatUndoAndRedoToggle() {
        assertThat(vm.grant("sales", Access.READ)).isTrue();
        assertThat(vm.toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT), new Grant("sales", Access.READ));
        history.undo();
        assertThat(vm.toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT));
        history.redo();
        assertThat(vm.toGrants()).hasSize(2);
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Grant sales read");
    }

    @Test
    void revokingAGroupUndoesBackIntoItsPlace() {
        vm.grant("sales", Access.EDIT);
        vm.revoke(vm.rows().getFirst());
        assertThat(vm.toGrants()).containsExactly(new Grant("sales", Access.EDIT));
        history.undo();
        assertThat(vm.toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT), new Grant("sales", Access.EDIT));
    }

    @Test
    void changingAccessIsUndoable() {
        vm.changeAccess(vm.rows().getFirst(), Access.READ);
        assertThat(vm.toGrants()).containsExactly(new Grant("finance", Access.READ));
        history.undo();
        assertThat(vm.toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT));
    }

    @Test
    void aGroupAlreadyListedIsNotGrantedTwice() {
        assertThat(vm.grant("finance", Access.READ)).isFalse();
        assertThat(vm.messageProperty().get()).contains("finance already has access");
    }

    @Test
    void aGroupMissingFromUsersJsonIsRefused() {
        assertThat(vm.grant("legal", Access.READ)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("legal is not a group of users.json (sales, finance)");
    }

    @Test
    void aLockedPanelRefusesEveryChangeAndSaysWhy() {
        vm.refuseEdits(Optional.of("Bob may not edit invoice_totals"));
        assertThat(vm.grant("sales", Access.READ)).isFalse();
        assertThat(vm.revoke(vm.rows().getFirst())).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Bob may not edit invoice_totals");
        assertThat(vm.toGrants()).containsExactly(new Grant("finance", Access.READ_EDIT));
    }

    @Test
    void offersOnlyGroupsWithoutAccess() {
        assertThat(vm.groupsWithoutAccess()).containsExactly("sales");
    }
}
