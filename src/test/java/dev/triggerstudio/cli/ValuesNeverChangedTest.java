package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, item 6: a value a field cannot hold as written is refused at validate_system with the
 * field's name and what to write, never stored changed (Inf, a rounded integer, '?').
 */
class ValuesNeverChangedTest {
    @TempDir
    Path tmp;

    private CliRun simulateOne(String object, String recordJson) throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        SampleCopy.write(crm.resolve("batches/odd.json"), "{\"user\": \"alice\", \"operations\": [{\"op\": \"create\","
                + " \"object\": \"" + object + "\", \"records\": [" + recordJson + "]}]}");
        return CliRun.capturingStdout("simulate", crm.toString(), "odd", "--json", "--trace", tmp.resolve("t.json").toString());
    }

    private static JsonNode firstOperation(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out()).path("operations").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a 401-digit whole number in a number field | account | annual_revenue | 1%s  | number field holds
            1e400 in a number field                    | account | annual_revenue | 1e400 | number field holds
            -1e400 in a number field                   | account | annual_revenue | -1e400 | number field holds
            2^63 in an integer field                   | lead    | rating         | 9223372036854775808 | integer field holds
            1e19 in an integer field                   | lead    | rating         | 1e19 | integer field holds
            """)
    void aNumberTheFieldCannotHoldIsRejectedAtValidateSystem(String what, String object, String field, String value,
                                                             String phrase) throws Exception {
        String number = value.formatted("0".repeat(400));
        String name = object.equals("lead") ? "\"last\": \"L\", \"company\": \"C\"" : "\"name\": \"A\"";
        CliRun run = simulateOne(object, "{" + name + ", \"" + field + "\": " + number + "}");

        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode op = firstOperation(run);
        assertThat(op.path("status").asText()).isEqualTo("rejected");
        assertThat(op.path("error").path("step").asText()).isEqualTo("validate_system");
        assertThat(op.path("error").path("message").asText()).startsWith(object + "." + field + ": ").contains(phrase)
                .contains("write a smaller number");
        assertThat(run.out()).doesNotContain("Infinity").doesNotContain("NaN");
        // the trace shows the value the file holds at every step before the refusal, never "Infinity"
        assertThat(java.nio.file.Files.readString(tmp.resolve("t.json"))).contains("\"status\": \"rejected\"")
                .doesNotContain("Infinity");
    }

    @Test
    void aLoneSurrogateIsRejectedNotStoredAsAQuestionMark() throws Exception {
        CliRun run = simulateOne("account", "{\"name\": \"Acme\\ud800\"}");

        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        JsonNode op = firstOperation(run);
        assertThat(op.path("error").path("step").asText()).isEqualTo("validate_system");
        assertThat(op.path("error").path("message").asText()).startsWith("account.name: ")
                .contains("lone UTF-16 surrogate \\ud800 at character 5").contains("remove it");
    }

    @Test
    void aLoneSurrogateInsideAnAddressIsRejectedToo() throws Exception {
        CliRun run = simulateOne("account", "{\"name\": \"Acme\", \"billing_address\": {\"city\": \"\\udc00x\"}}");

        JsonNode op = firstOperation(run);
        assertThat(op.path("error").path("message").asText()).startsWith("account.billing_address: ")
                .contains("lone UTF-16 surrogate \\udc00");
    }

    @Test
    void aWholeCharacterOutsideTheBasicPlaneIsKept() throws Exception {
        CliRun run = simulateOne("account", "{\"name\": \"Acme \\ud83d\\ude00\"}");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(firstOperation(run).path("records").get(0).path("name").asText()).isEqualTo("Acme \uD83D\uDE00");
    }

    @Test
    void textOverTheEightMebibyteLimitIsRejectedInAFieldWithoutMaxLength() throws Exception {
        String text = "x".repeat(8 * 1024 * 1024 + 1);
        CliRun run = simulateOne("account", "{\"name\": \"Acme\", \"website\": \"" + text + "\"}");

        JsonNode op = firstOperation(run);
        assertThat(op.path("status").asText()).isEqualTo("rejected");
        assertThat(op.path("error").path("message").asText()).startsWith("account.website: ")
                .contains("8388609 characters is over the limit of 8388608");
    }

    /** A trigger cannot store what a batch cannot: NaN from Python reaches the database step and is refused there. */
    @Test
    void aNaNWrittenByAPythonTriggerIsRejectedAtTheDatabaseStep() throws Exception {
        Path crm = SampleCopy.of("crm", tmp);
        Path trigger = crm.resolve("triggers/lead_full_name.py");
        SampleCopy.write(trigger, java.nio.file.Files.readString(trigger) + "                record['rating'] = float('nan')\n");

        CliRun run = CliRun.capturingStdout("simulate", crm.toString(), "lifecycle", "--json");

        JsonNode op = firstOperation(run);
        assertThat(op.path("status").asText()).isEqualTo("rejected");
        assertThat(op.path("error").path("step").asText()).isEqualTo("database_insert");
        assertThat(op.path("error").path("message").asText())
                .isEqualTo("lead.rating: NaN (not a number) cannot be stored; write a whole number, or null for no value");
        assertThat(run.out()).doesNotContain("\"NaN\"");
    }
}
