package dev.triggerstudio.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Sample projects damaged at random (text and structure of every kind of file: objects, triggers
 * and their scripts, users, batches, tests, data) go through the loader, {@code ./studio check},
 * {@code simulate --db} and {@code test}. Every outcome is success or a clear positioned error:
 * no stack trace, no hang, and a store untouched when the input was refused.
 */
class ProjectFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final List<String> SAMPLES = List.of("ledger", "crm");
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger SIMULATED = new AtomicInteger();
    private static final java.util.Map<String, List<String>> BATCHES = java.util.Map.of(
            "ledger", List.of("lifecycle", "clerk", "lua_opening_invoice", "lua_rules", "pay_without_date", "stanza_status",
                    "stanza_totals"),
            "crm", List.of("lifecycle", "nested", "permission_denial", "rejection"));
    private static Path work;

    @BeforeContainer
    static void prepareStores() throws IOException {
        work = Files.createTempDirectory("studio-fuzz");
        for (String sample : SAMPLES) {
            Path pristine = Files2.copyTree(Path.of("samples", sample), work.resolve("pristine-" + sample));
            CliOutcome.run("simulate", pristine.toString(), "lifecycle", "--db", template(sample).toString()).isClear(0, 1);
        }
    }

    @AfterContainer
    static void report() {
        Report.start("fuzz-project", "project fuzz: " + TRIES.get() + " damaged projects; simulate refused as bad input "
                + REFUSED.get() + " times (store unchanged each time), ran " + SIMULATED.get() + " times");
    }

    @Property
    void aDamagedProjectGivesSuccessOrAClearPositionedError(@ForAll long seed) throws IOException {
        TRIES.incrementAndGet();
        Random random = new Random(seed);
        String sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
        Path root = Files2.copyTree(Path.of("samples", sample), work.resolve("try-" + TRIES.get()));
        JsonMutator mutator = new JsonMutator(seed);
        mutator.mutate(root);
        try {
            assertTimeoutPreemptively(LIMIT, () -> everyPathIsClear(root, sample, random), () -> "mutations: " + mutator.done());
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + ", mutations " + mutator.done() + ": " + e, e);
        } finally {
            deleteTree(root);
        }
    }

    private static void everyPathIsClear(Path root, String sample, Random random) throws IOException {
        ProjectLoader.Result result = ProjectLoader.check(root);
        result.diagnostics().forEach(ProjectFuzzTest::isPositioned);
        CliOutcome.run("check", root.toString()).isClear(0, 1);
        simulateLeavesTheStoreAloneOnBadInput(root, sample, random);
        if (random.nextInt(4) == 0) {
            CliOutcome.run("test", root.toString()).isClear(0, 1, 2);
        }
    }

    private static void simulateLeavesTheStoreAloneOnBadInput(Path root, String sample, Random random) throws IOException {
        Path db = root.resolveSibling(root.getFileName() + ".db");
        boolean fresh = random.nextBoolean();
        if (!fresh) {
            Files.copy(template(sample), db);
        }
        String before = StoreDump.of(db);
        List<String> batches = BATCHES.get(sample);
        String batch = batches.get(random.nextInt(batches.size()));
        CliOutcome run = CliOutcome.run("simulate", root.toString(), batch, "--db", db.toString()).isClear(0, 1, 2);
        if (run.exit() == 2) {
            REFUSED.incrementAndGet();
            // a new --db file is not even created for refused input; an existing one keeps its content
            assertThat(StoreDump.of(db)).as("store after refused input (%s)", run.err()).isEqualTo(before);
            assertThat(Files.exists(db)).as("--db file after refused input").isEqualTo(!fresh);
        } else {
            SIMULATED.incrementAndGet();
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private static void isPositioned(Diagnostic d) {
        assertThat(d.path()).as(d.toString()).isNotBlank();
        assertThat(d.line()).as(d.toString()).isPositive();
        assertThat(d.column()).as(d.toString()).isPositive();
        assertThat(d.message()).as("one line: %s", d).isNotBlank().doesNotContain("\n");
    }

    private static Path template(String sample) {
        return work.resolve(sample + "-template.db");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
