package dev.triggerstudio.lang.stanza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.RecordPair;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated scripts go through lexer, parser, checker and interpreter: the only failures
 * allowed are Stanza errors and script exceptions with a position, and every run ends.
 */
class StanzaFuzzTest {

    private static final List<String> VOCABULARY = List.of("set ", "reject ", "when ", "if ", "then ", "commit ",
            "log ", "record", "old", "user", "records", ".", ".fields", ".withAll(", ".withAny(", "(", ")", "{", "}",
            "[", "]", ",", " + ", " - ", " * ", " / ", " = ", " eq ", " ne ", " gt ", " lte ", " in ", " notIn ",
            " contains ", " startsWith ", " isEmpty", " and ", " or ", "not ", "true", "false", "null", "0", "1",
            "2.5", "9223372036854775807", "\"text\"", "\"", "amount", "status", "id", "invoiceLine", "account",
            "invoice", "account(", "invoiceId", "tags", ".sum()", ".avg()", ".min()", ".max()", ".count()",
            ".exists()", " insert", " write", " update", " delete", "\n", "\n", "// c\n", "#", "<", " ");

    private static final List<String> GOLDEN = goldenScripts();

    @Property(tries = 400)
    void tokenSoupNeverCrashesOrHangs(@ForAll("tokenSoup") String script) {
        survives(script);
    }

    @Property(tries = 400)
    void mutatedGoldenScriptsNeverCrashOrHang(@ForAll("mutatedGolden") String script) {
        survives(script);
    }

    @Property(tries = 200)
    void arbitraryTextNeverCrashesOrHangs(@ForAll("anyText") String script) {
        survives(script);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mutatedGolden() {
        Arbitrary<String> script = Arbitraries.of(GOLDEN);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> insert = Arbitraries.of(VOCABULARY);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        return Combinators.combine(script, position, length, insert, kind).as(StanzaFuzzTest::mutate)
                .flatMap(once -> Combinators.combine(position, length, insert, kind)
                        .as((p, l, i, k) -> mutate(once, p, l, i, k)));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    private static String mutate(String text, int position, int length, String insert, int kind) {
        int at = text.isEmpty() ? 0 : position % text.length();
        int end = Math.min(text.length(), at + length);
        return switch (kind) {
            case 0 -> text.substring(0, at) + text.substring(end);
            case 1 -> text.substring(0, at) + insert + text.substring(at);
            default -> text.substring(0, at) + text.substring(at, end) + text.substring(at, end) + text.substring(end);
        };
    }

    private static void survives(String script) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<Token> tokens = Lexer.tokens(script);
            assertThat(tokens.getLast().type()).isEqualTo(TokenType.EOF);
            Script parsed = Parser.parse(script);
            parsed.errors().forEach(StanzaFuzzTest::hasPosition);
            for (Timing timing : List.of(Timing.BEFORE, Timing.AFTER)) {
                TriggerDef trigger = Fixture.trigger(timing, Event.CREATE);
                Checker.check(parsed, Fixture.project(), trigger).forEach(StanzaFuzzTest::hasPosition);
                new StanzaRuntime().check(new ScriptSource("f.stanza", script, trigger), null);
            }
            if (!parsed.hasErrors()) {
                run(parsed);
            }
        });
    }

    private static void run(Script parsed) {
        MemoryHost host = Fixture.host();
        RecordPair pair = new RecordPair("inv-1", Fixture.invoice(), Fixture.invoice());
        try {
            new Interpreter(host, "f.stanza", "invoice", new Fuel(2_000, 5_000), pair.record(), pair.old(),
                    Fixture.USER).run(parsed);
        } catch (StanzaError e) {
            hasPosition(e);
        } catch (ScriptException e) {
            assertThat(e.line()).as(e.getMessage()).isPositive();
        }
    }

    private static void hasPosition(StanzaError e) {
        assertThat(e.line()).as(e.getMessage()).isPositive();
        assertThat(e.column()).as(e.getMessage()).isPositive();
        assertThat(e.getMessage()).isNotBlank();
    }

    private static List<String> goldenScripts() {
        try (Stream<Path> files = Files.list(Path.of(StanzaFuzzTest.class.getResource("/stanza/golden").toURI()))) {
            return files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
