package dev.triggerstudio.engine;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Limits;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Operation;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.model.User;
import dev.triggerstudio.store.Store;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of one batch run reads and shares: the project, the store and what sits on
 * it (lookups, guarded SQL, permissions), the simulated clock and ids, mocks, and the compiled
 * scripts. It knows nothing of the trace or of how operations nest.
 */
final class RunContext {
    private final Project project;
    private final Store store;
    private final Permissions permissions;
    private final Lookups lookups;
    private final FieldFormatter formatter;
    private final SqlGuard sql;
    private final Mocks mocks;
    private final SimClock clock;
    private final IdGenerator ids;
    private final CompiledTriggers scripts;

    RunContext(Project project, Store store, CompiledTriggers scripts, SimClock clock, IdGenerator ids) {
        this.project = project;
        this.store = store;
        this.permissions = new Permissions(project.users());
        this.lookups = new Lookups(project, store);
        this.formatter = new FieldFormatter(project.settings().effectiveCountry());
        this.sql = new SqlGuard(project, store, permissions);
        this.mocks = new Mocks(project.mocks());
        this.clock = clock;
        this.ids = ids;
        this.scripts = scripts;
    }

    Project project() {
        return project;
    }

    Store store() {
        return store;
    }

    Limits limits() {
        return project.limits();
    }

    Permissions permissions() {
        return permissions;
    }

    Lookups lookups() {
        return lookups;
    }

    FieldFormatter formatter() {
        return formatter;
    }

    SqlGuard sql() {
        return sql;
    }

    Mocks mocks() {
        return mocks;
    }

    SimClock clock() {
        return clock;
    }

    IdGenerator ids() {
        return ids;
    }

    CompiledScript compiled(TriggerDef t) {
        return scripts.of(t);
    }

    // ---- what runs --------------------------------------------------------------------------

    List<TriggerDef> triggers(ObjectDef o, Timing timing, Operation.Kind kind) {
        return project.triggers().values().stream()
                .filter(t -> t.active() && t.timing() == timing && o.apiName().equals(t.object())
                        && t.listensTo(kind.event()) && !(kind == Operation.Kind.LIST && t.skipOnList()))
                .sorted(Comparator.comparingInt(TriggerDef::order).thenComparing(TriggerDef::id))
                .toList();
    }

    List<AutomationDef> automations(ObjectDef o, Timing timing, Operation.Kind kind) {
        return project.automations().values().stream()
                .filter(a -> a.active() && a.timing() == timing && o.apiName().equals(a.object()) && a.listensTo(kind.event()))
                .sorted(Comparator.comparingInt(AutomationDef::order).thenComparing(AutomationDef::id))
                .toList();
    }

    /** The user a trigger acts as: its owner (default) or the operation's user. */
    User actor(TriggerDef t, User current) {
        if (t.actsAsCurrentUser()) {
            return current;
        }
        String owner = t.owner() != null ? t.owner() : project.settings().defaultUser();
        return owner == null ? systemUser() : project.user(owner).orElse(systemUser());
    }

    User systemUser() {
        return new User("system", "System", List.of(), true, null);
    }

    Map<String, Object> userMap(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("name", u.name());
        m.put("groups", u.groups());
        m.put("admin", u.admin());
        return m;
    }
}
