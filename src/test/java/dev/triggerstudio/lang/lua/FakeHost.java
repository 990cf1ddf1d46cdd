package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory ScriptHost: records by object and id, and everything the script asked for. */
final class FakeHost implements ScriptHost {
    final Map<String, ObjectDef> objects = new LinkedHashMap<>();
    final Map<String, Map<String, Map<String, Object>>> store = new TreeMap<>();
    final List<String> logs = new ArrayList<>();
    final List<String> rejections = new ArrayList<>();
    final List<Integer> rejectionLines = new ArrayList<>();
    final List<String> writes = new ArrayList<>();
    int nextId = 1;
    String refuseCreatesWith;
    /** Runs on every create, as the engine runs the created object's triggers (a nested run). */
    Runnable onCreate = () -> { };

    FakeHost define(ObjectDef def) {
        objects.put(def.apiName(), def);
        store.putIfAbsent(def.apiName(), new TreeMap<>());
        return this;
    }

    FakeHost put(String object, Map<String, Object> record) {
        store.computeIfAbsent(object, k -> new TreeMap<>()).put((String) record.get("id"),
                new LinkedHashMap<>(record));
        return this;
    }

    @Override
    public Project project() {
        return null;
    }

    @Override
    public ObjectDef objectDef(String apiName) {
        return objects.get(apiName);
    }

    @Override
    public Map<String, Object> loadRecord(String object, String id) {
        Map<String, Object> r = store.getOrDefault(object, Map.of()).get(id);
        return r == null ? null : new LinkedHashMap<>(r);
    }

    @Override
    public boolean existsRecord(String object, String id) {
        return store.getOrDefault(object, Map.of()).containsKey(id);
    }

    @Override
    public Iterable<Map<String, Object>> scan(String object) {
        return store.getOrDefault(object, Map.of()).values();
    }

    @Override
    public List<Map<String, Object>> querySql(String sql, boolean bypassCache) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Map<String, Object>> create(String object, List<Map<String, Object>> records) {
        if (refuseCreatesWith != null) {
            throw ScriptException.rejected(refuseCreatesWith, "triggers/other.lua", 1);
        }
        onCreate.run();
        List<Map<String, Object>> saved = new ArrayList<>();
        for (Map<String, Object> r : records) {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.put("id", object + "-" + nextId++);
            put(object, copy);
            writes.add("create " + object + " " + copy);
            saved.add(copy);
        }
        return saved;
    }

    @Override
    public List<Map<String, Object>> update(String object, List<Map<String, Object>> records) {
        List<Map<String, Object>> saved = new ArrayList<>();
        for (Map<String, Object> r : records) {
            Map<String, Object> stored = store.get(object).get((String) r.get("id"));
            stored.putAll(r);
            writes.add("update " + object + " " + r);
            saved.add(new LinkedHashMap<>(stored));
        }
        return saved;
    }

    @Override
    public List<Map<String, Object>> delete(String object, List<String> ids) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void log(String level, String message) {
        logs.add(level + ": " + message);
    }

    @Override
    public void reject(String message, int line) {
        rejections.add(message);
        rejectionLines.add(line);
    }

    @Override
    public Map<String, Object> config(String apiName) {
        return null;
    }

    @Override
    public List<Map<String, Object>> notify(List<Map<String, Object>> notifications) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int markRead(List<Map<String, Object>> filters) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object integration(String service, String method, List<Object> args) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object runFunction(String name, Map<String, Object> kwargs) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object runWorkflow(String workflowId, Object data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String formatPhone(String phone) {
        return phone;
    }
}
