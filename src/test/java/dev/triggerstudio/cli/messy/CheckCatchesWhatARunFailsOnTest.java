package dev.triggerstudio.cli.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} reports, at its position, every input that would make a run fail. */
class CheckCatchesWhatARunFailsOnTest {
    @TempDir
    Path tmp;

    @Test
    void seedDataIsTypedByItsFields() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("data/invoice.json",
                t -> t.replace("\"total\": 300.0", "\"total\": \"lots\""));

        assertThat(ledger.studio("check").out()).isEqualTo("data/invoice.json:7:14: error: invoice.total is a number field;"
                + " write a number such as 12.5, not \"lots\"\n1 error, 0 warnings\n");
        MessyCopy.Run run = ledger.studio("simulate", "lifecycle");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("studio: data/invoice.json:7:14: error: invoice.total is a number field")
                .doesNotContain("ClassCast");
    }

    /** Seeds go into the store without validate_system, so check puts the same limits on them (item 6). */
    @Test
    void aSeedNumberPastWhatTheFieldHoldsIsAnError() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("data/invoice.json",
                t -> t.replace("\"total\": 300.0", "\"total\": 1e400"));

        assertThat(ledger.studio("check").out()).isEqualTo("data/invoice.json:7:14: error: invoice.total: the number of"
                + " 401 digits is beyond what a number field holds (about ±1.8e308); write a smaller number, or use a text"
                + " field to keep every digit\n1 error, 0 warnings\n");
        assertThat(ledger.studio("simulate", "lifecycle").exit()).isEqualTo(2);
    }

    @Test
    void aLoneSurrogateInSeedTextIsAnError() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("data/invoice.json",
                t -> t.replace("\"number\": \"INV-0001\"", "\"number\": \"INV\\ud800\""));

        assertThat(ledger.studio("check").out()).startsWith("data/invoice.json:4:15: error: invoice.number: a lone UTF-16"
                + " surrogate \\ud800").endsWith("\n1 error, 0 warnings\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            data/invoice.json    | null | data/invoice.json:1:1: error: the file holds null, but seed data is a JSON list of records: [{"id": "...", ...}]
            data/invoice.json    | {}   | data/invoice.json:1:1: error: the file holds an object, but seed data is a JSON list of records: [{"id": "...", ...}]
            objects/invoice.json | null | objects/invoice.json:1:1: error: the file holds null, but an object definition is one JSON object
            batches/wip.json     | null | batches/wip.json:1:1: error: the file holds null, but a batch is one JSON object: {"user": "...", "operations": [...]}
            tests/wip.json       | 7    | tests/wip.json:1:1: error: the file holds a number, but a test is one JSON object: {"batch": "batches/x.json", "expect": {...}}
            """)
    void aFileHoldingNullOrTheWrongKindOfValueIsOneError(String file, String text, String expected) {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).with(file, text);

        assertThat(ledger.studio("check").out()).isEqualTo(expected + "\n1 error, 0 warnings\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "trigger_timeout_ms": -1          | 6:47 | trigger_timeout_ms is -1; it must be from 1 to 600000 ms (docs/format.md)
            "trigger_timeout_ms": 0           | 6:47 | trigger_timeout_ms is 0; it must be from 1 to 600000 ms (docs/format.md)
            "trigger_timeout_ms": 99999999999 | 6:47 | trigger_timeout_ms is 99999999999; it must be from 1 to 600000 ms (docs/format.md)
            "chunk_size": 0                   | 6:39 | chunk_size is 0; it must be from 1 to 10000 records (docs/format.md)
            "max_depth": 1000                 | 6:38 | max_depth is 1000; it must be from 1 to 100 levels (docs/format.md)
            """)
    void aLimitOutOfRangeIsAnErrorAtItsPositionAndBlocksRuns(String limit, String at, String message) {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("project.json",
                t -> t.replace("\"seed\": 7,", "\"seed\": 7, \"limits\": {" + limit + "},"));

        assertThat(ledger.studio("check").out()).isEqualTo("project.json:" + at + ": error: " + message + "\n1 error, 0 warnings\n");
        assertThat(ledger.studio("simulate", "lifecycle").exit()).isEqualTo(2);
    }

    @Test
    void aFractionalOrderIsAnError() {
        MessyCopy ledger = MessyCopy.of("ledger", tmp).edit("triggers/invoice_status.json",
                t -> t.replaceFirst("\"order\": \\d+", "\"order\": 1.5"));

        assertThat(ledger.studio("check").out()).matches("(?s)triggers/invoice_status.json:\\d+:\\d+: error: wrong value 1.5 for"
                + " order: expected a whole number \\(no decimal point\\)\n1 error, 0 warnings\n");
    }
}
