package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} types every Run When value against its field, with the value's position (issue 21, item 2). */
class RunWhenValueCheckTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            last_contacted | equals       | "xyz123"         | needs a date and time such as 2026-01-31T09:30:00Z, not "xyz123"
            last_contacted | greater_than | "2026-13-01"     | needs a date and time
            rating         | equals       | 2.5              | needs a whole number such as 12, not "2.5"
            rating         | less_than    | "high"           | needs a whole number
            status         | equals       | "Dsiqualified"   | "Dsiqualified" is not a value of Run When field status; choose one of
            status         | in           | ["New", "Hot"]   | "Hot" is not a value of Run When field status
            """)
    void checkRefusesAValueThatDoesNotFitTheFieldAtItsPosition(String field, String predicate, String value,
                                                              String expected) throws IOException {
        Path project = crmWithCondition(field, predicate, value);
        Result r = CliTest.studio("check", project.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern("triggers/lead_disqualify_reason.json:2\\d:\\d+: error: ")
                .contains(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            last_contacted | less_than   | "2026-01-31T09:30:00Z"
            last_contacted | less_than   | "2026-01-31"
            rating         | equals      | 3
            status         | in          | ["New", "Working"]
            company        | contains    | "2026"
            last_contacted | is_empty    | null
            """)
    void checkAcceptsValuesOfTheFieldsType(String field, String predicate, String value) throws IOException {
        Path project = crmWithCondition(field, predicate, value);
        Result r = CliTest.studio("check", project.toString());
        assertThat(r.out()).doesNotContain("Run When");
        assertThat(r.code()).isZero();
    }

    private Path crmWithCondition(String field, String predicate, String value) throws IOException {
        CliTest copier = new CliTest();
        copier.tmp = tmp;
        Path project = copier.copyOfCrm();
        Path def = project.resolve("triggers/lead_disqualify_reason.json");
        String json = Files.readString(def).replaceFirst(
                "\"field\": \"status\",\\s*\"predicate\": \"equals\",\\s*\"value\": \"Disqualified\"",
                java.util.regex.Matcher.quoteReplacement("\"field\": \"" + field + "\", \"predicate\": \"" + predicate
                        + "\", \"value\": " + value));
        assertThat(json).contains("\"predicate\": \"" + predicate + "\"");
        Files.writeString(def, json);
        return project;
    }
}
