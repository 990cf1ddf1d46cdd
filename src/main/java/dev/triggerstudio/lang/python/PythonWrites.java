package dev.triggerstudio.lang.python;

import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.lang.python.PythonTokens.Kind;
import dev.triggerstudio.lang.python.PythonTokens.Tok;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Python writes: {@code <x>.records.create|update|delete(obj, ...)} and the same through a name
 * assigned {@code <x>.records} (e.g. {@code recs = context.records}). Found on
 * {@link PythonTokens}, not by running GraalPy: strings and comments cannot fake a call, and
 * calls spread over several lines are followed. A first argument (or {@code api_name=}) that is
 * one plain string literal names the object; anything else — a variable, an f-string, a call —
 * is reported as an unknown target, never guessed.
 */
final class PythonWrites {
    private static final Set<String> VERBS = Set.of("create", "update", "delete");

    private PythonWrites() {
    }

    static List<ScriptWrite> scan(TriggerDef t, String text) {
        List<ScriptWrite> out = new ArrayList<>();
        List<Tok> toks = PythonTokens.of(text);
        Set<String> aliases = new HashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            noteAlias(toks, i, aliases);
            int open = callOpen(toks, i, aliases);
            if (open > 0) {
                call(t, text, toks, i, open, out);
            }
        }
        return out;
    }

    /** {@code name = a.b.records} at the start of a logical line makes name an alias of records. */
    private static void noteAlias(List<Tok> toks, int i, Set<String> aliases) {
        boolean lineStart = i == 0 || toks.get(i - 1).kind() == Kind.NEWLINE;
        if (!lineStart || toks.get(i).kind() != Kind.NAME || i + 1 >= toks.size() || !toks.get(i + 1).is("=")) {
            return;
        }
        int j = i + 2;
        while (j + 2 < toks.size() && toks.get(j).kind() == Kind.NAME && toks.get(j + 1).is(".")) {
            j += 2;
        }
        boolean endsInRecords = j < toks.size() && toks.get(j).is("records") && j > i + 2
                && (j + 1 == toks.size() || toks.get(j + 1).kind() == Kind.NEWLINE);
        if (endsInRecords) {
            aliases.add(toks.get(i).text());
        } else {
            aliases.remove(toks.get(i).text());
        }
    }

    /** Index of the '(' when toks[i] starts {@code records.verb(} or {@code alias.verb(}, else -1. */
    private static int callOpen(List<Tok> toks, int i, Set<String> aliases) {
        if (i + 3 >= toks.size()) {
            return -1;
        }
        Tok receiver = toks.get(i);
        boolean isRecords = receiver.is("records") && i > 0 && toks.get(i - 1).is(".");
        boolean isAlias = receiver.kind() == Kind.NAME && aliases.contains(receiver.text())
                && (i == 0 || !toks.get(i - 1).is("."));
        boolean shape = toks.get(i + 1).is(".") && toks.get(i + 2).kind() == Kind.NAME
                && VERBS.contains(toks.get(i + 2).text()) && toks.get(i + 3).is("(");
        return (isRecords || isAlias) && shape ? i + 3 : -1;
    }

    private static void call(TriggerDef t, String text, List<Tok> toks, int i, int open, List<ScriptWrite> out) {
        String verb = toks.get(i + 2).text();
        String call = callText(toks, i);
        List<Tok> arg = target(toks, open);
        Tok at = toks.get(chainStart(toks, i));
        if (arg.size() == 1 && arg.getFirst().kind() == Kind.STRING) {
            Event e = Event.valueOf(verb.toUpperCase());
            out.add(ScriptWrite.known(arg.getFirst().value(), e, at.line(), at.column(), call));
        } else {
            String expr = arg.isEmpty() ? "" : text.substring(arg.getFirst().start(), arg.getLast().end());
            out.add(ScriptWrite.unknown(at.line(), at.column(), call, expr));
        }
    }

    /** Where the dotted names before the call start: {@code context} of {@code context.records.create}. */
    private static int chainStart(List<Tok> toks, int i) {
        int s = i;
        while (s >= 2 && toks.get(s - 1).is(".") && toks.get(s - 2).kind() == Kind.NAME) {
            s -= 2;
        }
        return s;
    }

    /** {@code context.records.create}: the dotted names before the call, as written. */
    private static String callText(List<Tok> toks, int i) {
        StringBuilder b = new StringBuilder();
        for (int k = chainStart(toks, i); k <= i + 2; k++) {
            b.append(toks.get(k).text());
        }
        return b.toString();
    }

    /**
     * The tokens of the argument naming the object: the {@code api_name=} keyword when given, else
     * the first positional argument (before the first comma at bracket depth 1).
     */
    private static List<Tok> target(List<Tok> toks, int open) {
        int depth = 0;
        int argStart = open + 1;
        List<Tok> first = null;
        for (int k = open; k < toks.size(); k++) {
            Tok tk = toks.get(k);
            if (tk.is("(") || tk.is("[") || tk.is("{")) {
                depth++;
            } else if (tk.is(")") || tk.is("]") || tk.is("}")) {
                depth--;
            }
            boolean argEnd = depth == 1 && tk.is(",") || depth == 0;
            if (argEnd) {
                List<Tok> arg = strip(toks.subList(argStart, k));
                if (arg.size() >= 2 && arg.get(0).is("api_name") && arg.get(1).is("=")) {
                    return arg.subList(2, arg.size());
                }
                first = first == null ? arg : first;
                argStart = k + 1;
            }
            if (depth == 0) {
                break;
            }
        }
        return first == null ? List.of() : first;
    }

    private static List<Tok> strip(List<Tok> arg) {
        return arg.stream().filter(tk -> tk.kind() != Kind.NEWLINE).toList();
    }
}
