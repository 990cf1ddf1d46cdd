package dev.triggerstudio.ui.trigger;

import dev.triggerstudio.ui.permissions.PermissionsView;
import dev.triggerstudio.ui.runwhen.RunWhenView;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The inspector of a trigger: details, Run When and permissions, with the refusal on top. */
public final class TriggerInspector extends BorderPane {
    private final TabPane tabs = new TabPane();

    public TriggerInspector(TriggerEditorViewModel vm, List<String> userIds) {
        getStyleClass().add("inspector-content");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Details", "tab-details", new TriggerDetailsView(vm.details(), userIds)),
                tab("Run When", "tab-run-when", new RunWhenView(vm.runWhen())),
                tab("Permissions", "tab-permissions", new PermissionsView(vm.permissions())));
        Label refusal = new Label();
        refusal.getStyleClass().addAll("refusal-banner");
        refusal.setWrapText(true);
        refusal.textProperty().bind(vm.actingUserIdProperty().map(u -> "Read only: you act as " + u
                + ", who may not edit this trigger. The Permissions tab says why."));
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setMaxWidth(Double.MAX_VALUE);
        setTop(refusal);
        setCenter(tabs);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab t = new Tab(title, scroll);
        t.setId(id);
        return t;
    }

    public void select(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public TabPane tabs() {
        return tabs;
    }
}
