package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test double of the engine's host: records in memory, in id order. Writes are applied and also
 * written to {@link #output()} as lines, with the script's logs, so tests can compare what happened.
 */
class MemoryHost implements ScriptHost {

    private final Project project;
    private final Map<String, TreeMap<String, Map<String, Object>>> records = new TreeMap<>();
    private final List<String> output = new ArrayList<>();
    private int nextId = 1;
    int loads;
    int scans;

    MemoryHost(Project project) {
        this.project = project;
    }

    MemoryHost put(String object, Map<String, Object> record) {
        records.computeIfAbsent(object, o -> new TreeMap<>()).put((String) record.get("id"), new LinkedHashMap<>(record));
        return this;
    }

    List<String> output() {
        return output;
    }

    Map<String, Object> stored(String object, String id) {
        return records.getOrDefault(object, new TreeMap<>()).get(id);
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public ObjectDef objectDef(String apiName) {
        return project.objects().get(apiName);
    }

    @Override
    public Map<String, Object> loadRecord(String object, String id) {
        loads++;
        Map<String, Object> found = stored(object, id);
        return found == null ? null : new LinkedHashMap<>(found);
    }

    @Override
    public boolean existsRecord(String object, String id) {
        return stored(object, id) != null;
    }

    @Override
    public Iterable<Map<String, Object>> scan(String object) {
        scans++;
        return List.copyOf(records.getOrDefault(object, new TreeMap<>()).values());
    }

    @Override
    public List<Map<String, Object>> create(String object, List<Map<String, Object>> created) {
        List<Map<String, Object>> saved = new ArrayList<>();
        for (Map<String, Object> r : created) {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.put("id", object + "-" + nextId++);
            put(object, copy);
            output.add("create " + object + " " + new TreeMap<>(copy));
            saved.add(copy);
        }
        return saved;
    }

    @Override
    public List<Map<String, Object>> update(String object, List<Map<String, Object>> updated) {
        for (Map<String, Object> r : updated) {
            put(object, r);
            output.add("update " + object + " " + new TreeMap<>(r));
        }
        return updated;
    }

    @Override
    public List<Map<String, Object>> delete(String object, List<String> ids) {
        List<Map<String, Object>> deleted = new ArrayList<>();
        for (String id : ids) {
            deleted.add(records.getOrDefault(object, new TreeMap<>()).remove(id));
            output.add("delete " + object + " " + id);
        }
        return deleted;
    }

    @Override
    public void log(String level, String message) {
        output.add(message);
    }

    @Override
    public void reject(String message, int line) {
        throw new UnsupportedOperationException("Stanza's reject stops the script; it never marks");
    }

    @Override
    public List<Map<String, Object>> querySql(String sql, boolean bypassCache) {
        throw new UnsupportedOperationException("Stanza has no SQL");
    }

    @Override
    public Map<String, Object> config(String apiName) {
        return null;
    }

    @Override
    public List<Map<String, Object>> notify(List<Map<String, Object>> notifications) {
        throw new UnsupportedOperationException("Stanza cannot notify");
    }

    @Override
    public int markRead(List<Map<String, Object>> filters) {
        throw new UnsupportedOperationException("Stanza cannot mark notifications");
    }

    @Override
    public Object integration(String service, String method, List<Object> args) {
        throw new UnsupportedOperationException("Stanza has no integrations");
    }

    @Override
    public Object runFunction(String name, Map<String, Object> kwargs) {
        throw new UnsupportedOperationException("Stanza cannot run functions");
    }

    @Override
    public Object runWorkflow(String workflowId, Object data) {
        throw new UnsupportedOperationException("Stanza cannot run workflows");
    }

    @Override
    public String formatPhone(String phone) {
        return phone;
    }
}
