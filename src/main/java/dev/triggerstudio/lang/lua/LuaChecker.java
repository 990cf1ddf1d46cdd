package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.model.Diagnostic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.ast.Block;
import org.luaj.vm2.ast.Chunk;
import org.luaj.vm2.ast.Exp;
import org.luaj.vm2.ast.FuncBody;
import org.luaj.vm2.ast.Stat;
import org.luaj.vm2.ast.Visitor;
import org.luaj.vm2.parser.LuaParser;
import org.luaj.vm2.parser.ParseException;
import org.luaj.vm2.parser.Token;
import org.luaj.vm2.parser.TokenMgrError;

/**
 * {@code ./studio check} for a Lua script, without running it: syntax errors with line and column
 * (LuaJ's AST parser knows columns, its compiler only lines), then the compiler for what only it
 * refuses, then a warning wherever {@code rejectTransaction} is not followed by {@code return}, since
 * Gospel's rejectTransaction marks the operation and lets the script go on.
 */
final class LuaChecker {
    static final String REJECT_WARNING =
            "rejectTransaction does not stop the script; add 'return' right after it";
    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)\\.\\s*(.*)", Pattern.DOTALL);

    private final String path;
    private final String text;

    LuaChecker(String path, String text) {
        this.path = path;
        this.text = text;
    }

    List<Diagnostic> check() {
        Chunk chunk;
        LuaParser parser = new LuaParser(new StringReader(text));
        try {
            chunk = parser.Chunk();
        } catch (ParseException e) {
            return List.of(e.currentToken == null ? unfinishedStatement(e, parser.token) : parseError(e));
        } catch (TokenMgrError e) {
            return List.of(lexicalError(e));
        }
        try {
            LuaRuntime.prototype(path, text);
        } catch (ScriptException e) {
            String message = e.getMessage().replaceFirst("^" + Pattern.quote(path) + ":\\d+: ", "");
            return List.of(Diagnostic.error(path, Math.max(1, e.line()), 1, message));
        }
        List<Diagnostic> out = new ArrayList<>();
        chunk.accept(new RejectWithoutReturn(out));
        return out;
    }

    private Diagnostic parseError(ParseException e) {
        Token t = e.currentToken == null ? null : e.currentToken.next;
        if (t == null) {
            return Diagnostic.error(path, 1, 1, "syntax error");
        }
        String near = t.kind == 0 ? "unexpected end of script; a block may be missing its 'end'"
                : "unexpected '" + t.image + "'";
        return Diagnostic.error(path, t.beginLine, t.beginColumn, near);
    }

    /**
     * Some of LuaJ's errors ("expected function call" for {@code gospel.x(}) carry no token; the
     * parser's last token says where the statement stopped making sense, rather than 1:1.
     */
    private Diagnostic unfinishedStatement(ParseException e, Token last) {
        if (last == null || last.beginLine < 1) {
            return Diagnostic.error(path, 1, 1, String.valueOf(e.getMessage()));
        }
        Token at = last.next != null && last.next.kind != 0 && last.next.beginLine == last.endLine ? last.next : last;
        String message = "expected function call".equals(e.getMessage())
                ? "unfinished statement: write a whole call such as gospel.log(\"x\") or an assignment"
                : String.valueOf(e.getMessage());
        return Diagnostic.error(path, at.beginLine, Math.max(1, at.beginColumn), message);
    }

    private Diagnostic lexicalError(TokenMgrError e) {
        Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            return Diagnostic.error(path, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    "invalid character or unfinished string: " + m.group(3).trim());
        }
        return Diagnostic.error(path, 1, 1, String.valueOf(e.getMessage()));
    }

    /** Warns where a rejectTransaction call is not followed by return in the same block. */
    private final class RejectWithoutReturn extends Visitor {
        private final List<Diagnostic> out;
        private boolean bodyNext;

        RejectWithoutReturn(List<Diagnostic> out) {
            this.out = out;
        }

        @Override
        public void visit(Chunk chunk) {
            bodyNext = true;
            super.visit(chunk);
        }

        @Override
        public void visit(FuncBody body) {
            bodyNext = true;
            super.visit(body);
        }

        @Override
        public void visit(Block block) {
            boolean body = bodyNext;
            bodyNext = false;
            List<?> stats = block.stats == null ? List.of() : block.stats;
            for (int i = 0; i < stats.size(); i++) {
                if (stats.get(i) instanceof Stat.FuncCallStat call && isReject(call.funccall)) {
                    Object next = i + 1 < stats.size() ? stats.get(i + 1) : null;
                    boolean stops = next == null ? body : next instanceof Stat.Return;
                    if (!stops) {
                        out.add(Diagnostic.warning(path, Math.max(1, call.beginLine),
                                Math.max(1, (int) call.beginColumn), REJECT_WARNING));
                    }
                }
            }
            super.visit(block);
        }

        private static boolean isReject(Exp.FuncCall call) {
            String name = switch (call) {
                case Exp.MethodCall m -> m.name;
                default -> switch (call.lhs) {
                    case Exp.FieldExp f -> f.name.name;
                    case Exp.NameExp n -> n.name.name;
                    default -> "";
                };
            };
            return "rejectTransaction".equals(name);
        }
    }
}
