package dev.triggerstudio.lang.stanza;

import java.util.List;

/** Stanza expressions. {@link #token()} is where errors about the expression point. */
public sealed interface Expr {

    Token token();

    /** A string, number, true, false or null. */
    record Literal(Token token, Object value) implements Expr {
    }

    /** {@code [a, b, c]}; the token is the opening bracket. */
    record ListLiteral(Token token, List<Expr> items) implements Expr {
    }

    /** {@code record}, {@code old} or {@code user}. */
    record Root(Token token) implements Expr {
    }

    /** A bare name: a field of the candidate record inside {@code withAll(...)} or {@code withAny(...)}. */
    record Name(Token token) implements Expr {
    }

    /** {@code target.name}: a field of a record or a property of {@code user}; the token is the name. */
    record Get(Expr target, Token token) implements Expr {
    }

    /** {@code records.<def>(id)}: one record or null; the token is the definition name. */
    record Load(Token token, Expr id) implements Expr {
    }

    /** {@code records.<def>.withAll(...)} or {@code .withAny(...)}; the token is the definition name. */
    record Query(Token token, Token mode, List<Expr> conditions) implements Expr {

        public boolean all() {
            return "withAll".equals(mode.lexeme());
        }
    }

    /** {@code target.fields.<f>}: a value on a record, a list of values on a set; the token is the field. */
    record Fields(Expr target, Token token) implements Expr {
    }

    /** {@code target.sum()} and the other aggregations; the token is the function name. */
    record Aggregate(Expr target, Token token) implements Expr {
    }

    /** {@code + - * /}; the token is the operator. */
    record Binary(Expr left, Token token, Expr right) implements Expr {
    }

    /** A predicate such as {@code eq} or {@code in}; right is null for isEmpty and isNotEmpty. */
    record Compare(Expr left, Token token, Expr right) implements Expr {
    }

    /** {@code and} or {@code or}. */
    record Logical(Expr left, Token token, Expr right) implements Expr {
    }

    record Not(Token token, Expr operand) implements Expr {
    }

    record Negate(Token token, Expr operand) implements Expr {
    }

    /** {@code ( expr )} or {@code { reference }}; the token is the opening bracket. */
    record Group(Token token, Expr inner) implements Expr {
    }
}
