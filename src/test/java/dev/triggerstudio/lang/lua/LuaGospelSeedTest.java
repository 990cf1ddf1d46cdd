package dev.triggerstudio.lang.lua;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Lua snippets of gospel-triggers.txt, copied unmodified, behave as that document says. */
class LuaGospelSeedTest {
    private final LuaFixture fx = new LuaFixture();

    /** The seed's snippet with the import line the seed tells users to write first. */
    static String seed(String name) {
        try (InputStream in = LuaGospelSeedTest.class.getResourceAsStream("/lua/seed/" + name + ".lua")) {
            return "local gospel = require(\"gospellua\")\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fieldExistenceCheckOnARecordPassesForAFieldWhoseValueIsNil() {
        fx.run(seed("field_exists_record"), LuaFixture.invoice());

        assertThat(fx.host.store.get("DefinitionFieldTypes").get("a001")).containsEntry("fieldName", null);
        assertThat(fx.host.rejections).isEmpty();
    }

    @Test
    void fieldExistenceCheckOnARecordRejectsWhenTheDefinitionHasNoSuchField() {
        fx.host.define(new ObjectDef("DefinitionFieldTypes", null, null, false,
                List.of(FieldDef.of("other", FieldType.NUMBER))));
        fx.host.put("DefinitionFieldTypes", LuaFixture.record("id", "a001", "other", 3L));

        fx.run(seed("field_exists_record"), LuaFixture.invoice());

        assertThat(fx.host.rejections).containsExactly("Field doesn't exist'");
    }

    @Test
    void fieldExistenceCheckOnADefinitionPassesForAnExistingField() {
        fx.run(seed("field_exists_definition"), LuaFixture.invoice());

        assertThat(fx.host.rejections).isEmpty();
    }

    @Test
    void fieldExistenceCheckOnADefinitionRejectsForAMissingField() {
        fx.host.define(new ObjectDef("DefinitionFieldTypes", null, null, false,
                List.of(FieldDef.of("other", FieldType.NUMBER))));

        fx.run(seed("field_exists_definition"), LuaFixture.invoice());

        assertThat(fx.host.rejections).containsExactly("Field doesn't exist'");
    }

    @Test
    void loadingAMissingRecordGivesNilAndTheSnippetRejects() {
        fx.run(seed("record_exists_load"), LuaFixture.invoice());

        assertThat(fx.host.rejections).containsExactly("Record not found");
        assertThat(fx.host.rejectionLines).containsExactly(4);
    }

    @Test
    void existsRecordIsFalseForAMissingRecordAndTheSnippetRejects() {
        fx.run(seed("record_exists_check"), LuaFixture.invoice());

        assertThat(fx.host.rejections).containsExactly("Record not found");
    }

    @Test
    void returnAfterRejectTransactionStopsTheScript() {
        String script = seed("return_after_reject") + "record.note = 'still running'\n";
        var pair = LuaFixture.invoice();

        fx.run(script, pair);

        assertThat(fx.host.rejections).containsExactly("Record not found");
        assertThat(pair.record()).doesNotContainKey("note");
    }

    @Test
    void rejectTransactionWithoutReturnLetsTheScriptGoOn() {
        var pair = LuaFixture.invoice();

        fx.run("""
                local gospel = require("gospellua")
                gospel.rejectTransaction("Amount must be positive")
                record.note = "still running"
                """, pair);

        assertThat(fx.host.rejections).containsExactly("Amount must be positive");
        assertThat(fx.host.rejectionLines).containsExactly(2);
        assertThat(pair.record()).containsEntry("note", "still running");
    }

    @Test
    void theSeedSnippetsCompileWithoutCheckWarnings() {
        for (String name : List.of("field_exists_record", "field_exists_definition", "record_exists_load",
                "record_exists_check", "return_after_reject")) {
            assertThat(fx.runtime.check(new ScriptSource(LuaFixture.PATH, seed(name), fx.trigger()), null))
                    .as(name).isEmpty();
        }
    }
}
