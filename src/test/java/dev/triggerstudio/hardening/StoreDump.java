package dev.triggerstudio.hardening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** The logical content of a store file (every table, every row, sorted), to compare before and after. */
final class StoreDump {
    private StoreDump() {
    }

    static String of(Path db) {
        if (!Files.exists(db)) {
            return "<absent>";
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            StringBuilder sb = new StringBuilder();
            for (String table : tables(s)) {
                sb.append("== ").append(table).append('\n');
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.stream().sorted().forEach(r -> sb.append(r).append('\n'));
            }
            return sb.toString();
        } catch (SQLException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
