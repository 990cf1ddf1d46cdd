package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ScriptHost for tests: records every call, answers queries from a real in-memory SQLite
 * database opened read-only for triggers (as the engine's store does), and fails unmocked
 * integrations the way the engine does.
 */
final class FakeHost implements ScriptHost {
    record Call(String what, Object args) {
    }

    final List<Call> calls = new ArrayList<>();
    final List<String> logs = new ArrayList<>();
    final Map<String, Map<String, Object>> configs = new HashMap<>();
    final Map<String, Object> mocks = new HashMap<>();
    final List<Map<String, Object>> outbox = new ArrayList<>();
    final Connection db;
    String rejectCreatesOf;
    private int nextId = 1;

    FakeHost() {
        try {
            db = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (Statement s = db.createStatement()) {
                s.execute("create table lead (id text primary key, first text, last text, amount real)");
                s.execute("insert into lead values ('l1', 'Ada', 'Lovelace', 100), ('l2', 'Alan', 'Turing', 250)");
                s.execute("pragma query_only = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Project project() {
        return null;
    }

    @Override
    public ObjectDef objectDef(String apiName) {
        if (!apiName.equals("lead")) {
            return null;
        }
        return new ObjectDef("lead", "Lead", "last", false, List.of(FieldDef.of("first", FieldType.TEXT),
                FieldDef.of("mobile", FieldType.PHONE), FieldDef.of("work_phone", FieldType.PHONE)));
    }

    @Override
    public Map<String, Object> loadRecord(String object, String id) {
        throw new UnsupportedOperationException("not a Python API");
    }

    @Override
    public boolean existsRecord(String object, String id) {
        throw new UnsupportedOperationException("not a Python API");
    }

    @Override
    public Iterable<Map<String, Object>> scan(String object) {
        throw new UnsupportedOperationException("not a Python API");
    }

    @Override
    public List<Map<String, Object>> querySql(String sql, boolean bypassCache) {
        calls.add(new Call("sql", List.of(sql, bypassCache)));
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rows(rs);
        } catch (SQLException e) {
            throw ScriptException.failed("query.sql: " + e.getMessage(), null, 0);
        }
    }

    private static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                Object v = rs.getObject(c);
                row.put(meta.getColumnLabel(c), v instanceof Integer i ? Long.valueOf(i) : v);
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public List<Map<String, Object>> create(String object, List<Map<String, Object>> records) {
        calls.add(new Call("create:" + object, records));
        if (object.equals(rejectCreatesOf)) {
            throw ScriptException.rejected("nested create of " + object + " refused", "triggers/nested.py", 7);
        }
        List<Map<String, Object>> saved = new ArrayList<>();
        for (Map<String, Object> r : records) {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.put("id", object + "-" + nextId++);
            saved.add(copy);
        }
        return saved;
    }

    @Override
    public List<Map<String, Object>> update(String object, List<Map<String, Object>> records) {
        calls.add(new Call("update:" + object, records));
        return records;
    }

    @Override
    public List<Map<String, Object>> delete(String object, List<String> ids) {
        calls.add(new Call("delete:" + object, ids));
        return ids.stream().map(id -> Map.<String, Object>of("id", id)).toList();
    }

    @Override
    public void log(String level, String message) {
        logs.add(level + ": " + message);
    }

    @Override
    public void reject(String message, int line) {
        throw new UnsupportedOperationException("Python rejects with HTTPException");
    }

    @Override
    public Map<String, Object> config(String apiName) {
        calls.add(new Call("config", apiName));
        return configs.get(apiName);
    }

    @Override
    public List<Map<String, Object>> notify(List<Map<String, Object>> notifications) {
        calls.add(new Call("notify", notifications));
        outbox.addAll(notifications);
        return notifications;
    }

    @Override
    public int markRead(List<Map<String, Object>> filters) {
        calls.add(new Call("mark_read", filters));
        return outbox.size();
    }

    @Override
    public Object integration(String service, String method, List<Object> args) {
        calls.add(new Call(service + "." + method, args));
        String key = service + "." + method;
        if (!mocks.containsKey(key)) {
            throw ScriptException.failed("no mock for " + key + " in mocks/integrations.json", null, 0);
        }
        return mocks.get(key);
    }

    @Override
    public Object runFunction(String name, Map<String, Object> kwargs) {
        calls.add(new Call("run_function:" + name, kwargs));
        return mocks.get("function." + name);
    }

    @Override
    public Object runWorkflow(String workflowId, Object data) {
        calls.add(new Call("run_workflow:" + workflowId, data));
        return mocks.get("workflow." + workflowId);
    }

    @Override
    public String formatPhone(String phone) {
        calls.add(new Call("phone", phone));
        return "+1" + phone.replaceAll("\\D", "");
    }

    Object argsOf(String what) {
        return calls.stream().filter(c -> c.what().equals(what)).map(Call::args).findFirst()
                .orElseThrow(() -> new AssertionError("no call " + what + " in " + calls));
    }
}
