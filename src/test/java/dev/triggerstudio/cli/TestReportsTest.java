package dev.triggerstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** docs/architecture.md, "Tests for CI": test --junit, --coverage (LCOV) and --filter, parsed back. */
class TestReportsTest {
    @TempDir
    Path tmp;

    @Test
    void junitAndLcovOfAFilteredRunParseBackAndTheLastLineStaysTheSummary() throws Exception {
        Path project = copy(Path.of("samples/ledger"), tmp.resolve("ledger"));
        Files.writeString(project.resolve("tests/stanza_wrong.json"), """
                {"batch": "batches/stanza_totals.json", "expect": {"operations": [{"status": "rejected"}]}}
                """);
        Path junit = tmp.resolve("junit.xml");
        Path lcov = tmp.resolve("coverage.info");
        CliRun run = CliRun.of("test", project.toString(), "--filter", "stanza", "--junit", junit.toString(),
                "--coverage", lcov.toString());

        assertThat(run.exit()).isEqualTo(1);
        List<String> out = run.out().strip().lines().toList();
        assertThat(out.getLast()).isEqualTo("2 passed, 1 failed");
        assertThat(run.out()).doesNotContain("lua_rules");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            names.add(((Element) cases.item(i)).getAttribute("name"));
        }
        assertThat(names).containsExactly("stanza_status", "stanza_totals", "stanza_wrong");
        Element failure = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("operation 0").contains("expected rejected, got committed");

        Map<String, Map<Integer, Long>> cov = parseLcov(Files.readString(lcov));
        try (Stream<Path> scripts = Files.list(project.resolve("triggers"))) {
            assertThat(cov.keySet()).containsExactlyInAnyOrderElementsOf(scripts.map(p -> "triggers/" + p.getFileName())
                    .filter(p -> !p.endsWith(".json")).toList());
        }
        // comments (lines 1 and 3) are not executable; the rest ran
        assertThat(cov.get("triggers/invoice_totals.stanza").keySet()).containsExactly(2, 4, 5);
        assertThat(cov.get("triggers/invoice_totals.stanza").values()).allSatisfy(h -> assertThat(h).isPositive());
        // no stanza test creates an account: every executable line of that trigger is listed with 0
        assertThat(cov.get("triggers/account_opening_invoice.lua")).isNotEmpty().allSatisfy((line, h) -> assertThat(h).isZero());
    }

    /** SF/DA/LF/LH/end_of_record, checking LF and LH against the DA lines. */
    static Map<String, Map<Integer, Long>> parseLcov(String text) {
        Map<String, Map<Integer, Long>> out = new LinkedHashMap<>();
        Map<Integer, Long> current = null;
        String file = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("SF:")) {
                file = line.substring(3);
                current = new LinkedHashMap<>();
            } else if (line.startsWith("DA:")) {
                String[] p = line.substring(3).split(",");
                current.put(Integer.parseInt(p[0]), Long.parseLong(p[1]));
            } else if (line.startsWith("LF:")) {
                assertThat(Integer.parseInt(line.substring(3))).isEqualTo(current.size());
            } else if (line.startsWith("LH:")) {
                assertThat(Long.parseLong(line.substring(3))).isEqualTo(current.values().stream().filter(h -> h > 0).count());
            } else if (line.equals("end_of_record")) {
                out.put(file, current);
            } else {
                throw new AssertionError("unexpected LCOV line: " + line);
            }
        }
        return out;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
