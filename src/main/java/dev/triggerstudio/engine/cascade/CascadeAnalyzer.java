package dev.triggerstudio.engine.cascade;

import dev.triggerstudio.engine.cascade.CascadeGraph.Edge;
import dev.triggerstudio.engine.cascade.CascadeGraph.EdgeKind;
import dev.triggerstudio.engine.cascade.CascadeGraph.Node;
import dev.triggerstudio.engine.cascade.CascadeGraph.NodeKind;
import dev.triggerstudio.lang.ScriptRuntimes;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link CascadeGraph} of a project from its scripts and automations, without running
 * anything. Only active triggers and automations (timing other than never) write or listen.
 */
public final class CascadeAnalyzer {
    private final Project project;
    private final ScriptRuntimes runtimes;
    private final Map<String, Node> writers = new LinkedHashMap<>();
    private final Map<String, Boolean> guarded = new HashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private final List<UnknownTarget> unknown = new ArrayList<>();

    private CascadeAnalyzer(Project project, ScriptRuntimes runtimes) {
        this.project = project;
        this.runtimes = runtimes;
    }

    /** The graph with the writes every installed language finds in its scripts. */
    public static CascadeGraph analyze(Project project) {
        return analyze(project, ScriptRuntimes.standard());
    }

    /** The graph with the writes these runtimes find; a language without a runtime writes nothing. */
    public static CascadeGraph analyze(Project project, ScriptRuntimes runtimes) {
        return new CascadeAnalyzer(project, runtimes).build();
    }

    private CascadeGraph build() {
        scanTriggers();
        scanAutomations();
        Map<String, List<Write>> byEdge = new LinkedHashMap<>();
        writes.stream().sorted(Comparator.comparing(Write::line).thenComparing(Write::column))
                .forEach(w -> byEdge.computeIfAbsent(w.source() + "\u0000" + w.target(), k -> new ArrayList<>()).add(w));
        Map<String, Node> eventNodes = new TreeMap<>();
        writes.forEach(w -> eventNodes.put(w.target(), new Node(w.target(), NodeKind.OBJECT_EVENT, w.target(),
                "objects/" + w.object() + ".json")));
        List<Node> nodes = new ArrayList<>(writers.values());
        nodes.addAll(eventNodes.values());
        List<Edge> edges = new ArrayList<>();
        for (Node writer : writers.values()) {
            eventNodes.keySet().stream().filter(ev -> byEdge.containsKey(writer.id() + "\u0000" + ev))
                    .forEach(ev -> edges.add(new Edge(writer.id(), ev, EdgeKind.WRITES, List.copyOf(byEdge.get(writer.id() + "\u0000" + ev)))));
        }
        for (Node ev : eventNodes.values()) {
            writers.values().stream().filter(w -> listens(w.id(), ev.id()))
                    .forEach(w -> edges.add(new Edge(ev.id(), w.id(), EdgeKind.FIRES, List.of())));
        }
        return new CascadeGraph(nodes, edges, cycles(nodes, edges), unknown);
    }

    private void scanTriggers() {
        for (TriggerDef t : project.triggers().values()) {
            if (!t.active() || t.timing() == Timing.NEVER || t.language() == null) {
                continue;
            }
            writers.put(t.source(), new Node(t.source(), NodeKind.TRIGGER, t.id(), t.scriptPath()));
            guarded.put(t.source(), !t.runWhen().isEmpty());
            ScriptSource script = new ScriptSource(t.scriptPath(), project.script(t.id()), t);
            List<ScriptWrite> found = runtimes.get(t.language()).map(r -> r.writes(script)).orElse(List.of());
            found.forEach(w -> addWrite(t, w));
        }
    }

    private void addWrite(TriggerDef t, ScriptWrite w) {
        if (w.targetKnown()) {
            writes.add(new Write(t.source(), w.object(), w.event(), t.scriptPath(), w.line(), w.column(), w.call()));
        } else {
            unknown.add(new UnknownTarget(t.source(), t.scriptPath(), w.line(), w.column(), w.call(), w.expression()));
        }
    }

    private void scanAutomations() {
        for (AutomationDef a : project.automations().values()) {
            if (!a.active() || a.timing() == Timing.NEVER) {
                continue;
            }
            writers.put(a.source(), new Node(a.source(), NodeKind.AUTOMATION, a.source(), a.path()));
            guarded.put(a.source(), !a.runWhen().isEmpty());
            add(AutomationWrites.scan(a, project.root()));
        }
    }

    private void add(ScanResult r) {
        writes.addAll(r.writes());
        unknown.addAll(r.unknown());
    }

    private boolean listens(String writerId, String eventNode) {
        int open = eventNode.lastIndexOf('(');
        String object = eventNode.substring(0, open);
        Event e = Event.valueOf(eventNode.substring(open + 1, eventNode.length() - 1).toUpperCase());
        if (writerId.startsWith("trigger:")) {
            TriggerDef t = project.triggers().get(writerId.substring("trigger:".length()));
            return object.equals(t.object()) && t.listensTo(e);
        }
        AutomationDef a = project.automations().get(writerId.substring("automation:".length()));
        return object.equals(a.object()) && a.listensTo(e);
    }

    private List<CascadeGraph.Cycle> cycles(List<Node> nodes, List<Edge> edges) {
        Map<String, Integer> index = new HashMap<>();
        nodes.forEach(n -> index.put(n.id(), index.size()));
        List<List<Integer>> next = new ArrayList<>();
        nodes.forEach(n -> next.add(new ArrayList<>()));
        edges.forEach(e -> next.get(index.get(e.from())).add(index.get(e.to())));
        List<CascadeGraph.Cycle> out = new ArrayList<>();
        for (List<Integer> c : CycleFinder.cycles(next)) {
            List<String> ids = c.stream().map(i -> nodes.get(i).id()).toList();
            List<String> labels = c.stream().map(i -> nodes.get(i).label()).toList();
            List<Write> steps = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += 2) {
                String from = ids.get(i);
                String to = ids.get(i + 1);
                edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
                        .ifPresent(e -> steps.add(e.writes().getFirst()));
            }
            boolean isGuarded = ids.stream().anyMatch(id -> guarded.getOrDefault(id, false));
            out.add(new CascadeGraph.Cycle(ids, labels, steps, isGuarded));
        }
        return out;
    }
}
