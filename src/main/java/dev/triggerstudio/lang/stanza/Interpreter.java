package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.LineRecorder;
import dev.triggerstudio.lang.Locals;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptHost;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed script for one record. Errors are {@link StanzaError}s at the token that caused
 * them; {@code reject} throws a REJECTED {@link ScriptException}; the host's own exceptions pass
 * through. Everything costs fuel, so every run ends.
 */
public final class Interpreter {

    private final ScriptHost host;
    private final String path;
    private final String object;
    private final Fuel fuel;
    private final Map<String, Object> record;
    private final Map<String, Object> old;
    private final Map<String, Object> user;
    /** Candidate records of the withAll/withAny being evaluated, innermost first. */
    private final Deque<Map<String, Object>> candidates = new ArrayDeque<>();
    /** The statement running, so that the host's errors (a limit, a refused write) get its line. */
    private Token current;
    private LineRecorder recorder;
    private int recordIndex;

    /**
     * @param object the trigger's record definition (what {@code commit} writes), or null
     * @param record the current record, edited in place by {@code set}
     */
    public Interpreter(ScriptHost host, String path, String object, Fuel fuel, Map<String, Object> record,
                       Map<String, Object> old, Map<String, Object> user) {
        this.host = host;
        this.path = path;
        this.object = object;
        this.fuel = fuel;
        this.record = record;
        this.old = old;
        this.user = user;
    }

    /** Reports each statement to recorder (host code; scripts have no way to reach it). */
    public void record(LineRecorder recorder, int recordIndex) {
        this.recorder = recorder;
        this.recordIndex = recordIndex;
    }

    public void run(Script script) {
        try {
            for (Stmt statement : script.statements()) {
                if (recorder != null) {
                    recorder.line(statement.token().line(), locals(), fuel.used());
                }
                execute(statement);
            }
        } finally {
            if (recorder != null) {
                recorder.end(fuel.used());
            }
        }
    }

    /** A Stanza script's variables are the references it can name: record, old and user. */
    private Map<String, Object> locals() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", Locals.shorten(record));
        m.put("old", Locals.shorten(old));
        m.put("user", Locals.shorten(user));
        return m;
    }

    private void execute(Stmt stmt) {
        current = stmt.token();
        fuel.charge(stmt.token());
        switch (stmt) {
            case Stmt.Set s -> set(s);
            case Stmt.Reject r -> reject(r);
            case Stmt.If i -> {
                if (Values.truth(i.condition().token(), evaluate(i.condition()))) {
                    execute(i.then());
                }
            }
            case Stmt.Commit c -> new Commit(host, object, c.action()).write(record);
            case Stmt.Log l -> host.log("info", logged(evaluate(l.value())));
        }
    }

    /** A null joins a string as nothing, but logged on its own it is shown, so it can be seen. */
    private static String logged(Object value) {
        return value == null ? "null" : Values.text(value);
    }

    private void set(Stmt.Set s) {
        Object value = evaluate(s.value());
        if (value instanceof RecordSet) {
            throw new StanzaError(s.value().token(),
                    "Cannot store a set of records in a field; aggregate it first, e.g. '.count()'.");
        }
        record.put(s.field().lexeme(), asLookup(s.field().lexeme(), value));
        if (recorder != null) {
            recorder.wrote(recordIndex, s.field().lexeme(), s.token().line());
        }
    }

    /**
     * A whole record stored in a lookup field becomes the lookup shape triggers see everywhere
     * else, {@code {"id", "name"}}, so that later reads and the engine treat it as any lookup.
     */
    private Object asLookup(String field, Object value) {
        if (object == null || !(value instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)) {
            return value;
        }
        ObjectDef def = host.objectDef(object);
        FieldDef lookup = def == null ? null : def.field(field).orElse(null);
        if (lookup == null || lookup.type() != FieldType.LOOKUP) {
            return value;
        }
        ObjectDef target = lookup.to() == null ? null : host.objectDef(lookup.to());
        Object name = target != null && target.nameField() != null ? map.get(target.nameField()) : map.get("name");
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("id", id);
        shaped.put("name", name);
        return shaped;
    }

    private void reject(Stmt.Reject r) {
        if (r.condition() != null && !Values.truth(r.condition().token(), evaluate(r.condition()))) {
            return;
        }
        String message = Values.text(evaluate(r.message()));
        throw new ScriptException(ScriptException.Kind.REJECTED, message, path, r.token().line(),
                r.token().column());
    }

    Object evaluate(Expr expr) {
        fuel.charge(expr.token());
        return switch (expr) {
            case Expr.Literal l -> l.value();
            case Expr.ListLiteral l -> list(l);
            case Expr.Root r -> root(r.token());
            case Expr.Name n -> candidateField(n.token());
            case Expr.Get g -> get(g.token(), evaluate(g.target()));
            case Expr.Load l -> load(l);
            case Expr.Query q -> query(q);
            case Expr.Fields f -> fields(f.token(), evaluate(f.target()));
            case Expr.Aggregate a -> Aggregates.apply(a.token(), evaluate(a.target()), fuel);
            case Expr.Binary b -> Values.arithmetic(b.token(), evaluate(b.left()), evaluate(b.right()));
            case Expr.Compare c -> Values.predicate(c.token(), evaluate(c.left()),
                    c.right() == null ? null : evaluate(c.right()));
            case Expr.Logical l -> logical(l);
            case Expr.Not n -> !Values.truth(n.operand().token(), evaluate(n.operand()));
            case Expr.Negate n -> Values.negate(n.token(), evaluate(n.operand()));
            case Expr.Group g -> evaluate(g.inner());
        };
    }

    private List<Object> list(Expr.ListLiteral l) {
        List<Object> items = new ArrayList<>();
        for (Expr item : l.items()) {
            items.add(evaluate(item));
        }
        return items;
    }

    private Object root(Token token) {
        return switch (token.type()) {
            case RECORD -> record;
            case OLD -> old;
            default -> user;
        };
    }

    private Object candidateField(Token name) {
        if (candidates.isEmpty()) {
            throw new StanzaError(name, "Unknown name '" + name.lexeme() + "'; write 'record." + name.lexeme()
                    + "' for a field of this record (bare names are fields only inside withAll and withAny).");
        }
        return candidates.peek().get(name.lexeme());
    }

    private Object get(Token name, Object target) {
        return switch (target) {
            case null -> null;
            case Map<?, ?> map -> map.get(name.lexeme());
            case RecordSet set -> throw new StanzaError(name, "Use '.fields." + name.lexeme()
                    + "' to read a field of every record in a set.");
            default -> throw new StanzaError(name, "Cannot read '" + name.lexeme() + "' of "
                    + Values.typeName(target) + ".");
        };
    }

    private Object fields(Token field, Object target) {
        return switch (target) {
            case null -> null;
            case Map<?, ?> map -> map.get(field.lexeme());
            case RecordSet set -> set.records().stream().map(r -> r.get(field.lexeme())).toList();
            default -> throw new StanzaError(field, "'.fields' needs a record or a set of records, got "
                    + Values.typeName(target) + ".");
        };
    }

    private Object load(Expr.Load l) {
        String id = Values.idOf(evaluate(l.id()));
        return id == null ? null : host.loadRecord(l.token().lexeme(), id);
    }

    private RecordSet query(Expr.Query q) {
        List<Map<String, Object>> matched = new ArrayList<>();
        for (Map<String, Object> candidate : host.scan(q.token().lexeme())) {
            fuel.charge(q.token());
            candidates.push(candidate);
            try {
                if (matches(q, candidate)) {
                    matched.add(candidate);
                }
            } finally {
                candidates.pop();
            }
        }
        return new RecordSet(q.token().lexeme(), matched);
    }

    private boolean matches(Expr.Query q, Map<String, Object> candidate) {
        for (Expr condition : q.conditions()) {
            boolean met = Values.truth(condition.token(), evaluate(condition));
            if (met != q.all()) {
                return met;
            }
        }
        return q.all();
    }

    private boolean logical(Expr.Logical l) {
        boolean left = Values.truth(l.left().token(), evaluate(l.left()));
        if (l.token().type() == TokenType.OR ? left : !left) {
            return left;
        }
        return Values.truth(l.right().token(), evaluate(l.right()));
    }

    public long fuelUsed() {
        return fuel.used();
    }

    /** The keyword of the statement being run, or null before the first. */
    public Token currentStatement() {
        return current;
    }
}
