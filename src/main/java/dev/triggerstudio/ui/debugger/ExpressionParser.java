package dev.triggerstudio.ui.debugger;

import dev.triggerstudio.ui.debugger.Expression.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the watch language: one method per rule, lowest precedence first. Python,
 * Lua and Stanza spellings of the same thing are all accepted ({@code and &&}, {@code != ~= ne},
 * {@code None nil null}), since a watch is written while reading a script in any of them.
 */
final class ExpressionParser {
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=", "in");
    private final String text;
    private int pos;
    private String token;
    private int tokenStart;

    ExpressionParser(String text) {
        this.text = text == null ? "" : text;
        advance();
    }

    Expression parse() {
        if (token == null) {
            throw problem("empty expression; write one such as record.priority > 3");
        }
        Expression e = or();
        if (token != null) {
            throw problem("unexpected '" + token + "'");
        }
        return e;
    }

    private Expression or() {
        Expression e = and();
        while (match("or", "||")) {
            e = new Expression.Logic("or", e, and());
        }
        return e;
    }

    private Expression and() {
        Expression e = not();
        while (match("and", "&&")) {
            e = new Expression.Logic("and", e, not());
        }
        return e;
    }

    private Expression not() {
        if (match("not", "!")) {
            return new Expression.Not(not());
        }
        return comparison();
    }

    private Expression comparison() {
        Expression e = additive();
        String op = normal(token);
        if (op != null && COMPARISONS.contains(op)) {
            advance();
            e = new Expression.Binary(op, e, additive());
        }
        return e;
    }

    private Expression additive() {
        Expression e = multiplicative();
        while ("+".equals(token) || "-".equals(token)) {
            String op = take();
            e = new Expression.Binary(op, e, multiplicative());
        }
        return e;
    }

    private Expression multiplicative() {
        Expression e = unary();
        while ("*".equals(token) || "/".equals(token) || "%".equals(token)) {
            String op = take();
            e = new Expression.Binary(op, e, unary());
        }
        return e;
    }

    private Expression unary() {
        if (match("-")) {
            return new Expression.Negate(unary());
        }
        return postfix();
    }

    private Expression postfix() {
        Expression e = primary();
        while (true) {
            if (match(".", ":")) {
                e = new Expression.Member(e, name("a field name after '.'"));
            } else if (match("[")) {
                Expression index = or();
                expect("]");
                e = new Expression.Index(e, index);
            } else if ("(".equals(token) && e instanceof Expression.Name n) {
                advance();
                e = new Expression.Call(n.name(), arguments());
            } else {
                return e;
            }
        }
    }

    private List<Expression> arguments() {
        List<Expression> args = new ArrayList<>();
        if (!match(")")) {
            do {
                args.add(or());
            } while (match(","));
            expect(")");
        }
        if (args.size() != 1) {
            throw problem("functions take one argument");
        }
        return args;
    }

    private Expression primary() {
        if (token == null) {
            throw problem("the expression ends too early");
        }
        if (match("(")) {
            Expression e = or();
            expect(")");
            return e;
        }
        if (match("[")) {
            List<Expression> items = new ArrayList<>();
            if (!match("]")) {
                do {
                    items.add(or());
                } while (match(","));
                expect("]");
            }
            return new Expression.ListOf(items);
        }
        char c = token.charAt(0);
        if (c == '"' || c == '\'') {
            return new Expression.Literal(unquote(take()));
        }
        if (Character.isDigit(c)) {
            return new Expression.Literal(number(take()));
        }
        if (Character.isLetter(c) || c == '_') {
            return word(take());
        }
        throw problem("unexpected '" + token + "'");
    }

    private static Expression word(String w) {
        return switch (w) {
            case "true", "True" -> new Expression.Literal(true);
            case "false", "False" -> new Expression.Literal(false);
            case "null", "nil", "None" -> new Expression.Literal(null);
            default -> new Expression.Name(w);
        };
    }

    private Object number(String s) {
        try {
            return s.contains(".") || s.contains("e") || s.contains("E") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw problem("'" + s + "' is not a number");
        }
    }

    private static String unquote(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String name(String what) {
        if (token == null || !(Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')) {
            throw problem("expected " + what);
        }
        return take();
    }

    /** Stanza and Lua spellings of the comparisons, as the symbols. */
    private static String normal(String t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case "eq", "=" -> "==";
            case "ne", "~=", "<>" -> "!=";
            case "lt" -> "<";
            case "lte" -> "<=";
            case "gt" -> ">";
            case "gte" -> ">=";
            default -> t;
        };
    }

    private boolean match(String... options) {
        for (String o : options) {
            if (o.equals(token)) {
                advance();
                return true;
            }
        }
        return false;
    }

    private void expect(String t) {
        if (!match(t)) {
            throw problem("expected '" + t + "'" + (token == null ? " at the end" : " before '" + token + "'"));
        }
    }

    private String take() {
        String t = token;
        advance();
        return t;
    }

    private Problem problem(String message) {
        return new Problem("col " + (tokenStart + 1) + ": " + message);
    }

    private void advance() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        tokenStart = pos;
        if (pos >= text.length()) {
            token = null;
            return;
        }
        char c = text.charAt(pos);
        int end = pos + 1;
        if (c == '"' || c == '\'') {
            while (end < text.length() && text.charAt(end) != c) {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            if (end >= text.length()) {
                throw problem("text not closed; add " + c);
            }
            end++;
        } else if (Character.isDigit(c)) {
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
        } else if (Character.isLetter(c) || c == '_') {
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
        } else if (end < text.length() && Set.of("==", "!=", "<=", ">=", "~=", "<>", "&&", "||").contains(text.substring(pos, end + 1))) {
            end++;
        }
        token = text.substring(pos, end);
        pos = end;
    }
}
