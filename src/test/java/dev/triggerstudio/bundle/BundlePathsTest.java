package dev.triggerstudio.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundlePathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            project.json                   | true
            users.json                     | true
            objects/invoice.json           | true
            triggers/invoice_totals.stanza | true
            triggers/t.py                  | true
            triggers/t.lua                 | true
            tests/pay.trace.json           | true
            mocks/integrations.json        | true
            triggers/t.sh                  | false
            objects/sub/x.json             | false
            .git/hooks/pre-commit          | false
            .studio/servers.json           | false
            objects/.hidden.json           | false
            README.md                      | false
            manifest.json                  | false
            """)
    void onlyFilesOfTheProjectFormatTravelInABundle(String path, boolean allowed) {
        assertThat(BundlePaths.isProjectFile(path)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ../x.json        | '..'
            a/../../x.json   | '..'
            /etc/passwd      | absolute
            C:/x.json        | absolute
            a\\b.json        | backslash
            a//b.json        | empty
            ./a.json         | '.'
            ''               | empty entry name
            """)
    void unsafeNamesSayWhy(String name, String reason) {
        assertThat(BundlePaths.unsafeReason(name)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"objects/a.json", "triggers/x.stanza", "dir/"})
    void safeNamesHaveNoReason(String name) {
        assertThat(BundlePaths.unsafeReason(name)).isNull();
    }
}
