package dev.triggerstudio.ui.insight;

import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.TriggerDef;
import dev.triggerstudio.ui.common.TaskExecutor;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * Puts the Run When lens under the builder in a trigger's "Run When" tab. The store is read when
 * the tab is shown (a snapshot of the simulator's store, else the seed data, so a run since is seen)
 * and every edit of the builder counts again once typing pauses.
 */
public final class BuilderLens {
    private final Supplier<Project> project;
    private final Supplier<TriggerDef> trigger;
    private final ScriptRuntimes runtimes;
    private final TaskExecutor executor;
    private final VBox holder = new VBox();
    private RunWhenLensViewModel model;
    private RunWhenLensView view;

    private BuilderLens(Supplier<Project> project, Supplier<TriggerDef> trigger, ScriptRuntimes runtimes, TaskExecutor executor) {
        this.project = project;
        this.trigger = trigger;
        this.runtimes = runtimes;
        this.executor = executor;
    }

    /**
     * Adds the lens to the tab titled "Run When" (its content a ScrollPane around the builder).
     *
     * @param revision changes on every edit of the builder
     * @param trigger the trigger as edited, Run When included
     */
    public static void attach(TabPane tabs, Observable revision, Supplier<TriggerDef> trigger, Supplier<Project> project,
                              ScriptRuntimes runtimes, TaskExecutor executor) {
        Tab tab = tabs.getTabs().stream().filter(t -> "Run When".equals(t.getText())).findFirst().orElse(null);
        if (tab == null || !(tab.getContent() instanceof ScrollPane scroll)) {
            return;
        }
        BuilderLens lens = new BuilderLens(project, trigger, runtimes, executor);
        Node builder = scroll.getContent();
        scroll.setContent(new VBox(builder, lens.holder));
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                lens.open();
            }
        });
        revision.addListener(o -> lens.edited());
        if (tab.isSelected()) {
            lens.open();
        }
    }

    private void open() {
        Project p = project.get();
        TriggerDef t = trigger.get();
        if (p == null || t == null || p.objects().get(t.object()) == null) {
            return;
        }
        if (model != null) {
            model.close();
        }
        model = RunWhenLensViewModel.ofSimulatorStore(p, runtimes, executor);
        view = new RunWhenLensView(model);
        holder.getChildren().setAll(view);
        view.show(t);
    }

    private void edited() {
        if (view != null) {
            view.show(trigger.get());
        }
    }
}
