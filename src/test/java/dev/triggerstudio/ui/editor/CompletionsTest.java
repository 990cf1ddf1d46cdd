package dev.triggerstudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.Language;
import dev.triggerstudio.model.ObjectDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionsTest {
    static final ObjectDef INVOICE = new ObjectDef("invoice", null, null, false,
            List.of(FieldDef.of("status", FieldType.TEXT), FieldDef.of("total", FieldType.NUMBER)));

    private static Completions.Result at(Language language, String text) {
        return new Completions(language, INVOICE, List.of("account", "invoice")).at(text, text.length());
    }

    @Test
    void contextRecCompletesToRecords() {
        Completions.Result r = at(Language.PYTHON, "    await context.rec");
        assertThat(r.items()).extracting(CompletionItem::insert).containsExactly("records");
        assertThat(r.prefix()).isEqualTo("rec");
        assertThat(r.replaceFrom()).isEqualTo("    await context.".length());
    }

    @Test
    void recordsNamespaceListsItsMethodsWithSignatures() {
        assertThat(at(Language.PYTHON, "context.records.").items()).extracting(CompletionItem::signature)
                .containsExactly("create(api_name, input_data)", "update(api_name, input_data)",
                        "delete(api_name, input_data)");
    }

    @Test
    void nestedNamespacesComplete() {
        assertThat(at(Language.PYTHON, "context.communications.notifications.").items())
                .extracting(CompletionItem::insert).containsExactly("notify", "mark_read");
    }

    @Test
    void gospelFunctionsCompleteInLua() {
        assertThat(at(Language.LUA, "gospel.re").items()).extracting(CompletionItem::signature)
                .containsExactly("rejectTransaction(msg)");
    }

    @Test
    void recordFieldsCompleteInLuaAndStanza() {
        assertThat(at(Language.LUA, "record.t").items()).extracting(CompletionItem::insert).containsExactly("total");
        assertThat(at(Language.STANZA, "set record.").items()).extracting(CompletionItem::insert)
                .contains("status", "total", "id", "created_date");
    }

    @Test
    void stanzaKeywordsAndPredicatesCompleteAtAWord() {
        assertThat(at(Language.STANZA, "reject \"x\" when record.total is").items()).extracting(CompletionItem::insert)
                .containsExactly("isEmpty", "isNotEmpty");
        assertThat(at(Language.STANZA, "rej").items()).extracting(CompletionItem::insert).containsExactly("reject");
    }

    @Test
    void stanzaRecordsOffersObjectsThenSetMethods() {
        assertThat(at(Language.STANZA, "records.").items()).extracting(CompletionItem::insert)
                .containsExactly("account", "invoice");
        assertThat(at(Language.STANZA, "records.invoice.with").items()).extracting(CompletionItem::insert)
                .containsExactly("withAll", "withAny");
    }

    @Test
    void offersTheScriptsOwnVariablesInPython() {
        String script = """
                async def execute(context):
                    lead_count = 0
                    for lead_id, lead in context.new_map.items():
                        lead_count += 1
                    lea""";
        assertThat(at(Language.PYTHON, script).items()).extracting(CompletionItem::insert)
                .containsExactly("lead", "lead_count", "lead_id");
    }

    @Test
    void offersTheScriptsOwnVariablesInLua() {
        String script = """
                local gospel = require("gospellua")
                local acct, owner_id = nil, nil
                for idx, line_item in ipairs({}) do
                end
                """;
        assertThat(at(Language.LUA, script + "go").items()).extracting(CompletionItem::insert).contains("gospel");
        assertThat(at(Language.LUA, script + "owner").items()).extracting(CompletionItem::insert).containsExactly("owner_id");
        assertThat(at(Language.LUA, script + "line").items()).extracting(CompletionItem::insert).containsExactly("line_item");
    }

    @Test
    void theWordBeingTypedIsNotOfferedAsAVariable() {
        assertThat(at(Language.PYTHON, "totl").items()).extracting(CompletionItem::insert).doesNotContain("totl");
    }
}
