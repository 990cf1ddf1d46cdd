package dev.triggerstudio.bundle;

import dev.triggerstudio.model.AutomationDef;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.Grant;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The human-readable listing {@code ./studio inspect} prints: triggers by object, permissions, files. */
public final class BundleListing {
    private BundleListing() {
    }

    public static List<String> lines(Bundle bundle) {
        Manifest m = bundle.manifest();
        List<String> out = new ArrayList<>();
        out.add("bundle: " + m.project() + " (format " + m.format() + "), " + m.entries().size() + " files, "
                + signatureLine(bundle));
        out.add("triggers by object:" + (m.triggers().isEmpty() ? " none" : ""));
        byObject(m.triggers(), t -> t.definition().object()).forEach((object, triggers) -> {
            out.add("  " + object);
            triggers.forEach(t -> out.add("    " + trigger(t)));
        });
        out.add("automations by object:" + (m.automations().isEmpty() ? " none" : ""));
        byObject(m.automations(), a -> a.definition().object()).forEach((object, automations) -> {
            out.add("  " + object);
            automations.forEach(a -> out.add("    " + automation(a.definition())));
        });
        out.add("objects touched:");
        m.objects().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add("  " + e.getKey()
                + "  triggers: " + join(e.getValue().triggers()) + "  automations: " + join(e.getValue().automations())));
        out.add("files:");
        m.entries().forEach(e -> out.add("  " + e.path() + "  " + e.size() + " bytes  sha256 " + e.sha256()));
        return out;
    }

    static String signatureLine(Bundle bundle) {
        if (!bundle.isSigned()) {
            return "unsigned";
        }
        return "signed (" + bundle.signature().algorithm() + ", key " + keyId(bundle.signature()) + ")";
    }

    private static String keyId(SignatureEntry sig) {
        try {
            return Ed25519Keys.keyId(Ed25519Keys.publicKey(Base64.getDecoder().decode(sig.publicKey()), "manifest.sig"));
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private static String trigger(Manifest.TriggerEntry t) {
        TriggerDef d = t.definition();
        return d.id() + "  " + name(d.timing()) + "  " + events(d.events()) + "  " + name(d.language())
                + "  order " + d.order() + (d.active() ? "  active" : "  inactive")
                + "  actor " + (d.actor() == null ? TriggerDef.ACTOR_OWNER : d.actor())
                + "  owner " + (d.owner() == null ? "-" : d.owner())
                + "  permissions: " + permissions(d.permissions()) + "  touches: " + join(t.touches());
    }

    private static String automation(AutomationDef a) {
        return a.id() + "  " + name(a.timing()) + "  " + events(a.events()) + "  order " + a.order()
                + (a.active() ? "  active" : "  inactive") + "  actions: "
                + join(a.actions().stream().map(x -> name(x.type())).toList());
    }

    private static String permissions(List<Grant> grants) {
        if (grants.isEmpty()) {
            return "owner and admins only";
        }
        return grants.stream().map(g -> g.group() + "=" + name(g.access())).collect(Collectors.joining(", "));
    }

    private static String events(List<Event> events) {
        return events.isEmpty() ? "-" : events.stream().map(Event::jsonName).collect(Collectors.joining(","));
    }

    private static String name(Object enumValue) {
        return enumValue == null ? "?" : enumValue.toString().toLowerCase();
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }

    private static <T> Map<String, List<T>> byObject(List<T> items, java.util.function.Function<T, String> object) {
        Map<String, List<T>> grouped = new TreeMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(Objects.requireNonNullElse(object.apply(item), "?"), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
