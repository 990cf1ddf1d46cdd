package dev.triggerstudio.store;

import java.sql.SQLException;
import java.sql.Statement;

/** The simulator's own tables; every name starts with {@code _studio_} (docs/architecture.md#contracts). */
final class StudioTables {
    private StudioTables() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS _studio_meta (key TEXT PRIMARY KEY, value TEXT)");
        s.execute("CREATE TABLE IF NOT EXISTS _studio_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                + " source TEXT, payload TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS _studio_async_queue (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " operation INTEGER, source TEXT NOT NULL, event TEXT NOT NULL, object TEXT NOT NULL,"
                + " record_ids TEXT NOT NULL, status TEXT NOT NULL, error TEXT, created TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS _studio_logs (seq INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT,"
                + " level TEXT NOT NULL, message TEXT NOT NULL, created TEXT NOT NULL)");
    }
}
