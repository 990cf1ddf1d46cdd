package dev.triggerstudio.engine;

import dev.triggerstudio.model.FieldAccess;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.User;
import dev.triggerstudio.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code context.query.sql}: read-only SQL with the actor's permissions. The query runs with
 * {@code PRAGMA query_only} on, so nothing can be written. For non-admins each object's table is
 * shadowed by a temporary view of the same name that holds only the rows and columns the actor
 * may read (SQLite resolves unqualified names in the temp schema first); naming a schema or the
 * simulator's own tables is refused so the views cannot be bypassed.
 */
final class SqlGuard {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?i)\\b(main|temp|sqlite_\\w*|_studio_\\w*|pragma|attach|detach|vacuum|load_extension)\\b");
    /** Rows one query.sql may return, as Salesforce's 50 000 query rows. */
    static final int MAX_ROWS = 50_000;
    private static final Pattern STARTS = Pattern.compile("(?is)^\\s*(select|with)\\b.*");

    private final Project project;
    private final Store store;
    private final Permissions permissions;
    private final Map<String, List<Map<String, Object>>> cache = new HashMap<>();

    SqlGuard(Project project, Store store, Permissions permissions) {
        this.project = project;
        this.store = store;
        this.permissions = permissions;
    }

    List<Map<String, Object>> query(User actor, String sql, boolean bypassCache) {
        String text = sql == null ? "" : sql.trim();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!STARTS.matcher(text).matches() || text.contains(";")) {
            throw new IllegalArgumentException("only one SELECT (or WITH ... SELECT) statement may run; query.sql is read-only");
        }
        if (FORBIDDEN.matcher(text).find()) {
            throw new IllegalArgumentException("the query names a schema or a system table; query the objects by name");
        }
        String key = actor.id() + "\u0000" + text;
        if (!bypassCache && cache.containsKey(key)) {
            return copy(cache.get(key));
        }
        List<Map<String, Object>> rows = run(actor, text);
        cache.put(key, rows);
        return copy(rows);
    }

    void clear() {
        cache.clear();
    }

    private List<Map<String, Object>> run(User actor, String text) {
        List<String> views = actor.admin() ? List.of() : createViews(actor);
        try {
            store.execute("PRAGMA query_only = ON");
            return store.boundedQuery(text, project.limits().triggerTimeoutMs(), MAX_ROWS);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "the query failed" : e.getMessage().lines().findFirst().orElse(""));
        } finally {
            store.execute("PRAGMA query_only = OFF");
            for (String v : views) {
                store.execute("DROP VIEW IF EXISTS temp." + quote(v));
            }
        }
    }

    private List<String> createViews(User actor) {
        List<String> views = new ArrayList<>();
        for (ObjectDef o : project.objects().values()) {
            store.execute("CREATE TEMP VIEW " + quote(o.apiName()) + " AS SELECT " + columns(actor, o) + " FROM main."
                    + quote(o.apiName()) + " WHERE " + rows(actor, o));
            views.add(o.apiName());
        }
        return views;
    }

    private String columns(User actor, ObjectDef o) {
        List<String> cols = new ArrayList<>();
        for (String f : o.allFieldNames()) {
            boolean readable = f.equals(SystemFields.ID) || permissions.field(actor, o, f) != FieldAccess.NONE;
            cols.add(readable ? quote(f) : "NULL AS " + quote(f));
        }
        return String.join(", ", cols);
    }

    private String rows(User actor, ObjectDef o) {
        if (!permissions.may(actor, o, Permissions.Verb.READ)) {
            return "0";
        }
        if (permissions.seesAll(actor, o)) {
            return "1";
        }
        return quote(SystemFields.OWNER) + " = '" + actor.id().replace("'", "''") + "'";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static List<Map<String, Object>> copy(List<Map<String, Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(new java.util.LinkedHashMap<>(r)));
        return out;
    }
}
