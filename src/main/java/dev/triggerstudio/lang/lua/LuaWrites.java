package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.TriggerDef;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luaj.vm2.ast.Chunk;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.Name;
import org.luaj.vm2.ast.Stat;
import org.luaj.vm2.ast.Visitor;
import org.luaj.vm2.parser.LuaParser;

/**
 * Lua writes, read from LuaJ's own parser: {@code gospel.insert("obj", ...)} creates obj;
 * {@code gospel.commit(rec)} updates rec's object — the trigger's own for the global {@code record},
 * the loaded object for a local set from {@code gospel.loadRecord("obj", ...)} or
 * {@code gospel.insert("obj", ...)}. The module is whatever name {@code require("gospellua")} was
 * assigned to. Anything else is an unknown target.
 */
final class LuaWrites {
    private LuaWrites() {
    }

    static List<ScriptWrite> scan(TriggerDef t, String text) {
        List<ScriptWrite> out = new ArrayList<>();
        Chunk chunk;
        try {
            chunk = new LuaParser(new StringReader(text)).Chunk();
        } catch (Exception | Error e) {
            return out; // the Lua checker reports syntax errors; nothing can be followed here
        }
        chunk.accept(new Finder(t, text, out));
        return out;
    }

    private static final class Finder extends Visitor {
        private final TriggerDef trigger;
        private final String[] lines;
        private final List<ScriptWrite> out;
        private final Set<String> modules = new HashSet<>();
        private final Map<String, String> recordObjects = new HashMap<>();

        Finder(TriggerDef trigger, String text, List<ScriptWrite> out) {
            this.trigger = trigger;
            this.lines = text.split("\n", -1);
            this.out = out;
        }

        @Override
        public void visit(Stat.LocalAssign s) {
            bind(names(s.names), s.values);
            super.visit(s);
        }

        @Override
        public void visit(Stat.Assign s) {
            List<?> vars = s.vars;
            String[] names = new String[vars.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = vars.get(i) instanceof Exp.NameExp n ? n.name.name : null;
            }
            bind(names, s.exps);
            super.visit(s);
        }

        private static String[] names(List<?> list) {
            return list.stream().map(n -> ((Name) n).name).toArray(String[]::new);
        }

        /** Remembers which names hold the module and which hold a record of a known object. */
        private void bind(String[] names, List<?> values) {
            if (values == null) {
                return;
            }
            for (int i = 0; i < names.length && i < values.size(); i++) {
                if (names[i] == null) {
                    continue;
                }
                modules.remove(names[i]);
                recordObjects.remove(names[i]);
                Object v = values.get(i);
                if (v instanceof Exp.FuncCall call && isRequireOfGospel(call)) {
                    modules.add(names[i]);
                } else if (v instanceof Exp.FuncCall call && gospelFunction(call) instanceof String fn
                        && (fn.equals("loadRecord") || fn.equals("insert")) && literal(call, 0) instanceof String obj) {
                    recordObjects.put(names[i], obj);
                }
            }
        }

        @Override
        public void visit(Exp.FuncCall call) {
            String fn = gospelFunction(call);
            if ("insert".equals(fn)) {
                insert(call);
            } else if ("commit".equals(fn)) {
                commit(call);
            }
            super.visit(call);
        }

        private void insert(Exp.FuncCall call) {
            String obj = literal(call, 0);
            if (obj != null) {
                write(call, obj, Event.CREATE, "gospel.insert");
            } else {
                unknown(call, "gospel.insert");
            }
        }

        private void commit(Exp.FuncCall call) {
            Object arg = arg(call, 0);
            String obj = null;
            if (arg instanceof Exp.NameExp n) {
                obj = recordObjects.containsKey(n.name.name) ? recordObjects.get(n.name.name)
                        : n.name.name.equals("record") && !modules.contains("record") ? trigger.object() : null;
            }
            if (obj != null) {
                write(call, obj, Event.UPDATE, "gospel.commit");
            } else {
                unknown(call, "gospel.commit");
            }
        }

        private void write(Exp.FuncCall call, String obj, Event e, String what) {
            out.add(ScriptWrite.known(obj, e, line(call), column(call), what));
        }

        private void unknown(Exp.FuncCall call, String what) {
            out.add(ScriptWrite.unknown(line(call), column(call), what, argText(call)));
        }

        /** insert / commit / loadRecord when the call is {@code <module>.fn(...)}, else null. */
        private String gospelFunction(Exp.FuncCall call) {
            if (call instanceof Exp.MethodCall || !(call.lhs instanceof Exp.FieldExp f)) {
                return null;
            }
            boolean onModule = f.lhs instanceof Exp.NameExp n && modules.contains(n.name.name)
                    || f.lhs instanceof Exp.FuncCall inner && isRequireOfGospel(inner)
                    || f.lhs instanceof Exp.ParensExp p && p.exp instanceof Exp.FuncCall pc && isRequireOfGospel(pc);
            return onModule ? f.name.name : null;
        }

        private static boolean isRequireOfGospel(Exp.FuncCall call) {
            return call.lhs instanceof Exp.NameExp n && n.name.name.equals("require")
                    && "gospellua".equals(literal(call, 0));
        }

        private static Object arg(Exp.FuncCall call, int i) {
            List<?> exps = call.args.exps;
            return exps != null && exps.size() > i ? exps.get(i) : null;
        }

        private static String literal(Exp.FuncCall call, int i) {
            return arg(call, i) instanceof Exp.Constant c && c.value.isstring() && !c.value.isnumber()
                    ? c.value.tojstring() : null;
        }

        private int line(Exp.FuncCall call) {
            return Math.max(1, leftmost(call).beginLine);
        }

        private int column(Exp.FuncCall call) {
            return Math.max(1, (int) leftmost(call).beginColumn);
        }

        /** LuaJ marks a call from the token before it; its leftmost name sits where the call starts. */
        private static Exp leftmost(Exp e) {
            Exp at = e;
            while (true) {
                if (at instanceof Exp.FuncCall c) {
                    at = c.lhs;
                } else if (at instanceof Exp.FieldExp f) {
                    at = f.lhs;
                } else if (at instanceof Exp.IndexExp i) {
                    at = i.lhs;
                } else {
                    return at;
                }
            }
        }

        /** The argument's source text, or a short description when its position is not known. */
        private String argText(Exp.FuncCall call) {
            Object a = arg(call, 0);
            if (!(a instanceof Exp e) || e.beginLine < 1 || e.beginLine != e.endLine || e.beginLine > lines.length) {
                return a == null ? "" : "an expression";
            }
            String l = lines[e.beginLine - 1];
            int from = Math.max(0, e.beginColumn - 1);
            int to = Math.min(l.length(), e.endColumn);
            return from < to ? l.substring(from, to) : "an expression";
        }
    }
}
