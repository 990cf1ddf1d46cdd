package dev.triggerstudio.ui.editor;

import java.util.List;
import java.util.Map;

/**
 * The APIs a trigger can call, by qualifier: Valstorm's {@code context.} namespaces (from
 * valstorm-record-triggers.txt, docs/architecture.md#contracts) and Gospel's {@code gospel.} functions.
 */
final class CompletionCatalog {
    private CompletionCatalog() {
    }

    static final Map<String, List<CompletionItem>> PYTHON = Map.ofEntries(
            Map.entry("context", List.of(
                    CompletionItem.member("user", "property"), CompletionItem.member("new_map", "property"),
                    CompletionItem.member("old_map", "property"), CompletionItem.member("trigger_context", "property"),
                    CompletionItem.method("log(msg, level='info')"), CompletionItem.member("records", "namespace"),
                    CompletionItem.member("query", "namespace"), CompletionItem.member("metadata", "namespace"),
                    CompletionItem.member("communications", "namespace"),
                    CompletionItem.member("integrations", "namespace"), CompletionItem.member("tasks", "namespace"),
                    CompletionItem.member("utils", "namespace"))),
            Map.entry("context.records", List.of(CompletionItem.method("create(api_name, input_data)"),
                    CompletionItem.method("update(api_name, input_data)"),
                    CompletionItem.method("delete(api_name, input_data)"))),
            Map.entry("context.query", List.of(CompletionItem.method("sql(query, bypass_cache=True)"))),
            Map.entry("context.metadata", List.of(CompletionItem.method("get_config(api_name)"))),
            Map.entry("context.communications", List.of(CompletionItem.member("notifications", "namespace"))),
            Map.entry("context.communications.notifications", List.of(CompletionItem.method("notify(notifications)"),
                    CompletionItem.method("mark_read(data)"))),
            Map.entry("context.integrations", List.of(CompletionItem.member("salesforce", "namespace"),
                    CompletionItem.member("google", "namespace"))),
            Map.entry("context.integrations.salesforce", List.of(CompletionItem.method("query(soql)"),
                    CompletionItem.method("create(sobject, data)"), CompletionItem.method("update(sobject, data)"))),
            Map.entry("context.integrations.google", List.of(
                    CompletionItem.method("fetch_drive_files_concurrently(file_ids)"))),
            Map.entry("context.tasks", List.of(CompletionItem.method("run_function(name, kwargs)"),
                    CompletionItem.method("run_workflow(workflow_id, data)"))),
            Map.entry("context.utils", List.of(CompletionItem.method("phone_formatter(phone)"),
                    CompletionItem.method("html_to_md(html)"), CompletionItem.method("get_phone_fields(schema)"))),
            Map.entry("context.new_map", List.of(CompletionItem.method("items()"), CompletionItem.method("values()"),
                    CompletionItem.method("keys()"), CompletionItem.method("get(record_id)"))),
            Map.entry("context.old_map", List.of(CompletionItem.method("items()"), CompletionItem.method("values()"),
                    CompletionItem.method("keys()"), CompletionItem.method("get(record_id)"))));

    static final Map<String, List<CompletionItem>> LUA = Map.of(
            "gospel", List.of(CompletionItem.method("loadRecord(def, id)"), CompletionItem.method("existsRecord(def, id)"),
                    CompletionItem.method("loadRecordDefinition(def)"), CompletionItem.method("rejectTransaction(msg)"),
                    CompletionItem.method("insert(def, tbl)"), CompletionItem.method("commit(record)"),
                    CompletionItem.method("log(msg)")),
            "context", List.of(CompletionItem.member("timing", "property"), CompletionItem.member("event", "property"),
                    CompletionItem.member("user", "property")));

    static final Map<String, List<CompletionItem>> STANZA = Map.of(
            "user", List.of(CompletionItem.member("id", "property"), CompletionItem.member("groups", "property")));

    static final List<CompletionItem> STANZA_SET = List.of(CompletionItem.method("withAll(condition, ...)"),
            CompletionItem.method("withAny(condition, ...)"), CompletionItem.member("fields", "property"));

    static final List<CompletionItem> STANZA_AGGREGATES = List.of(CompletionItem.method("sum()"),
            CompletionItem.method("avg()"), CompletionItem.method("min()"), CompletionItem.method("max()"),
            CompletionItem.method("count()"), CompletionItem.method("exists()"));
}
