package dev.triggerstudio.lang.stanza;

import dev.triggerstudio.lang.stanza.StaticType.Kind;
import dev.triggerstudio.model.Event;
import dev.triggerstudio.model.FieldDef;
import dev.triggerstudio.model.FieldType;
import dev.triggerstudio.model.ObjectDef;
import dev.triggerstudio.model.Project;
import dev.triggerstudio.model.SystemFields;
import dev.triggerstudio.model.Timing;
import dev.triggerstudio.model.TriggerDef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what is wrong with a parsed script before it runs: unknown record definitions and fields
 * (against the project's objects), type mismatches, {@code old} in a create trigger, {@code reject}
 * after the record is saved, and statements after an unconditional reject. Without a project or a
 * trigger it checks what it can.
 */
public final class Checker {

    private static final Set<String> USER_PROPERTIES = Set.of("id", "name", "groups", "admin");

    private final Project project;
    private final TriggerDef trigger;
    private final ObjectDef object;
    private final List<StanzaError> findings = new ArrayList<>();
    /** Definitions of the withAll/withAny candidates in scope, innermost first. */
    private final Deque<Optional<ObjectDef>> candidates = new ArrayDeque<>();

    private Checker(Project project, TriggerDef trigger) {
        this.project = project;
        this.trigger = trigger;
        this.object = project == null || trigger == null ? null : project.objects().get(trigger.object());
    }

    /** Errors and warnings, in source order. */
    public static List<StanzaError> check(Script script, Project project, TriggerDef trigger) {
        Checker checker = new Checker(project, trigger);
        checker.script(script);
        List<StanzaError> sorted = new ArrayList<>(checker.findings);
        sorted.sort((a, b) -> Integer.compare(a.token().offset(), b.token().offset()));
        return sorted;
    }

    private void script(Script script) {
        Stmt stopper = null;
        boolean commits = script.statements().stream().anyMatch(s -> s instanceof Stmt.Commit);
        for (Stmt stmt : script.statements()) {
            if (stopper != null) {
                warn(stmt.token(), "Unreachable statement: the 'reject' on line " + stopper.token().line()
                        + " always stops the script.");
                stopper = null;
            }
            statement(stmt, commits);
            if (stmt instanceof Stmt.Reject r && r.condition() == null) {
                stopper = stmt;
            }
        }
    }

    private void statement(Stmt stmt, boolean commits) {
        switch (stmt) {
            case Stmt.Set s -> set(s, commits);
            case Stmt.Reject r -> reject(r);
            case Stmt.If i -> {
                condition(i.condition());
                statement(i.then(), commits);
            }
            case Stmt.Commit c -> { }
            case Stmt.Log l -> expr(l.value());
        }
    }

    private void set(Stmt.Set s, boolean commits) {
        StaticType value = expr(s.value());
        String name = s.field().lexeme();
        if (value.is(Kind.SET)) {
            error(s.value().token(), "Cannot store a set of records in a field; aggregate it first, e.g. '.count()'.");
        } else if (SystemFields.isSystem(name)) {
            error(s.field(), "Cannot set system field '" + name + "'; the platform sets it.");
        } else if (object != null) {
            Optional<FieldDef> field = object.field(name);
            if (field.isEmpty()) {
                error(s.field(), unknownField(name, object));
            } else if (!value.fits(field.get().type())) {
                error(s.value().token(), "Cannot set " + field.get().type().jsonName() + " field '" + name
                        + "' to " + value.describe() + ".");
            } else {
                picklist(StaticType.ofField(field.get(), null), s.value(), true);
            }
        }
        if (trigger != null && trigger.timing() != Timing.BEFORE && !commits) {
            warn(s.token(), "'set' in an " + timingName() + " trigger changes nothing unless the record is "
                    + "written with 'commit record update'.");
        }
    }

    private void reject(Stmt.Reject r) {
        expr(r.message());
        if (r.condition() != null) {
            condition(r.condition());
        }
        if (trigger != null && (trigger.timing() == Timing.AFTER || trigger.timing() == Timing.ASYNC)) {
            error(r.token(), "'reject' cannot be used in an " + timingName()
                    + " trigger: the record is already saved. Reject in a Before trigger.");
        }
    }

    private void condition(Expr expr) {
        StaticType type = expr(expr);
        if (!type.is(Kind.BOOLEAN, Kind.ANY, Kind.NULL)) {
            error(expr.token(), "Condition must be true or false, not " + type.describe() + ".");
        }
    }

    private StaticType expr(Expr expr) {
        return switch (expr) {
            case Expr.Literal l -> literal(l.value());
            case Expr.ListLiteral l -> {
                l.items().forEach(this::expr);
                yield StaticType.LIST;
            }
            case Expr.Root r -> root(r.token());
            case Expr.Name n -> name(n.token());
            case Expr.Get g -> get(g.token(), expr(g.target()));
            case Expr.Load l -> load(l);
            case Expr.Query q -> query(q);
            case Expr.Fields f -> fields(f.token(), expr(f.target()));
            case Expr.Aggregate a -> aggregate(a.token(), expr(a.target()));
            case Expr.Binary b -> binary(b);
            case Expr.Compare c -> compare(c);
            case Expr.Logical l -> {
                condition(l.left());
                condition(l.right());
                yield StaticType.BOOLEAN;
            }
            case Expr.Not n -> {
                condition(n.operand());
                yield StaticType.BOOLEAN;
            }
            case Expr.Negate n -> negate(n);
            case Expr.Group g -> expr(g.inner());
        };
    }

    private static StaticType literal(Object value) {
        return switch (value) {
            case null -> StaticType.NULL;
            case String s -> StaticType.TEXT;
            case Boolean b -> StaticType.BOOLEAN;
            default -> StaticType.NUMBER;
        };
    }

    private StaticType root(Token token) {
        if (token.type() == TokenType.USER) {
            return StaticType.USER;
        }
        if (token.type() == TokenType.OLD && createOnly()) {
            error(token, "'old' is always null in a " + eventNames() + " trigger; use it on update or delete.");
        }
        return new StaticType(Kind.RECORD, object, null);
    }

    private boolean createOnly() {
        if (trigger == null || trigger.events().isEmpty()) {
            return false;
        }
        return trigger.events().stream().allMatch(e -> e == Event.CREATE || e == Event.READ);
    }

    private StaticType name(Token name) {
        if (candidates.isEmpty()) {
            error(name, "Unknown name '" + name.lexeme() + "'; write 'record." + name.lexeme()
                    + "' for a field of this record (bare names are fields only inside withAll and withAny).");
            return StaticType.ANY;
        }
        return field(candidates.peek().orElse(null), name);
    }

    private StaticType get(Token name, StaticType target) {
        String property = name.lexeme();
        return switch (target.kind()) {
            case RECORD -> field(target.def(), name);
            case USER -> user(name);
            case LOOKUP -> {
                if (!property.equals("id") && !property.equals("name")) {
                    error(name, "A lookup has only 'id' and 'name'; load the record with records."
                            + lookupTarget(target) + "(...) to read '" + property + "'.");
                }
                yield StaticType.TEXT;
            }
            case SET -> {
                error(name, "Use '.fields." + property + "' to read a field of every record in a set.");
                yield StaticType.ANY;
            }
            case ANY, NULL -> StaticType.ANY;
            default -> {
                error(name, "Cannot read '" + property + "' of " + target.describe() + ".");
                yield StaticType.ANY;
            }
        };
    }

    private StaticType user(Token name) {
        String property = name.lexeme();
        if (!USER_PROPERTIES.contains(property)) {
            error(name, "Unknown property 'user." + property + "'; use user.id, user.name, user.groups or user.admin.");
            return StaticType.ANY;
        }
        return switch (property) {
            case "groups" -> StaticType.LIST;
            case "admin" -> StaticType.BOOLEAN;
            default -> StaticType.TEXT;
        };
    }

    private static String lookupTarget(StaticType lookup) {
        return lookup.field() != null && lookup.field().to() != null ? lookup.field().to() : "<definition>";
    }

    private StaticType load(Expr.Load l) {
        StaticType id = expr(l.id());
        if (id.is(Kind.NUMBER, Kind.BOOLEAN, Kind.LIST, Kind.SET, Kind.USER)) {
            error(l.id().token(), "A record id must be text or a lookup, not " + id.describe() + ".");
        }
        return new StaticType(Kind.RECORD, definition(l.token()).orElse(null), null);
    }

    private StaticType query(Expr.Query q) {
        Optional<ObjectDef> def = definition(q.token());
        candidates.push(def);
        try {
            q.conditions().forEach(this::condition);
        } finally {
            candidates.pop();
        }
        return new StaticType(Kind.SET, def.orElse(null), null);
    }

    private Optional<ObjectDef> definition(Token name) {
        if (project == null) {
            return Optional.empty();
        }
        ObjectDef def = project.objects().get(name.lexeme());
        if (def == null) {
            error(name, "Unknown record definition '" + name.lexeme() + "'" + knownDefinitions() + ".");
        }
        return Optional.ofNullable(def);
    }

    private String knownDefinitions() {
        return project.objects().isEmpty() ? "" : "; the project has " + String.join(", ", project.objects().keySet());
    }

    private StaticType fields(Token name, StaticType target) {
        return switch (target.kind()) {
            case RECORD -> field(target.def(), name);
            case SET -> {
                StaticType element = field(target.def(), name);
                yield new StaticType(Kind.LIST, null, element.field());
            }
            case ANY, NULL -> StaticType.ANY;
            default -> {
                error(name, "'.fields' needs a record or a set of records, not " + target.describe() + ".");
                yield StaticType.ANY;
            }
        };
    }

    private StaticType field(ObjectDef def, Token name) {
        if (def == null) {
            return StaticType.ANY;
        }
        Optional<FieldDef> field = def.field(name.lexeme());
        if (field.isPresent()) {
            FieldDef f = field.get();
            return StaticType.ofField(f, f.to() == null || project == null ? null : project.objects().get(f.to()));
        }
        if (def.systemFieldNames().contains(name.lexeme())) {
            return StaticType.TEXT;
        }
        error(name, unknownField(name.lexeme(), def));
        return StaticType.ANY;
    }

    private static String unknownField(String name, ObjectDef def) {
        return "Unknown field '" + name + "' on '" + def.apiName() + "'.";
    }

    private StaticType aggregate(Token fn, StaticType target) {
        String name = fn.lexeme();
        if (target.is(Kind.SET) && !name.equals("count") && !name.equals("exists")) {
            error(fn, "'" + name + "' works on a field list: add '.fields.<field>' before it.");
        } else if (!target.is(Kind.SET, Kind.LIST, Kind.ANY, Kind.NULL)) {
            error(fn, "'" + name + "' needs a list, not " + target.describe() + ".");
        } else if ((name.equals("sum") || name.equals("avg")) && target.field() != null
                && StaticType.ofField(target.field(), null).is(Kind.TEXT, Kind.BOOLEAN, Kind.LOOKUP)) {
            error(fn, "'" + name + "' needs a number field; '" + target.field().name() + "' is "
                    + target.field().type().jsonName() + ".");
        }
        return switch (name) {
            case "count", "sum", "avg" -> StaticType.NUMBER;
            case "exists" -> StaticType.BOOLEAN;
            default -> target.field() == null ? StaticType.ANY : StaticType.ofField(target.field(), null);
        };
    }

    private StaticType binary(Expr.Binary b) {
        StaticType left = expr(b.left());
        StaticType right = expr(b.right());
        if (b.token().type() == TokenType.PLUS) {
            if (left.is(Kind.TEXT) || right.is(Kind.TEXT)) {
                return StaticType.TEXT;
            }
            if (!arithmetic(left) || !arithmetic(right)) {
                error(b.token(), "Operands of '+' must be numbers or text, not " + left.describe() + " and "
                        + right.describe() + ".");
            }
            return left.is(Kind.NUMBER) && right.is(Kind.NUMBER) ? StaticType.NUMBER : StaticType.ANY;
        }
        if (!arithmetic(left) || !arithmetic(right)) {
            error(b.token(), "Operands of '" + b.token().lexeme() + "' must be numbers, not " + left.describe()
                    + " and " + right.describe() + ".");
        }
        return StaticType.NUMBER;
    }

    private static boolean arithmetic(StaticType type) {
        return type.is(Kind.NUMBER, Kind.ANY, Kind.NULL);
    }

    private StaticType negate(Expr.Negate n) {
        StaticType operand = expr(n.operand());
        if (!arithmetic(operand)) {
            error(n.token(), "Operand of '-' must be a number, not " + operand.describe() + ".");
        }
        return StaticType.NUMBER;
    }

    private StaticType compare(Expr.Compare c) {
        StaticType left = expr(c.left());
        StaticType right = c.right() == null ? StaticType.NULL : expr(c.right());
        String op = c.token().lexeme();
        switch (c.token().type()) {
            case EQ, NE -> {
                if (!left.comparableWith(right)) {
                    error(c.token(), "Cannot compare " + left.describe() + " with " + right.describe() + ".");
                }
                picklist(left, c.right(), false);
            }
            case GT, GTE, LT, LTE -> {
                StaticType unordered = unordered(left) ? left : unordered(right) ? right : null;
                if (unordered != null) {
                    error(c.token(), "'" + op + "' needs numbers or text, not " + unordered.describe() + ".");
                } else if (!left.comparableWith(right)) {
                    error(c.token(), "Cannot compare " + left.describe() + " with " + right.describe() + ".");
                }
            }
            case IN, NOT_IN -> {
                if (!right.is(Kind.LIST, Kind.ANY, Kind.NULL)) {
                    error(c.token(), "'" + op + "' needs a list on its right, such as [\"Draft\", \"Sent\"].");
                }
                picklist(left, c.right(), false);
            }
            case CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH -> {
                if (!left.is(Kind.TEXT, Kind.LOOKUP, Kind.LIST, Kind.ANY, Kind.NULL)) {
                    error(c.token(), "'" + op + "' needs text or a list on its left, not " + left.describe() + ".");
                }
            }
            default -> { }
        }
        return StaticType.BOOLEAN;
    }

    /**
     * Text literals compared with or stored into a picklist must be among its values: a typo there
     * would make a rule silently never match (a warning), or store a value the picklist does not
     * have (an error: Before triggers run after the platform validated the input).
     */
    private void picklist(StaticType field, Expr value, boolean storing) {
        FieldDef def = field.field();
        if (def == null || def.type() != FieldType.PICKLIST || def.values() == null) {
            return;
        }
        List<Expr> candidates = value instanceof Expr.ListLiteral list ? list.items() : List.of(value);
        for (Expr candidate : candidates) {
            if (candidate instanceof Expr.Literal literal && literal.value() instanceof String text
                    && !def.values().contains(text)) {
                String message = "'" + text + "' is not a value of picklist '" + def.name() + "': "
                        + String.join(", ", def.values()) + ".";
                if (storing) {
                    error(literal.token(), message);
                } else {
                    warn(literal.token(), message);
                }
            }
        }
    }

    private static boolean unordered(StaticType type) {
        return type.is(Kind.BOOLEAN, Kind.LIST, Kind.SET, Kind.RECORD, Kind.USER);
    }

    private String timingName() {
        return trigger.timing() == Timing.AFTER ? "After" : "Async";
    }

    private String eventNames() {
        return String.join(" and ", trigger.events().stream().map(Event::jsonName).toList());
    }

    private void error(Token token, String message) {
        findings.add(new StanzaError(token, message));
    }

    private void warn(Token token, String message) {
        findings.add(new StanzaError(token, message, StanzaError.Severity.WARNING));
    }
}
