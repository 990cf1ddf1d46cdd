package dev.triggerstudio.cli;

import dev.triggerstudio.engine.ProjectTests;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML of a test run (docs/architecture.md, "Tests for CI"): one testsuite, one testcase per
 * {@code tests/*.json} named after the file without {@code .json}; a failing test has a failure
 * whose message is its first difference and whose text lists them all.
 */
final class JUnitReport {
    private JUnitReport() {
    }

    static String xml(String suite, List<ProjectTests.Outcome> outcomes) {
        long failures = outcomes.stream().filter(o -> !o.passed()).count();
        double total = outcomes.stream().mapToDouble(ProjectTests.Outcome::seconds).sum();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuite name=\"").append(esc(suite)).append("\" tests=\"").append(outcomes.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(seconds(total)).append("\">\n");
        for (ProjectTests.Outcome o : outcomes) {
            b.append("  <testcase classname=\"tests\" name=\"").append(esc(o.name())).append("\" time=\"")
                    .append(seconds(o.seconds())).append('"');
            if (o.passed()) {
                b.append("/>\n");
                continue;
            }
            String first = o.problems().isEmpty() ? "failed" : o.problems().getFirst();
            b.append(">\n    <failure message=\"").append(esc(first)).append("\">")
                    .append(esc(String.join("\n", o.problems()))).append("</failure>\n  </testcase>\n");
        }
        return b.append("</testsuite>\n").toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    b.appendCodePoint(legal ? c : 0xFFFD);
                }
            }
        });
        return b.toString();
    }
}
