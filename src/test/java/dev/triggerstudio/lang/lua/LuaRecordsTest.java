package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** record, old, context and the gospellua module, as docs/architecture.md#contracts describes them. */
class LuaRecordsTest {
    private final LuaFixture fx = new LuaFixture();

    @Test
    void aBeforeTriggersEditsAreTheRecordsEdits() {
        RecordPair pair = LuaFixture.invoice();

        fx.run("record.total = record.total * 2\nrecord.status = 'Sent'\nrecord.note = nil", pair);

        assertThat(pair.record()).containsEntry("total", 21L).containsEntry("status", "Sent")
                .containsEntry("note", null);
    }

    @Test
    void getFieldsListsEveryFieldOfTheTriggersRecordEvenWithoutAValue() {
        RecordPair pair = LuaFixture.invoice();

        fx.run("""
                local f = record:getFields()
                record.note = tostring(f.note ~= nil) .. " " .. f.total.type .. " " .. f.total.value
                    .. " " .. tostring(f.created_by ~= nil) .. " " .. tostring(f.missing)
                """, pair);

        assertThat(pair.record()).containsEntry("note", "true number 10.5 true nil");
    }

    @Test
    void oldIsNilOnCreateAndReadOnlyOnUpdate() {
        RecordPair created = LuaFixture.invoice();
        fx.run("record.note = tostring(old)", created);
        assertThat(created.record()).containsEntry("note", "nil");

        fx.event = Event.UPDATE;
        RecordPair updated = new RecordPair("inv-1", LuaFixture.record("id", "inv-1", "total", 20L),
                LuaFixture.record("id", "inv-1", "total", 10L));
        fx.run("record.note = 'was ' .. old.total", updated);
        assertThat(updated.record()).containsEntry("note", "was 10");

        assertThatThrownBy(() -> fx.run("old.total = 1", updated)).hasMessageContaining("read-only");
        assertThat(updated.old()).containsEntry("total", 10L);
    }

    @Test
    void contextTellsTimingEventAndUser() {
        fx.timing = Timing.BEFORE;
        fx.event = Event.UPDATE;
        RecordPair pair = new RecordPair("inv-1", LuaFixture.record("id", "inv-1"), LuaFixture.record("id", "inv-1"));

        fx.run("record.note = context.timing .. ' ' .. context.event .. ' ' .. context.user.id"
                + " .. ' ' .. context.user.groups[1] .. ' ' .. tostring(context.user.admin)", pair);

        assertThat(pair.record()).containsEntry("note", "before update alice finance true");
    }

    @Test
    void insertCreatesARelatedRecordThroughTheHost() {
        RecordPair pair = LuaFixture.invoice();

        fx.run("""
                local gospel = require("gospellua")
                local a = gospel.insert("account", {name = "Globex", tier = "silver"})
                record.note = a.id .. " " .. a.name
                """, pair);

        assertThat(fx.host.store.get("account").get("account-1")).containsEntry("name", "Globex");
        assertThat(pair.record()).containsEntry("note", "account-1 Globex");
    }

    @Test
    void commitUpdatesALoadedRecordAndSendsLookupsAsIds() {
        fx.host.put("invoice", LuaFixture.record("id", "inv-9", "number", "INV-9", "total", 5L,
                "account", Map.of("id", "acc-1", "name", "Acme"), "created_by", "alice"));
        fx.timing = Timing.AFTER;

        fx.run("""
                local gospel = require("gospellua")
                local other = gospel.loadRecord("invoice", "inv-9")
                other.total = other.total + 1
                local saved = gospel.commit(other)
                gospel.log("saved " .. saved.total .. " for " .. other.account.name)
                """, LuaFixture.invoice());

        assertThat(fx.host.writes).singleElement().asString()
                .isEqualTo("update invoice {id=inv-9, number=INV-9, total=6, account=acc-1}");
        assertThat(fx.host.logs).containsExactly("info: saved 6 for Acme");
    }

    @Test
    void commitOfARecordNotYetStoredCreatesIt() {
        fx.run("""
                local gospel = require("gospellua")
                local a = gospel.loadRecord("account", "acc-1")
                a.id = "acc-new"
                gospel.commit(a)
                """, LuaFixture.invoice());

        assertThat(fx.host.writes).singleElement().asString().startsWith("create account {name=Acme, tier=gold");
    }

    @Test
    void printAndLogWriteToTheTrace() {
        fx.run("""
                local gospel = require("gospellua")
                print("a", 1)
                gospel.log("careful", "warning")
                """, LuaFixture.invoice());

        assertThat(fx.host.logs).containsExactly("info: a\t1", "warning: careful");
    }

    @Test
    void pairsWalksARecordsFields() {
        RecordPair pair = LuaFixture.invoice();

        fx.run("""
                local names = {}
                for k, v in pairs(record) do names[#names + 1] = k end
                table.sort(names)
                record.note = table.concat(names, ",")
                """, pair);

        assertThat(pair.record()).containsEntry("note", "id,number,status,total");
    }

    @Test
    void unknownDefinitionsAreNilForLoadRecordDefinitionAndAnErrorForLoadRecord() {
        RecordPair pair = LuaFixture.invoice();
        fx.run("record.note = tostring(require('gospellua').loadRecordDefinition('nope'))", pair);
        assertThat(pair.record()).containsEntry("note", "nil");

        assertThatThrownBy(() -> fx.run("require('gospellua').loadRecord('nope', 'x')", LuaFixture.invoice()))
                .hasMessage(LuaFixture.PATH + ":1: unknown record definition 'nope'");
    }

    @Test
    void oneCompiledScriptRunsManyRecordsEachInFreshGlobals() {
        CompiledScript compiled = fx.compile("counter = (counter or 0) + 1\nrecord.total = counter");
        RecordPair a = LuaFixture.invoice();
        RecordPair b = LuaFixture.invoice();
        RecordPair c = LuaFixture.invoice();

        fx.run(compiled, a, b);
        fx.run(compiled, c);

        assertThat(a.record()).containsEntry("total", 1L);
        assertThat(b.record()).containsEntry("total", 1L);
        assertThat(c.record()).containsEntry("total", 1L);
    }
}
