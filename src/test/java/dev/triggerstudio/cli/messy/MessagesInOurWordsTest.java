package dev.triggerstudio.cli.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every message about a file is one line in the project's words, at the position of the problem:
 * no library switches, class names or {@code [Source: ...]}, and one message per root cause.
 */
class MessagesInOurWordsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"user": "alice", "operations": [}                 | 1:34 | '}' does not match what is open here; expected ']'
            {"user": "alice" "operations": []}                 | 1:18 | expected , or } after this value (a missing comma?)
            {"user": alice, "operations": []}                  | 1:10 | unknown word 'alice'; text needs double quotes, other values are numbers, true, false or null
            {"user": "alice", "operations": [{"n": NaN}]}      | 1:40 | NaN is not a JSON number; write a number or null
            {"user": "alice", "user": "bob"}                   | 1:27 | property "user" appears twice in this object; keep one
            {"user": "al\\qice"}                               | 1:14 | unknown escape \\q in a string; write \\\\ for a backslash
            {"user": "alice", "operations": [007]}             | 1:35 | a number cannot start with 0 (write 7, not 007); put it in quotes if it is text
            {"user": "alice", "operations": []} {}             | 1:37 | more after the end of the JSON value; a file holds one value, so remove this or wrap both in [ ]
            {"user": "alice", "operations": "lots"}            | 1:33 | wrong type for operations: expected a list [...]
            {"user": "alice", "operations": [{"op": "creat"}]} | 1:41 | unknown op "creat" (expected one of create, update, delete, read, list)
            {"user": "alice", // who\\n "operations": []}      | 1:19 | comments are not allowed in JSON; remove them
            """)
    void aSyntaxOrShapeErrorIsOneLineInOurWordsAtItsPosition(String text, String at, String message) {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", text.replace("\\n", "\n"));

        MessyCopy.Run run = ledger.studio("simulate", "wip");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("studio: batches/wip.json:" + at + ": error: " + message);
        assertNoLibraryWords(run.err());
    }

    @Test
    void aLineBreakInsideTextSaysHowToWriteIt() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", "{\"user\": \"ali\nce\", \"operations\": []}");

        MessyCopy.Run run = ledger.studio("simulate", "wip");

        assertThat(run.err().strip()).isEqualTo("studio: batches/wip.json:1:14: error: a line break inside text; write it"
                + " as \\n, or close the text with \" first");
    }

    @Test
    void nestingTooDeepIsReportedWhereItHappensNotAtTheStart() {
        String deep = "{\"user\": \"alice\", \"operations\": [\n" + "[".repeat(1200) + "]".repeat(1200) + "]}";
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", deep);

        MessyCopy.Run run = ledger.studio("simulate", "wip");

        assertThat(run.err().strip()).isEqualTo("studio: batches/wip.json:2:1000: error: nested more than 1000 levels deep"
                + " here; a project file never needs that many, so look for brackets that are opened and never closed");
    }

    @Test
    void aStringLongerThanJacksonsDefaultLimitIsValidJson() {
        String note = "x".repeat(21_000_000);
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", "{\"user\": \"alice\", \"operations\": [{\"op\":"
                + " \"create\", \"object\": \"invoice\", \"records\": [{\"number\": \"INV-9\", \"note\": \"" + note + "\"}]}]}");

        MessyCopy.Run check = ledger.studio("check");

        assertThat(check.out()).as(check.all()).endsWith("0 errors, 0 warnings\n");
    }

    @Test
    void aNumberTooLargeForItsFieldNamesTheFieldNotJavasIntRange() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("project.json",
                t -> t.replace("\"seed\": 7,", "\"seed\": 7, \"limits\": {\"max_depth\": 99999999999999999999},"));

        MessyCopy.Run run = ledger.studio("check");

        assertThat(run.out()).startsWith("project.json:6:38: error: 99999999999999999999 is too large for max depth;"
                + " see docs/format.md for the values it takes\n");
        assertNoLibraryWords(run.out());
    }

    @Test
    void oneWrongFieldTypeInAnObjectGivesOneErrorNotOnePerReference() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("objects/invoice.json",
                t -> t.replaceFirst("\"type\": \"number\"", "\"type\": \"dait\""));

        MessyCopy.Run run = ledger.studio("check");

        assertThat(run.out()).isEqualTo("objects/invoice.json:31:15: error: unknown type \"dait\" (expected one of text,"
                + " textarea, number, integer, boolean, date, datetime, phone, email, url, picklist, lookup, address, json)\n"
                + "1 error, 0 warnings\n");
    }

    @Test
    void aBrokenUsersFileGivesOneErrorNotOnePerUserNamed() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("users.json", t -> t.replaceFirst("\"groups\"", "\"grups\""));

        MessyCopy.Run run = ledger.studio("check");

        assertThat(run.out()).endsWith("1 error, 0 warnings\n").startsWith("users.json:2:");
    }

    @Test
    void aNullItemInAListPointsAtTheNull() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json",
                "{\"user\": \"alice\", \"operations\": [{\"op\": \"read\", \"object\": \"invoice\", \"ids\": [\"x\"]},\n null]}");

        MessyCopy.Run run = ledger.studio("simulate", "wip");

        assertThat(run.err().strip()).isEqualTo("studio: batches/wip.json:2:2: error: a null item in this list; remove it"
                + " or write a value");
    }

    @Test
    void aBatchHoldingNullIsBadInputNotAJavaError() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with("batches/wip.json", "null");

        MessyCopy.Run run = ledger.studio("simulate", "wip");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("studio: batches/wip.json:1:1: error: the file holds null, but a batch is"
                + " one JSON object: {\"user\": \"...\", \"operations\": [...]}");
    }

    static void assertNoLibraryWords(String text) {
        assertThat(text).doesNotContain("[Source:", "StreamRead", "JsonReadFeature", "DeserializationFeature", "`",
                "java.", "dev.triggerstudio", "Exception", "CTRL-CHAR", "code 1");
    }
}
