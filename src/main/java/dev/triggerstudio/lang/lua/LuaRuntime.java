package dev.triggerstudio.lang.lua;

import dev.triggerstudio.lang.CheckContext;
import dev.triggerstudio.lang.CompiledScript;
import dev.triggerstudio.lang.ScriptException;
import dev.triggerstudio.lang.ScriptRuntime;
import dev.triggerstudio.lang.ScriptSource;
import dev.triggerstudio.lang.ScriptWrite;
import dev.triggerstudio.model.Diagnostic;
import dev.triggerstudio.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.compiler.LuaC;

/** Gospel's Lua triggers on LuaJ 3.0.1, sandboxed and bounded (see docs/lua.md). */
public final class LuaRuntime implements ScriptRuntime {

    @Override
    public Language language() {
        return Language.LUA;
    }

    @Override
    public List<Diagnostic> check(ScriptSource source, CheckContext context) {
        return new LuaChecker(source.path(), source.text()).check();
    }

    @Override
    public CompiledScript compile(ScriptSource source) {
        return new CompiledLua(prototype(source.path(), source.text()), source.path());
    }

    /** LuaJ's compiler, which is what runs; a syntax error is FAILED with its line. */
    static Prototype prototype(String path, String text) {
        try {
            return LuaC.instance.compile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), path);
        } catch (LuaError e) {
            SyntaxError error = SyntaxError.of(path, e.getMessage());
            throw new ScriptException(ScriptException.Kind.FAILED, error.toString(), path, error.line());
        } catch (IOException e) {
            throw ScriptException.failed(path + ": " + e.getMessage(), path, 0);
        }
    }

    @Override
    public List<ScriptWrite> writes(ScriptSource source) {
        return LuaWrites.scan(source.trigger(), source.text());
    }
}
