package dev.triggerstudio.store;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.SystemFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * The SQLite store of docs/architecture.md#contracts: one table per object, system fields after user fields, WAL mode,
 * and the simulator's own {@code _studio_} tables. One connection; the engine runs one operation
 * at a time inside {@link #begin()}/{@link #commit()} with savepoints for nested operations.
 */
public final class Store implements AutoCloseable {
    private final Connection conn;
    private final Path file;
    private final Map<String, ObjectDef> schema = new LinkedHashMap<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int savepoints;

    private Store(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /** Opens (creating when absent) a store file. */
    public static Store open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = SqliteDriver.connect("jdbc:sqlite:" + file.toAbsolutePath(), driverOptions());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=OFF");
                s.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
            c.setAutoCommit(false);
            return new Store(c, file);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + openProblem(e), e);
        } catch (java.io.IOException e) {
            throw new StoreException(file + ": cannot create the folder for the store (" + e.getMessage()
                    + "); give --db a path in a folder you can write", e);
        }
    }

    /**
     * What to do when a file does not open as a store. --reset cannot help with a file that is not a
     * database (it never overwrites one: that file may be anything of the user's), so the advice is a new file.
     */
    private static String openProblem(SQLException e) {
        int code = e instanceof org.sqlite.SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        return switch (code) {
            case 26 -> "not a Trigger Studio store (not an SQLite database); give --db a new file name, which is created"
                    + " and seeded from data/ (this file was not changed)";
            case 11 -> "the store is damaged (SQLite says the database disk image is malformed); give --db a new file"
                    + " name, which is created and seeded from data/";
            case 5, 6 -> "the store is in use by another program; close it and try again";
            case 8, 14, 23 -> "cannot open or write this file (permission denied or read-only); give --db a file you can write";
            default -> "cannot open the store (" + plain(e.getMessage()) + "); give --db a new file name";
        };
    }

    /** SQLite's text without the driver's "[SQLITE_...]" code. */
    private static String plain(String message) {
        return message == null ? "unknown reason" : message.replaceFirst("^\\[SQLITE_\\w+\\]\\s*", "");
    }

    /** A fresh store in memory, gone when closed. */
    public static Store inMemory() {
        try {
            Connection c = SqliteDriver.connect("jdbc:sqlite::memory:", driverOptions());
            c.setAutoCommit(false);
            return new Store(c, null);
        } catch (SQLException e) {
            throw new StoreException("cannot open an in-memory store: " + e.getMessage(), e);
        }
    }

    /**
     * The driver otherwise runs {@code select last_insert_rowid()} after every insert to offer
     * generated keys, which the store never asks for (ids are text made by the engine).
     */
    private static java.util.Properties driverOptions() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("jdbc.get_generated_keys", "false");
        return p;
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        return conn;
    }

    /** Creates missing tables and columns for the objects, plus the simulator's tables. */
    public void createSchema(Collection<ObjectDef> objects) {
        try (Statement s = conn.createStatement()) {
            for (ObjectDef o : objects) {
                schema.put(o.apiName(), o);
                s.execute(createTable(o));
                addMissingColumns(s, o);
            }
            StudioTables.create(s);
            conn.commit();
        } catch (SQLException e) {
            throw fail("cannot create the schema", e);
        }
        statements.values().forEach(Store::closeQuietly);
        statements.clear();
    }

    private static String createTable(ObjectDef o) {
        StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(q(o.apiName())).append(" (id TEXT PRIMARY KEY");
        for (FieldDef f : o.fields()) {
            sb.append(", ").append(q(f.name())).append(' ').append(ColumnCodec.sqlType(f.type()));
        }
        for (String sys : o.systemFieldNames()) {
            if (!sys.equals(SystemFields.ID)) {
                sb.append(", ").append(q(sys)).append(" TEXT");
            }
        }
        return sb.append(')').toString();
    }

    private void addMissingColumns(Statement s, ObjectDef o) throws SQLException {
        List<String> existing = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + q(o.apiName()) + ")")) {
            while (rs.next()) {
                existing.add(rs.getString("name"));
            }
        }
        for (String name : o.allFieldNames()) {
            if (!existing.contains(name)) {
                String type = o.field(name).map(f -> ColumnCodec.sqlType(f.type())).orElse("TEXT");
                s.execute("ALTER TABLE " + q(o.apiName()) + " ADD COLUMN " + q(name) + " " + type);
            }
        }
    }

    /** Whether seed data has been loaded into this store. */
    public boolean isSeeded() {
        return meta("seeded") != null;
    }

    /** Loads seed records as they are (no triggers run) and marks the store seeded. */
    public void seed(Map<String, List<Map<String, Object>>> data) {
        try {
            for (Map.Entry<String, List<Map<String, Object>>> e : data.entrySet()) {
                ObjectDef o = objectDef(e.getKey());
                for (Map<String, Object> row : e.getValue()) {
                    insert(o, row);
                }
            }
            setMeta("seeded", "true");
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof StoreException se ? se : new StoreException("cannot seed the store: " + e.getMessage(), e);
        }
    }

    /** Drops every table so that the next {@link #createSchema} and {@link #seed} start afresh. */
    public void wipe() {
        try (Statement s = conn.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                s.execute("DROP TABLE " + q(t));
            }
            conn.commit();
        } catch (SQLException e) {
            throw fail("cannot reset the store", e);
        }
        statements.values().forEach(Store::closeQuietly);
        statements.clear();
        schema.clear();
    }

    public ObjectDef objectDef(String apiName) {
        ObjectDef o = schema.get(apiName);
        if (o == null) {
            throw new StoreException("no table for object \"" + apiName + "\"");
        }
        return o;
    }

    // ---- transactions -------------------------------------------------------------------

    /** Starts the top-level transaction of an operation (the connection is never in autocommit). */
    public void begin() {
        savepoints = 0;
    }

    public void commit() {
        try {
            conn.commit();
        } catch (SQLException e) {
            throw fail("cannot commit", e);
        }
    }

    public void rollback() {
        try {
            conn.rollback();
        } catch (SQLException e) {
            throw fail("cannot roll back", e);
        }
    }

    public Savepoint savepoint() {
        try {
            return conn.setSavepoint("op" + (++savepoints));
        } catch (SQLException e) {
            throw fail("cannot start a nested operation", e);
        }
    }

    public void release(Savepoint sp) {
        try {
            conn.releaseSavepoint(sp);
        } catch (SQLException e) {
            throw fail("cannot finish a nested operation", e);
        }
    }

    public void rollbackTo(Savepoint sp) {
        try {
            conn.rollback(sp);
            conn.releaseSavepoint(sp);
        } catch (SQLException e) {
            throw fail("cannot roll back a nested operation", e);
        }
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    // ---- records ------------------------------------------------------------------------

    public void insert(ObjectDef o, Map<String, Object> record) {
        insertAll(o, List.of(record));
    }

    /** Inserts the records as one JDBC batch: an operation's rows stand or fall together anyway. */
    public void insertAll(ObjectDef o, List<Map<String, Object>> records) {
        List<String> cols = o.allFieldNames();
        PreparedStatement ps = statement("insert:" + o.apiName(), () -> "INSERT INTO " + q(o.apiName()) + " ("
                + String.join(", ", cols.stream().map(Store::q).toList()) + ") VALUES ("
                + String.join(", ", cols.stream().map(c -> "?").toList()) + ")");
        try {
            for (Map<String, Object> record : records) {
                bindAll(ps, o, cols, record);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            clearQuietly(ps);
            throw fail("cannot insert into " + o.apiName(), e);
        }
    }

    public void update(ObjectDef o, Map<String, Object> record) {
        updateAll(o, List.of(record), null);
    }

    /**
     * Writes the records by id. With the stored records they came from ({@code olds}, same order),
     * only the columns whose stored value changes are written, as a real platform's update does:
     * less to bind, and a nested operation's write to another field of the same record survives.
     * Records changing the same columns go in one JDBC batch.
     */
    public void updateAll(ObjectDef o, List<Map<String, Object>> records, List<Map<String, Object>> olds) {
        UpdateBatch batch = new UpdateBatch(this, o);
        try {
            for (int i = 0; i < records.size(); i++) {
                batch.add(records.get(i), olds == null ? null : olds.get(i));
            }
            batch.flush();
        } catch (SQLException e) {
            batch.clear();
            throw fail("cannot update " + o.apiName(), e);
        }
    }

    /** The prepared UPDATE of these columns (by position in {@code allFieldNames}, id excluded). */
    PreparedStatement updateStatement(ObjectDef o, long columns, List<String> names) {
        return statement("update:" + o.apiName() + ":" + Long.toHexString(columns), () -> "UPDATE " + q(o.apiName())
                + " SET " + String.join(", ", names.stream().map(c -> q(c) + " = ?").toList()) + " WHERE id = ?");
    }

    /** A failed batch must not leave its rows queued for the statement's next use. */
    private static void clearQuietly(PreparedStatement ps) {
        try {
            ps.clearBatch();
        } catch (SQLException ignored) {
            // the statement is reused only after a successful clear or a fresh prepare
        }
    }

    public void delete(ObjectDef o, String id) {
        PreparedStatement ps = statement("delete:" + o.apiName(), () -> "DELETE FROM " + q(o.apiName()) + " WHERE id = ?");
        try {
            ps.setString(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("cannot delete from " + o.apiName(), e);
        }
    }

    /** The record with this id, or null. */
    public Map<String, Object> get(ObjectDef o, String id) {
        PreparedStatement ps = statement("get:" + o.apiName(), () -> "SELECT " + columnList(o) + " FROM " + q(o.apiName()) + " WHERE id = ?");
        try {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rowByIndex(o, rs) : null;
            }
        } catch (SQLException e) {
            throw fail("cannot read " + o.apiName(), e);
        }
    }

    /** Most ids one query binds; SQLite allows 32 766 parameters. */
    private static final int IDS_PER_QUERY = 512;

    /**
     * The stored records with these ids, by id (absent ids are left out): one query per 512 ids
     * instead of one per record, since an update or delete reads its whole chunk.
     */
    public Map<String, Map<String, Object>> getAll(ObjectDef o, List<String> ids) {
        Map<String, Map<String, Object>> found = HashMap.newHashMap(ids.size());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            // padded to a power of two (with nulls, which match nothing) so that few statements are kept
            int slots = Math.max(8, Integer.highestOneBit(part.size() - 1) << 1);
            PreparedStatement ps = statement("getAll:" + o.apiName() + ":" + slots, () -> "SELECT " + columnList(o)
                    + " FROM " + q(o.apiName()) + " WHERE id IN (" + String.join(",", java.util.Collections.nCopies(slots, "?"))
                    + ")");
            try {
                for (int i = 0; i < slots; i++) {
                    ps.setString(i + 1, i < part.size() ? part.get(i) : null);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = rowByIndex(o, rs);
                        found.put((String) row.get(SystemFields.ID), row);
                    }
                }
            } catch (SQLException e) {
                throw fail("cannot read " + o.apiName(), e);
            }
        }
        return found;
    }

    /** The columns in the order {@link #rowByIndex} reads them: id, fields, then system fields. */
    private static String columnList(ObjectDef o) {
        List<String> cols = new ArrayList<>();
        cols.add(SystemFields.ID);
        o.fields().forEach(f -> cols.add(f.name()));
        o.systemFieldNames().stream().filter(s -> !s.equals(SystemFields.ID)).forEach(cols::add);
        return String.join(", ", cols.stream().map(Store::q).toList());
    }

    private static Map<String, Object> rowByIndex(ObjectDef o, ResultSet rs) throws SQLException {
        Map<String, Object> r = LinkedHashMap.newLinkedHashMap(o.allFieldNames().size());
        int i = 1;
        r.put(SystemFields.ID, rs.getString(i++));
        for (FieldDef f : o.fields()) {
            // a TEXT column only ever holds text (ColumnCodec writes it so): one JNI call instead of two
            Object column = ColumnCodec.isText(f.type()) ? rs.getString(i++) : rs.getObject(i++);
            r.put(f.name(), fromColumn(o, f, r.get(SystemFields.ID), column));
        }
        for (String sys : o.systemFieldNames()) {
            if (!sys.equals(SystemFields.ID)) {
                r.put(sys, rs.getString(i++));
            }
        }
        return r;
    }

    /**
     * A column whose value SQLite kept with the wrong type (text seeded into a REAL column, say):
     * the record is named, not the Java cast that would fail on it.
     */
    private static Object fromColumn(ObjectDef o, FieldDef f, Object id, Object column) {
        if (!ColumnCodec.holds(f.type(), column)) {
            String shown = String.valueOf(column);
            throw new StoreException(o.apiName() + " " + id + " holds " + (column instanceof String
                    ? "\"" + (shown.length() > 40 ? shown.substring(0, 37) + "..." : shown) + "\"" : shown)
                    + " in " + f.name() + ", which is a " + f.type().name().toLowerCase(java.util.Locale.ROOT)
                    + " field; correct data/" + o.apiName() + ".json (./studio check shows where) and re-seed the store (--reset)");
        }
        return ColumnCodec.fromColumn(f.type(), column);
    }

    /** Every record of an object in id order, one at a time. */
    public void forEach(ObjectDef o, Consumer<Map<String, Object>> action) {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + columnList(o) + " FROM " + q(o.apiName()) + " ORDER BY id")) {
            while (rs.next()) {
                action.accept(rowByIndex(o, rs));
            }
        } catch (SQLException e) {
            throw fail("cannot read " + o.apiName(), e);
        }
    }

    public List<Map<String, Object>> all(ObjectDef o) {
        List<Map<String, Object>> rows = new ArrayList<>();
        forEach(o, rows::add);
        return rows;
    }

    /** Ids of records whose column equals the value (for lookups by name and unique checks). */
    public List<String> idsWhere(ObjectDef o, String field, Object value, int limit) {
        PreparedStatement ps = statement("where:" + o.apiName() + ":" + field, () -> "SELECT id FROM " + q(o.apiName())
                + " WHERE " + q(field) + " = ? ORDER BY id LIMIT ?");
        try {
            ps.setObject(1, value);
            ps.setInt(2, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw fail("cannot search " + o.apiName(), e);
        }
    }

    /** Column value of a field as stored, for comparisons in SQL. */
    public static Object column(FieldDef field, Object value) {
        return ColumnCodec.toColumn(field.type(), value);
    }

    private void bindAll(PreparedStatement ps, ObjectDef o, List<String> cols, Map<String, Object> record)
            throws SQLException {
        for (int i = 0; i < cols.size(); i++) {
            String c = cols.get(i);
            FieldDef f = o.fieldOrNull(c);
            FieldType type = f == null ? FieldType.TEXT : f.type();
            ps.setObject(i + 1, ColumnCodec.toColumn(type, record.get(c)));
        }
    }

    /** Prepared statements kept at most; updates keep one per set of changed columns. */
    private static final int MAX_STATEMENTS = 256;

    private PreparedStatement statement(String key, java.util.function.Supplier<String> sql) {
        if (statements.size() >= MAX_STATEMENTS && !statements.containsKey(key)) {
            // no caller holds a statement across this call, so all can go and be prepared again
            statements.values().forEach(Store::closeQuietly);
            statements.clear();
        }
        return statements.computeIfAbsent(key, k -> {
            try {
                return conn.prepareStatement(sql.get());
            } catch (SQLException e) {
                throw fail("cannot prepare a statement", e);
            }
        });
    }

    // ---- queries and metadata -----------------------------------------------------------

    /** Runs a query and returns one map per row (column label → value). */
    public List<Map<String, Object>> query(String sql, Object... params) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return rows(ps);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * A query written by a trigger (query.sql): stopped when it runs past the deadline, returns more
     * than maxRows rows, or builds a text or blob over {@link #MAX_VALUE_BYTES}. SQLite runs in
     * native code, so only its progress handler can stop an endless recursive query.
     */
    public List<Map<String, Object>> boundedQuery(String sql, long timeoutMs, int maxRows) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        boolean[] timedOut = {false};
        SQLiteConnection sqlite = sqlite();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ProgressHandler.setHandler(conn, 1000, new ProgressHandler() {
                @Override
                protected int progress() {
                    timedOut[0] = System.nanoTime() > deadline;
                    return timedOut[0] ? 1 : 0;
                }
            });
            sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
            return rows(ps, maxRows);
        } catch (SQLException e) {
            throw new StoreException(timedOut[0] ? "the query ran longer than " + timeoutMs
                    + " ms; add conditions or a limit" : e.getMessage(), e);
        } finally {
            try {
                ProgressHandler.clearHandler(conn);
                sqlite.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, SQLITE_DEFAULT_LENGTH);
            } catch (SQLException ignored) {
                // the handler and limit only matter for the next guarded query, which sets them again
            }
        }
    }

    /** Longest text or blob a trigger's query may build. */
    public static final int MAX_VALUE_BYTES = 8 * 1024 * 1024;
    private static final int SQLITE_DEFAULT_LENGTH = 1_000_000_000;

    private SQLiteConnection sqlite() {
        try {
            return conn.unwrap(SQLiteConnection.class);
        } catch (SQLException e) {
            throw new StoreException("the store is not a SQLite connection", e);
        }
    }

    static List<Map<String, Object>> rows(PreparedStatement ps) throws SQLException {
        return rows(ps, Integer.MAX_VALUE);
    }

    private static List<Map<String, Object>> rows(PreparedStatement ps, int maxRows) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (rows.size() == maxRows) {
                    throw new SQLException("the query returned more than " + maxRows + " rows; add conditions or a limit");
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnLabel(i), v instanceof Integer in ? Long.valueOf(in) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public void execute(String sql, Object... params) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw fail("cannot write", e);
        }
    }

    /**
     * Like {@link #execute} for a statement the engine runs again and again (one per operation
     * or per record), kept prepared. Only for SQL written in the code, never built from input.
     */
    public void executeRepeated(String sql, Object... params) {
        PreparedStatement ps = statement("sql:" + sql, () -> sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("cannot write", e);
        }
    }

    public String meta(String key) {
        List<Map<String, Object>> r = query("SELECT value FROM _studio_meta WHERE key = ?", key);
        return r.isEmpty() ? null : (String) r.getFirst().get("value");
    }

    /** Sets a metadata value inside the current transaction. */
    public void setMeta(String key, String value) {
        executeRepeated("INSERT INTO _studio_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private StoreException fail(String what, SQLException e) {
        String where = file == null ? "store" : file.toString();
        return new StoreException(where + ": " + what + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // closing a cached statement cannot lose data
        }
    }

    @Override
    public void close() {
        statements.values().forEach(Store::closeQuietly);
        try {
            conn.rollback();
            conn.close();
        } catch (SQLException ignored) {
            // nothing uncommitted is worth keeping at close
        }
    }
}
