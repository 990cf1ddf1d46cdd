package dev.triggerstudio.lang.stanza;

import static dev.triggerstudio.lang.stanza.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive descent over the grammar in {@code docs/stanza.md}, one method per rule. A syntax error
 * abandons the rest of its line and parsing goes on at the next one, so every error of a script is
 * reported at once.
 */
public final class Parser {

    /** Deeper nesting than this is refused so that neither parsing nor running can overflow the stack. */
    public static final int MAX_DEPTH = 100;
    private static final String TOO_DEEP = "Too deeply nested: at most " + MAX_DEPTH
            + " levels of brackets, operators and dots in one statement.";
    public static final Set<String> AGGREGATIONS = Set.of("sum", "avg", "min", "max", "count", "exists");
    public static final Set<String> COMMIT_ACTIONS = Set.of("insert", "write", "update", "delete");

    private final List<Token> tokens;
    private final List<StanzaError> errors = new ArrayList<>();
    private int current;
    private int depth;

    private Parser(List<Token> tokens, List<StanzaError> lexErrors) {
        this.tokens = tokens.stream().filter(t -> t.type() != COMMENT).toList();
        this.errors.addAll(lexErrors);
    }

    /** Parses a whole script; never throws. Errors are in {@link Script#errors()}, in source order. */
    public static Script parse(String source) {
        Lexer.Result lexed = Lexer.lex(source);
        return new Parser(lexed.tokens(), lexed.errors()).script();
    }

    // script → { line } EOF
    private Script script() {
        List<Stmt> statements = new ArrayList<>();
        while (!isAtEnd()) {
            line(statements);
        }
        List<StanzaError> sorted = new ArrayList<>(errors);
        sorted.sort((a, b) -> Integer.compare(a.token().offset(), b.token().offset()));
        return new Script(statements, sorted);
    }

    // line → [ statement ] ( NEWLINE | EOF )
    private void line(List<Stmt> statements) {
        try {
            if (!check(NEWLINE)) {
                statements.add(statement());
                if (!check(NEWLINE) && !isAtEnd()) {
                    throw error(peek(), "Expect end of line after statement.");
                }
            }
        } catch (StanzaError e) {
            report(e);
            synchronize();
        }
        match(NEWLINE);
    }

    // statement → setStmt | rejectStmt | ifStmt | commitStmt | logStmt
    private Stmt statement() {
        if (match(SET)) {
            return setStatement();
        }
        if (match(REJECT)) {
            return rejectStatement();
        }
        if (match(IF)) {
            return nested(this::ifStatement);
        }
        if (match(COMMIT)) {
            return commitStatement();
        }
        if (match(LOG)) {
            return new Stmt.Log(previous(), expression());
        }
        throw error(peek(), "Expect statement: set, reject, if, commit or log.");
    }

    // setStmt → "set" ( "record" "." name | "{" "record" "." name "}" ) "=" expression
    private Stmt setStatement() {
        Token keyword = previous();
        boolean braced = match(LEFT_BRACE);
        if (!match(RECORD)) {
            throw error(peek(), "Can only set fields of 'record': write 'set record.<field> = value'.");
        }
        consume(DOT, "Expect '.' after 'record'.");
        Token field = name("Expect field name after 'record.'.");
        if (braced) {
            consume(RIGHT_BRACE, "Expect '}' after reference.");
        }
        if (check(DOT)) {
            throw error(peek(), "Can only set a field of 'record', not a part of one.");
        }
        consume(EQUAL, "Expect '=' after set target.");
        return new Stmt.Set(keyword, field, expression());
    }

    // rejectStmt → "reject" expression [ "when" expression ]
    private Stmt rejectStatement() {
        Token keyword = previous();
        Expr message = expression();
        Expr condition = match(WHEN) ? expression() : null;
        return new Stmt.Reject(keyword, message, condition);
    }

    // ifStmt → "if" expression "then" statement
    private Stmt ifStatement() {
        Token keyword = previous();
        Expr condition = expression();
        consume(THEN, "Expect 'then' after condition.");
        return new Stmt.If(keyword, condition, statement());
    }

    // commitStmt → "commit" "record" ( "insert" | "write" | "update" | "delete" )
    private Stmt commitStatement() {
        Token keyword = previous();
        consume(RECORD, "Expect 'record' after 'commit'.");
        Token action = peek();
        if (!check(IDENTIFIER) || !COMMIT_ACTIONS.contains(action.lexeme())) {
            throw error(action, "Expect 'insert', 'write', 'update' or 'delete' after 'commit record'.");
        }
        advance();
        return new Stmt.Commit(keyword, action);
    }

    // expression → or
    private Expr expression() {
        return nested(this::or);
    }

    // or → and { "or" and }
    private Expr or() {
        int saved = depth;
        try {
            Expr left = and();
            while (match(OR)) {
                Token op = deeper();
                left = new Expr.Logical(left, op, and());
            }
            return left;
        } finally {
            depth = saved;
        }
    }

    // and → negation { "and" negation }
    private Expr and() {
        int saved = depth;
        try {
            Expr left = negation();
            while (match(AND)) {
                Token op = deeper();
                left = new Expr.Logical(left, op, negation());
            }
            return left;
        } finally {
            depth = saved;
        }
    }

    // negation → "not" negation | comparison
    private Expr negation() {
        if (match(NOT)) {
            Token op = previous();
            return new Expr.Not(op, nested(this::negation));
        }
        return comparison();
    }

    // comparison → additive [ binaryPredicate additive | unaryPredicate ]
    private Expr comparison() {
        Expr left = additive();
        if (peek().type().isBinaryPredicate()) {
            Token op = advance();
            return new Expr.Compare(left, op, additive());
        }
        if (peek().type().isUnaryPredicate()) {
            return new Expr.Compare(left, advance(), null);
        }
        if (check(EQUAL)) {
            throw error(peek(), "Use 'eq' to compare; '=' only follows 'set record.<field>'.");
        }
        return left;
    }

    // additive → term { ( "+" | "-" ) term }
    private Expr additive() {
        int saved = depth;
        try {
            Expr left = term();
            while (match(PLUS, MINUS)) {
                Token op = deeper();
                left = new Expr.Binary(left, op, term());
            }
            return left;
        } finally {
            depth = saved;
        }
    }

    // term → unary { ( "*" | "/" ) unary }
    private Expr term() {
        int saved = depth;
        try {
            Expr left = unary();
            while (match(STAR, SLASH)) {
                Token op = deeper();
                left = new Expr.Binary(left, op, unary());
            }
            return left;
        } finally {
            depth = saved;
        }
    }

    // unary → "-" unary | postfix
    private Expr unary() {
        if (match(MINUS)) {
            Token op = previous();
            return new Expr.Negate(op, nested(this::unary));
        }
        return postfix();
    }

    // postfix → primary { "." member }
    private Expr postfix() {
        int saved = depth;
        try {
            Expr expr = primary();
            while (match(DOT)) {
                deeper();
                expr = member(expr);
            }
            return expr;
        } finally {
            depth = saved;
        }
    }

    // member → "fields" "." name | aggregation "(" ")" | name
    private Expr member(Expr target) {
        Token name = name("Expect field name after '.'.");
        if (match(LEFT_PAREN)) {
            return call(target, name);
        }
        if (name.lexeme().equals("fields")) {
            consume(DOT, "Expect '.' after 'fields'.");
            return new Expr.Fields(target, name("Expect field name after 'fields.'."));
        }
        return new Expr.Get(target, name);
    }

    private Expr call(Expr target, Token name) {
        if (name.lexeme().equals("withAll") || name.lexeme().equals("withAny")) {
            throw error(name, "'" + name.lexeme() + "' follows a record definition: records.<definition>."
                    + name.lexeme() + "(...).");
        }
        if (!AGGREGATIONS.contains(name.lexeme())) {
            throw error(name, "Unknown function '" + name.lexeme() + "'; expect sum, avg, min, max, count or exists.");
        }
        consume(RIGHT_PAREN, "Expect ')' after '" + name.lexeme() + "('; aggregations take no arguments.");
        return new Expr.Aggregate(target, name);
    }

    // primary → literal | list | "(" expression ")" | "{" reference "}" | root | records | IDENTIFIER
    private Expr primary() {
        if (match(STRING, NUMBER)) {
            return new Expr.Literal(previous(), previous().literal());
        }
        if (match(TRUE, FALSE)) {
            return new Expr.Literal(previous(), previous().type() == TRUE);
        }
        if (match(NULL)) {
            return new Expr.Literal(previous(), null);
        }
        if (match(RECORD, OLD, USER)) {
            return new Expr.Root(previous());
        }
        if (match(IDENTIFIER)) {
            return new Expr.Name(previous());
        }
        if (match(RECORDS)) {
            return records();
        }
        return bracketed();
    }

    private Expr bracketed() {
        if (match(LEFT_PAREN)) {
            Token open = previous();
            Expr inner = expression();
            consume(RIGHT_PAREN, "Expect ')' after expression.");
            return new Expr.Group(open, inner);
        }
        if (match(LEFT_BRACE)) {
            return braced();
        }
        if (match(LEFT_BRACKET)) {
            return list();
        }
        throw error(peek(), "Expect expression.");
    }

    // "{" reference "}"
    private Expr braced() {
        Token open = previous();
        Expr inner = expression();
        consume(RIGHT_BRACE, "Expect '}' after reference.");
        if (!isReference(inner)) {
            throw error(open, "Expect a reference inside '{}', such as {record.total}.");
        }
        return new Expr.Group(open, inner);
    }

    private static boolean isReference(Expr expr) {
        return expr instanceof Expr.Root || expr instanceof Expr.Get || expr instanceof Expr.Load
                || expr instanceof Expr.Query || expr instanceof Expr.Fields || expr instanceof Expr.Aggregate
                || expr instanceof Expr.Name;
    }

    // list → "[" [ expression { "," expression } ] "]"
    private Expr list() {
        Token open = previous();
        List<Expr> items = new ArrayList<>();
        if (!check(RIGHT_BRACKET)) {
            do {
                items.add(expression());
            } while (match(COMMA));
        }
        consume(RIGHT_BRACKET, "Expect ']' after list items.");
        return new Expr.ListLiteral(open, items);
    }

    // records → "records" "." name ( "(" expression ")" | "." ( "withAll" | "withAny" ) "(" conditions ")" )
    private Expr records() {
        consume(DOT, "Expect '.' after 'records'.");
        Token def = name("Expect record definition after 'records.'.");
        if (match(LEFT_PAREN)) {
            Expr id = expression();
            consume(RIGHT_PAREN, "Expect ')' after record id.");
            return new Expr.Load(def, id);
        }
        if (!match(DOT)) {
            throw error(peek(), "Expect '(' or '.withAll(' or '.withAny(' after 'records." + def.lexeme() + "'.");
        }
        Token mode = name("Expect 'withAll' or 'withAny' after 'records." + def.lexeme() + ".'.");
        if (!mode.lexeme().equals("withAll") && !mode.lexeme().equals("withAny")) {
            throw error(mode, "Expect 'withAll' or 'withAny' after 'records." + def.lexeme() + ".'.");
        }
        consume(LEFT_PAREN, "Expect '(' after '" + mode.lexeme() + "'.");
        return new Expr.Query(def, mode, conditions(mode));
    }

    // conditions → expression { "," expression }
    private List<Expr> conditions(Token mode) {
        if (check(RIGHT_PAREN)) {
            throw error(peek(), "Expect a condition in '" + mode.lexeme() + "(...)'.");
        }
        List<Expr> conditions = new ArrayList<>();
        do {
            conditions.add(expression());
        } while (match(COMMA));
        consume(RIGHT_PAREN, "Expect ')' after condition.");
        return conditions;
    }

    // --- helpers ---

    /**
     * One more level of the tree being built: a chain of operators nests as deeply as brackets do,
     * and the interpreter recurses over it just the same.
     */
    private Token deeper() {
        if (depth >= MAX_DEPTH) {
            throw error(previous(), TOO_DEEP);
        }
        depth++;
        return previous();
    }

    private <T> T nested(Supplier<T> rule) {
        if (depth >= MAX_DEPTH) {
            throw error(peek(), TOO_DEEP);
        }
        depth++;
        try {
            return rule.get();
        } finally {
            depth--;
        }
    }

    /** A name after a dot: any identifier or keyword, so that fields such as {@code record.log} work. */
    private Token name(String message) {
        if (check(IDENTIFIER) || peek().type().isKeyword()) {
            return advance();
        }
        throw error(peek(), message);
    }

    private void synchronize() {
        while (!check(NEWLINE) && !isAtEnd()) {
            advance();
        }
    }

    private void report(StanzaError e) {
        // The lexer has already reported the bad token itself; one message per problem is enough.
        if (e.token().type() != ERROR) {
            errors.add(e);
        }
    }

    private boolean match(TokenType... types) {
        for (TokenType type : types) {
            if (check(type)) {
                advance();
                return true;
            }
        }
        return false;
    }

    private Token consume(TokenType type, String message) {
        if (check(type)) {
            return advance();
        }
        throw error(peek(), message);
    }

    private boolean check(TokenType type) {
        return peek().type() == type;
    }

    private Token advance() {
        if (!isAtEnd()) {
            current++;
        }
        return previous();
    }

    private boolean isAtEnd() {
        return peek().type() == EOF;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token previous() {
        return tokens.get(current - 1);
    }

    private static StanzaError error(Token token, String message) {
        return new StanzaError(token, message);
    }
}
