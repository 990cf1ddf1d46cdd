package dev.triggerstudio.lang.stanza;

/** Stanza statements, one per line. {@link #token()} is the statement's keyword. */
public sealed interface Stmt {

    Token token();

    /** {@code set record.f = value}; field is the name token after {@code record.}. */
    record Set(Token token, Token field, Expr value) implements Stmt {
    }

    /** {@code reject message [when condition]}; condition is null when unconditional. */
    record Reject(Token token, Expr message, Expr condition) implements Stmt {
    }

    /** {@code if condition then statement}. */
    record If(Token token, Expr condition, Stmt then) implements Stmt {
    }

    /** {@code commit record <insert|write|update|delete>}. */
    record Commit(Token token, Token action) implements Stmt {
    }

    /** {@code log value}. */
    record Log(Token token, Expr value) implements Stmt {
    }
}
