package dev.triggerstudio.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triggerstudio.beyond.LedgerCopy;
import dev.triggerstudio.engine.ProjectStore;
import dev.triggerstudio.engine.Simulator;
import dev.triggerstudio.engine.scale.BatchScaler;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Condition;
import dev.triggerstudio.model.Match;
import dev.triggerstudio.model.Predicate;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.RunWhen;
import dev.triggerstudio.store.Store;
import dev.triggerstudio.trace.TraceListener;
import dev.triggerstudio.ui.common.FxTaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The insight views in real windows under Xvfb: clicked and read as a person would, and
 * photographed to docs/screenshots/ for the README.
 */
@Tag("ui")
class InsightViewsUiTest extends FxRobot {
    static final Path SHOTS = Path.of("docs", "screenshots");
    @TempDir
    Path dir;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    private <T extends Parent> T show(Supplier<T> view, double w, double h) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<T> made = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            made.set(view.get());
            Scene scene = new Scene(made.get(), w, h);
            dev.triggerstudio.ui.main.Themes.apply(scene, false); // as the IDE shows it
            stage.setScene(scene);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made.get();
    }

    @Test
    void theCascadeGraphDrawsTheCycleInRedAndOpensANodeOnClick() throws Exception {
        LedgerCopy p = InsightFixtures.withUnknownTarget(InsightFixtures.twoTriggerCycle(dir));
        CascadeGraphViewModel vm = new CascadeGraphViewModel((path, line) -> opened.add(path + ":" + line));
        vm.analyze(p.load());
        CascadeGraphView view = show(() -> new CascadeGraphView(vm), 1400, 700);

        assertThat(view.box("trigger:line_rollup").getStyle()).contains("-fx-border-color: #d32f2f");
        assertThat(view.box("trigger:invoice_totals").getStyle()).doesNotContain("#d32f2f");
        assertThat(view.box("trigger:account_mirror").getText()).endsWith("?");
        clickOn(view.box("trigger:line_rollup"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly("triggers/line_rollup.lua:4");
        shoot(view, "cascade-graph");
    }

    @Test
    void theLimitsChartRunsInTheBackgroundAndPointsAtTheBreakingLine() throws Exception {
        // the query-in-loop account trigger first, then the sample's invoices: several triggers to chart
        Project p = InsightFixtures.queryInLoop(dir).write("batches/accounts_then_invoices.json", """
                {"user": "alice", "operations": [
                  {"op": "create", "object": "account", "records": [{"name": "Umbrella"}, {"name": "Hooli"}]},
                  {"op": "create", "object": "invoice", "records": [{"ref": "inv", "number": "INV-3001", "account": "Acme"}]},
                  {"op": "create", "object": "invoiceLine", "records": [
                    {"invoiceId": "$inv", "description": "Design", "amount": 400},
                    {"invoiceId": "$inv", "description": "Build", "amount": 250.5}]},
                  {"op": "update", "object": "invoice", "records": [{"id": "$inv", "status": "Sent"}]}]}
                """).load();
        LimitsViewModel vm = new LimitsViewModel(p, ScriptRuntimes.standard(), executor);
        LimitsView view = show(() -> new LimitsView(vm, (path, line) -> opened.add(path + ":" + line)), 1300, 860);
        interact(() -> lookup("#limits-batch").queryAs(ComboBox.class).getSelectionModel().select("accounts_then_invoices"));

        clickOn("#limits-run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.runs()).extracting(r -> r.scale()).containsExactly(1, 200, 2000);
        interact(() -> vm.selectedProperty().set(vm.runs().get(1)));
        Hyperlink link = lookup("#limits-break").queryAs(Hyperlink.class);
        assertThat(link.getText()).contains("trigger:account_peers broke max_queries (100) at triggers/account_peers.lua:4");
        assertThat(lookup("#limits-status").queryAs(Label.class).getText()).contains("account_peers");
        clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("triggers/account_peers.lua:4");
        // each bar names the line that spent most of its limit; Enter on it opens that line
        Hyperlink spent = lookup("#limits-line-trigger-account_peers-max_queries").queryAs(Hyperlink.class);
        assertThat(spent.getText()).isEqualTo("line 4");
        assertThat(spent.getTooltip().getText()).startsWith("most queries at triggers/account_peers.lua:4 (");
        interact(spent::requestFocus);
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("triggers/account_peers.lua:4", "triggers/account_peers.lua:4");
        interact(() -> vm.selectedProperty().set(vm.runs().get(2)));
        shoot(view, "limits-chart");
    }

    @Test
    void theTraceDiffShowsBothTracesWithTheChangedFieldHighlighted() throws Exception {
        LedgerCopy p = InsightFixtures.goldenThenOneLineChange(dir);
        TraceDiffViewModel vm = TraceDiffViewModel.ofTest(p.load(), "pay_without_date", ScriptRuntimes.standard());
        TraceDiffView view = show(() -> new TraceDiffView(vm, "tests/pay_without_date.trace.json (golden)", "new run"), 1280, 760);

        ListView<?> diffs = lookup("#trace-diff-list").queryAs(ListView.class);
        assertThat(diffs.getItems()).isNotEmpty();
        String first = lookup("#trace-diff-list .list-cell").queryAs(javafx.scene.control.ListCell.class).getText();
        assertThat(first).contains("total 300.0 → 310.0");
        assertThat(highlighted("#trace-diff-golden")).anyMatch(t -> t.contains("\"total\": 300"));
        assertThat(highlighted("#trace-diff-actual")).anyMatch(t -> t.contains("\"total\": 310"));
        shoot(view, "golden-trace-diff");
    }

    @Test
    void theRunWhenLensCountsTheStoresRecordsAndShowsWhatAUserWouldRead() throws Exception {
        Project p = new LedgerCopy(dir).trigger("invoice_read_guard", "invoice", "before", "\"read\"", "lua", """
                local gospel = require("gospellua")
                if context.user.id == "dave" then
                    gospel.rejectTransaction("auditors read invoices through reports")
                end
                """).load();
        try (Store store = Simulator.openStore(p, null, false)) {
            try (Simulator sim = new Simulator(p, store, ScriptRuntimes.standard())) {
                sim.run(BatchScaler.scale(p, p.batches().get("stanza_totals"), 10), null, TraceListener.NONE);
            }
            RunWhenLensViewModel vm = new RunWhenLensViewModel(p, ProjectStore.over(p, store), ScriptRuntimes.standard(), executor);
            RunWhenLensView view = show(() -> new RunWhenLensView(vm), 640, 520);
            RunWhen big = new RunWhen(Match.ALL, List.of(new Condition("total", Predicate.GREATER_THAN, 650.5)));

            interact(() -> view.show(p.triggers().get("invoice_read_guard")));
            interact(() -> view.show("invoice", big));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.matchProperty().get() != null
                    && vm.matchProperty().get().total() > 0 && vm.matchProperty().get().count() < vm.matchProperty().get().total());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.previewProperty().get() != null);
            interact(() -> lookup("#runwhen-lens-user").queryAs(ComboBox.class).getSelectionModel().select("dave"));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.previewProperty().get() != null
                    && "dave".equals(vm.previewProperty().get().user()));
            WaitForAsyncUtils.waitForFxEvents();

            long sql = ((Number) store.query("select count(*) as n from invoice where total > 650.5").getFirst().get("n")).longValue();
            assertThat(view.countLabel().getText()).startsWith(sql + " of ");
            assertThat(lookup("#runwhen-lens-read").queryAs(Label.class).getText())
                    .startsWith("dave: rejected, 0 records — ").contains("auditors read invoices through reports");
            shoot(view, "runwhen-lens");
        }
    }

    /** Text of the lines drawn with a highlight colour on one side. */
    private List<String> highlighted(String id) {
        return lookup(id + " .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getStyle() != null && c.getStyle().contains("-fx-background-color: #"))
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    private void shoot(Parent view, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        interact(() -> image.set(view.getScene().snapshot(null)));
        WritableImage img = image.get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        assertThat(file).exists();
    }
}
