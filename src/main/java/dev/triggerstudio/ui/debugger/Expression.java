package dev.triggerstudio.ui.debugger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A watch or breakpoint condition over recorded locals, e.g. {@code record.priority > 3}. The
 * locals are JSON values (maps, lists, strings, numbers, booleans, null), so the evaluator is a
 * small tree walker over them: no script engine, nothing that can reach the host. A missing field
 * reads as null, as in Lua and as a recorded record shows it.
 */
public sealed interface Expression {

    /** Parses {@code text}; a mistake throws {@link Problem} with its 1-based column. */
    static Expression parse(String text) {
        return new ExpressionParser(text).parse();
    }

    /** The value of this expression for these locals; a type mistake throws {@link Problem}. */
    Object evaluate(Map<String, Object> locals);

    /** Whether a value counts as true in a condition: null, false, 0 and "" do not. */
    static boolean truthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> new BigDecimal(n.toString()).signum() != 0;
            case String s -> !s.isEmpty();
            default -> true;
        };
    }

    /** A mistake in an expression, in the user's words. */
    final class Problem extends RuntimeException {
        public Problem(String message) {
            super(message);
        }
    }

    record Literal(Object value) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            return value;
        }
    }

    record Name(String name) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            return locals.get(name);
        }
    }

    record Member(Expression target, String name) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            return Values.member(target.evaluate(locals), name);
        }
    }

    record Index(Expression target, Expression index) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            return Values.index(target.evaluate(locals), index.evaluate(locals));
        }
    }

    record ListOf(List<Expression> items) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            List<Object> out = new ArrayList<>();
            items.forEach(i -> out.add(i.evaluate(locals)));
            return out;
        }
    }

    record Call(String function, List<Expression> args) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            List<Object> values = args.stream().map(a -> a.evaluate(locals)).toList();
            return switch (function) {
                case "len", "count" -> Values.length(values.getFirst());
                case "str" -> Values.text(values.getFirst());
                default -> throw new Problem("unknown function " + function + "(); use len() or str()");
            };
        }
    }

    record Not(Expression operand) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            return !truthy(operand.evaluate(locals));
        }
    }

    record Negate(Expression operand) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            return Values.arithmetic("-", 0L, operand.evaluate(locals));
        }
    }

    /** {@code and} / {@code or}, short-circuit like every language we record. */
    record Logic(String op, Expression left, Expression right) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            boolean l = truthy(left.evaluate(locals));
            if ("and".equals(op) ? !l : l) {
                return l;
            }
            return truthy(right.evaluate(locals));
        }
    }

    record Binary(String op, Expression left, Expression right) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> locals) {
            Object l = left.evaluate(locals);
            Object r = right.evaluate(locals);
            return switch (op) {
                case "==" -> Values.same(l, r);
                case "!=" -> !Values.same(l, r);
                case "<", "<=", ">", ">=" -> Values.compare(op, l, r);
                case "in" -> r instanceof Collection<?> c ? c.stream().anyMatch(x -> Values.same(x, l))
                        : r instanceof Map<?, ?> m ? m.containsKey(Objects.toString(l))
                        : r instanceof String s && l != null && s.contains(Values.text(l));
                default -> Values.arithmetic(op, l, r);
            };
        }
    }
}
