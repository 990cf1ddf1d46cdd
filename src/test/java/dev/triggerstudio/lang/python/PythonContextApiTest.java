package dev.triggerstudio.lang.python;

import static dev.triggerstudio.lang.python.Py.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every namespace of the Valstorm context, through a real trigger on GraalPy. */
class PythonContextApiTest {
    private final FakeHost host = new FakeHost();

    private RecordPair run(Timing timing, Event event, String body) {
        RecordPair pair = lead("l1", "first", "Ada", "last", "Lovelace", "phone", "555 0100");
        Py.runOnce("async def execute(context):\n" + body.indent(4), timing, event, host, pair);
        return pair;
    }

    @Test
    void contextCarriesUserMapsAndTriggerContext() {
        RecordPair pair = new RecordPair("l1", Py.map("l1", "first", "Ada"), Py.map("l1", "first", "Ad"));
        Py.runOnce("""
                async def execute(context):
                    record = context.new_map['l1']
                    record['seen'] = [context.user.id, context.user['name'], sorted(context.trigger_context),
                                      context.old_map['l1']['first'], len(context.new_map)]
                """, Timing.BEFORE, Event.UPDATE, host, pair);

        assertThat(pair.record().get("seen")).isEqualTo(List.of("alice", "Alice", List.of("Before", "Update"), "Ad", 1L));
    }

    @Test
    void oldMapIsEmptyOnCreate() {
        RecordPair pair = run(Timing.BEFORE, Event.CREATE, "context.new_map['l1']['old'] = len(context.old_map)");

        assertThat(pair.record()).containsEntry("old", 0L);
    }

    @Test
    void logWritesToTheTraceWithItsLevel() {
        run(Timing.AFTER, Event.CREATE, "context.log('hello')\ncontext.log('careful', level='warning')\ncontext.log('bad', 'error')");

        assertThat(host.logs).containsExactly("info: hello", "warning: careful", "error: bad");
    }

    @Test
    void printGoesToTheTraceLog() {
        run(Timing.AFTER, Event.CREATE, "print('from print')\nimport sys\nprint('oops', file=sys.stderr)");

        assertThat(host.logs).containsExactly("info: from print", "warning: oops");
    }

    @Test
    void recordsCreateReturnsTheSavedRecordForOneDictAndAListForAList() {
        RecordPair pair = run(Timing.AFTER, Event.CREATE, """
                one = await context.records.create('task', {'subject': 'Call', 'priority': 2})
                many = await context.records.create('task', [{'subject': 'A'}, {'subject': 'B'}])
                context.new_map['l1']['made'] = [one['id'], [t['id'] for t in many]]
                """);

        assertThat(pair.record().get("made")).isEqualTo(List.of("task-1", List.of("task-2", "task-3")));
        assertThat(host.argsOf("create:task")).isEqualTo(List.of(Map.of("subject", "Call", "priority", 2L)));
    }

    @Test
    void recordsUpdateSendsRecordsWithIds() {
        run(Timing.AFTER, Event.CREATE, "await context.records.update('lead', {'id': 'l2', 'amount': 1.5})");

        assertThat(host.argsOf("update:lead")).isEqualTo(List.of(Map.of("id", "l2", "amount", 1.5)));
    }

    @Test
    void recordsDeleteTakesIdsOrRecords() {
        run(Timing.AFTER, Event.CREATE, "await context.records.delete('lead', ['l2', {'id': 'l3'}])");

        assertThat(host.argsOf("delete:lead")).isEqualTo(List.of("l2", "l3"));
    }

    @Test
    void querySqlReturnsOneDictPerRow() {
        RecordPair pair = run(Timing.BEFORE, Event.CREATE, """
                rows = await context.query.sql("select count(*) as n, sum(amount) as total from lead")
                context.new_map['l1']['stats'] = rows
                """);

        assertThat(pair.record().get("stats")).isEqualTo(List.of(Map.of("n", 2L, "total", 350.0)));
        assertThat(host.argsOf("sql")).isEqualTo(List.of("select count(*) as n, sum(amount) as total from lead", true));
    }

    @Test
    void querySqlPassesBypassCache() {
        run(Timing.BEFORE, Event.CREATE, "await context.query.sql('select 1 as one', bypass_cache=False)");

        assertThat(host.argsOf("sql")).isEqualTo(List.of("select 1 as one", false));
    }

    @Test
    void metadataGetConfigReturnsADictOrNone() {
        host.configs.put("B2B Sales Config", Map.of("region", "EU", "tiers", List.of(1L, 2L)));
        RecordPair pair = run(Timing.BEFORE, Event.CREATE, """
                config = await context.metadata.get_config('B2B Sales Config')
                missing = await context.metadata.get_config('Nope')
                context.new_map['l1']['cfg'] = [config['region'], config['tiers'], missing is None]
                """);

        assertThat(pair.record().get("cfg")).isEqualTo(List.of("EU", List.of(1L, 2L), true));
    }

    @Test
    void notificationsNotifyAndMarkRead() {
        RecordPair pair = run(Timing.AFTER, Event.CREATE, """
                await context.communications.notifications.notify([{'to': 'bob', 'title': 'New lead'}])
                n = await context.communications.notifications.mark_read(data=[{'record_id': 'l1'}])
                context.new_map['l1']['marked'] = n
                """);

        assertThat(host.outbox).containsExactly(Map.of("to", "bob", "title", "New lead"));
        assertThat(host.argsOf("mark_read")).isEqualTo(List.of(Map.of("record_id", "l1")));
        assertThat(pair.record()).containsEntry("marked", 1L);
    }

    @Test
    void salesforceQueryCreateAndUpdateAreAnsweredFromMocks() {
        host.mocks.put("salesforce.query", Map.of("records", List.of(Map.of("Id", "001"))));
        host.mocks.put("salesforce.create", Map.of("id", "002", "success", true));
        host.mocks.put("salesforce.update", Map.of("success", true));
        RecordPair pair = run(Timing.AFTER, Event.CREATE, """
                found = await context.integrations.salesforce.query("SELECT Id FROM Account")
                made = await context.integrations.salesforce.create('Account', {'Name': 'Acme'})
                done = await context.integrations.salesforce.update('Account', {'Id': '002', 'Name': 'Acme 2'})
                context.new_map['l1']['sf'] = [found['records'][0]['Id'], made['id'], done['success']]
                """);

        assertThat(pair.record().get("sf")).isEqualTo(List.of("001", "002", true));
        assertThat(host.argsOf("salesforce.create")).isEqualTo(List.of("Account", Map.of("Name", "Acme")));
    }

    @Test
    void googleFetchDriveFilesConcurrentlyIsAnsweredFromMocks() {
        host.mocks.put("google.fetch_drive_files_concurrently", List.of(Map.of("id", "f1", "name", "Brief.pdf")));
        RecordPair pair = run(Timing.AFTER, Event.CREATE, """
                files = await context.integrations.google.fetch_drive_files_concurrently(['f1'])
                context.new_map['l1']['files'] = [f['name'] for f in files]
                """);

        assertThat(pair.record().get("files")).isEqualTo(List.of("Brief.pdf"));
        assertThat(host.argsOf("google.fetch_drive_files_concurrently")).isEqualTo(List.of(List.of("f1")));
    }

    @Test
    void tasksRunFunctionAndRunWorkflowAreRecordedAndAnswered() {
        host.mocks.put("function.score_lead", 42L);
        host.mocks.put("workflow.wf-9", Map.of("started", true));
        RecordPair pair = run(Timing.AFTER, Event.CREATE, """
                score = await context.tasks.run_function('score_lead', {'lead': 'l1'})
                flow = await context.tasks.run_workflow('wf-9', {'lead': 'l1'})
                context.new_map['l1']['tasks'] = [score, flow['started']]
                """);

        assertThat(pair.record().get("tasks")).isEqualTo(List.of(42L, true));
        assertThat(host.argsOf("run_function:score_lead")).isEqualTo(Map.of("lead", "l1"));
        assertThat(host.argsOf("run_workflow:wf-9")).isEqualTo(Map.of("lead", "l1"));
    }

    @Test
    void phoneFormatterIsAPlainCallToTheHost() {
        RecordPair pair = run(Timing.BEFORE, Event.CREATE,
                "r = context.new_map['l1']\nr['phone'] = context.utils.phone_formatter(r['phone'])");

        assertThat(pair.record()).containsEntry("phone", "+15550100");
    }

    @Test
    void htmlToMdConvertsWithFlexmark() {
        RecordPair pair = run(Timing.BEFORE, Event.CREATE,
                "context.new_map['l1']['md'] = await context.utils.html_to_md('<h1>Hi</h1><p>a <b>bold</b> <a href=\"https://x.dev\">link</a></p>')");

        assertThat((String) pair.record().get("md")).contains("# Hi").contains("**bold**").contains("[link](https://x.dev)");
    }

    @Test
    void getPhoneFieldsReadsAnObjectByNameOrASchemaDict() {
        RecordPair pair = run(Timing.BEFORE, Event.CREATE, """
                by_name = context.utils.get_phone_fields('lead')
                by_dict = context.utils.get_phone_fields({'fields': [{'name': 'fax', 'type': 'phone'}, {'name': 'x', 'type': 'text'}]})
                context.new_map['l1']['phones'] = [by_name, by_dict]
                """);

        assertThat(pair.record().get("phones")).isEqualTo(List.of(List.of("mobile", "work_phone"), List.of("fax")));
    }

    @Test
    void aNamespaceIsOneObjectWithinARunAndAFreshOneInTheNext() {
        try (var script = Py.compile("""
                seen = []
                async def execute(context):
                    leaked = hasattr(context.records, 'note')
                    context.records.note = 'set by run %d' % len(seen)
                    seen.append(getattr(context.records, 'note'))
                    r = context.new_map['l1']
                    r['same'] = context.records is context.records and context.utils is context.utils
                    r['seen'] = list(seen)
                    r['fresh'] = context.tasks.__dict__ == {} and not leaked
                """)) {
            RecordPair first = lead("l1");
            RecordPair second = lead("l1");
            script.run(Py.invocation(Timing.BEFORE, Event.CREATE, first), host);
            script.run(Py.invocation(Timing.BEFORE, Event.CREATE, second), host);

            assertThat(second.record()).containsEntry("same", true).containsEntry("fresh", true)
                    .containsEntry("seen", List.of("set by run 0", "set by run 1"));
        }
    }
}
