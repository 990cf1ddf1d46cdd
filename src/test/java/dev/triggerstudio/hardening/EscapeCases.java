package dev.triggerstudio.hardening;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of escape attempts: language, category, what is tried, the script, and what must
 * happen: FAILS (the operation is not committed and says why) or HIDDEN (no secret comes out).
 * MARKER stands for a file outside the sandbox that must never appear.
 */
final class EscapeCases {
    enum Expect { FAILS, HIDDEN }

    /** {@code says}: words the failure message must contain (null: any clear message). */
    record Case(String language, String category, String attempt, String script, Expect expect, String says) {
        Case(String language, String category, String attempt, String script, Expect expect) {
            this(language, category, attempt, script, expect, null);
        }

        Case saying(String words) {
            return new Case(language, category, attempt, script, expect, words);
        }

        @Override
        public String toString() {
            return language + " / " + category + " / " + attempt;
        }
    }

    static final String LUA_NORMAL = "record.title = \"ok\"\n";
    static final String STANZA_NORMAL = "set record.title = \"ok\"\n";
    static final String PYTHON_NORMAL = """
            async def execute(context):
                for r in context.new_map.values():
                    r["title"] = "ok"
            """;

    private EscapeCases() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>(lua());
        cases.addAll(stanza());
        cases.addAll(python());
        return cases;
    }

    static List<Case> lua() {
        return List.of(
                lua("files", "io.open a file for writing", "local f = io.open(\"MARKER\", \"w\")\nf:write(\"x\")\nf:close()\n"),
                lua("files", "require(\"io\")", "local io2 = require(\"io\")\nio2.open(\"MARKER\", \"w\")\n"),
                lua("files", "dofile / loadfile", "dofile(\"MARKER\")\n"),
                lua("environment", "os.getenv", "record.body = os.getenv(\"HOME\")\n"),
                lua("network", "require(\"socket\")", "local s = require(\"socket\")\ns.connect(\"example.com\", 80)\n"),
                lua("processes", "os.execute", "os.execute(\"touch MARKER\")\n"),
                lua("processes", "io.popen", "io.popen(\"touch MARKER\")\n"),
                lua("threads", "coroutine that never ends", "local co = coroutine.create(function() while true do end end)\ncoroutine.resume(co)\n"),
                lua("host classes", "luajava.bindClass", "local S = luajava.bindClass(\"java.lang.System\")\nS:exit(3)\n"),
                lua("host classes", "require a Java class", "local S = require(\"java.lang.System\")\n"),
                lua("reflection", "debug.getregistry", "local r = debug.getregistry()\n"),
                lua("reflection", "load a binary chunk", "local f = load(\"\\27Lua\\82\\0\\1\\4\\4\\4\\8\\0\")\nf()\n"),
                lua("reflection", "change the string metatable", "getmetatable(\"\").__index = {}\n"),
                lua("store writes outside the lifecycle", "insert a record the actor may not create",
                        "local gospel = require(\"gospellua\")\ngospel.insert(\"secret\", {label = \"x\", code = \"y\"})\n"),
                hidden("lua", "reading records the actor may not see", "loadRecord of another owner's record",
                        "local gospel = require(\"gospellua\")\nlocal s = gospel.loadRecord(\"secret\", \"sec-1\")\n"
                                + "record.body = \"seen:\" .. tostring(s and s.code)\n"),
                hidden("lua", "reading records the actor may not see", "a field the actor may not read",
                        "local gospel = require(\"gospellua\")\nlocal s = gospel.loadRecord(\"secret\", \"sec-2\")\n"
                                + "record.body = \"seen:\" .. tostring(s and s.code)\n"),
                lua("runaway CPU", "while true do end", "while true do end\n"),
                lua("runaway CPU", "endless loop inside pcall, then again", "pcall(function() while true do end end)\nwhile true do end\n"),
                lua("memory bombs", "string doubling", "local s = \"x\"\nwhile true do s = s .. s end\n"),
                lua("memory bombs", "table growth", "local t = {}\nlocal i = 0\nwhile true do i = i + 1\nt[i] = {i, i, i} end\n"),
                lua("deep recursion", "unbounded recursion", "local function f(n) return f(n + 1) + 1 end\nf(1)\n"),
                lua("huge outputs to the log", "gospel.log of 1 MB, endlessly",
                        "local gospel = require(\"gospellua\")\nlocal s = string.rep(\"x\", 1000000)\nwhile true do gospel.log(s) end\n")
                        .saying(LOG_FULL),
                lua("huge outputs to the log", "print of 8 MB, endlessly", "local s = string.rep(\"x\", 8000000)\nwhile true do print(s) end\n")
                        .saying(LOG_FULL),
                lua("huge outputs to the log", "print of 8 MB inside pcall, endlessly",
                        "local s = string.rep(\"x\", 8000000)\nwhile true do pcall(print, s) end\n").saying(LOG_FULL));
    }

    static List<Case> stanza() {
        return List.of(
                stanza("files", "a file function", "set record.body = io.open(\"MARKER\")\n"),
                stanza("environment", "an environment variable", "set record.body = env.HOME\n"),
                stanza("network", "an HTTP call", "set record.body = http.get(\"http://example.com\")\n"),
                stanza("processes", "run a command", "exec \"touch MARKER\"\n"),
                stanza("threads", "spawn", "spawn record\n"),
                stanza("host classes", "a Java class by name", "set record.body = java.lang.System.exit(3)\n"),
                stanza("reflection", "a method of the record object", "set record.body = record.getClass()\n"),
                stanza("store writes outside the lifecycle", "commit record delete in a Before create", "commit record delete\n"),
                hidden("stanza", "reading records the actor may not see", "records.secret(id) of another owner",
                        "set record.body = \"seen:\" + records.secret(\"sec-1\").fields.code\n"),
                hidden("stanza", "reading records the actor may not see", "withAll over a field the actor may not read",
                        "set record.body = \"seen:\" + records.secret.withAll(code isNotEmpty).count() + \" \" + records.secret.withAll(label eq \"mine\").fields.code\n"),
                stanza("runaway CPU", "aggregations over 3 000 records, 12 times",
                        "set record.title = records.bulk.withAll(n gt 0).count()\n".repeat(12)),
                stanza("memory bombs", "string doubling, 64 times", "set record.body = record.body + record.body\n".repeat(64)),
                stanza("deep recursion", "50 000 nested parentheses", "set record.body = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "\n"),
                stanza("huge outputs to the log", "a 6 MB text logged 1 000 times",
                        "set record.body = record.body + record.body\n".repeat(20) + "log record.body + \"!\"\n".repeat(1_000)));
    }

    static List<Case> python() {
        return List.of(
                python("files", "open a file for writing", "open(\"MARKER\", \"w\").write(\"x\")"),
                hidden("python", "environment", "os.environ and os.getcwd",
                        PY_HEAD + "    import os\n    r[\"body\"] = str(dict(os.environ)) + \" \" + os.getcwd()\n"),
                python("network", "socket", "import socket\n    socket.create_connection((\"example.com\", 80))")
                        .saying("network access is not allowed in a trigger"),
                python("environment", "os.getcwd", "import os\n    r = os.getcwd()")
                        .saying("environment are not available in a trigger"),
                python("processes", "subprocess", "import subprocess\n    subprocess.run([\"touch\", \"MARKER\"])"),
                python("threads", "threading", "import threading\n    threading.Thread(target=lambda: None).start()"),
                python("host classes", "java.type", "import java\n    java.type(\"java.lang.System\").exit(3)"),
                hidden("python", "reflection", "object subclasses (Python introspection only)",
                        PY_HEAD + "    r[\"body\"] = str(len(().__class__.__base__.__subclasses__()))\n"),
                python("reflection", "polyglot eval of another language", "import polyglot\n    polyglot.eval(language=\"js\", string=\"1\")"),
                python("host classes", "__graalpython__ / java module", "import java\n    java.type(\"java.io.File\")(\"MARKER\").createNewFile()"),
                python("store writes outside the lifecycle", "query.sql delete", "await context.query.sql(\"delete from secret\")"),
                hidden("python", "reading records the actor may not see", "query.sql of secret",
                        PY_HEAD + "    rows = await context.query.sql(\"select code, label from secret\")\n    r[\"body\"] = \"seen:\" + str(rows)\n"),
                python("runaway CPU", "while True", "while True:\n        pass"),
                python("memory bombs", "list growth", "l = []\n    while True:\n        l.append(\"x\" * 1000000)"),
                python("deep recursion", "unbounded recursion", "def f(n):\n        return f(n + 1)\n    f(1)"),
                python("huge outputs to the log", "context.log of 1 MB, endlessly", "while True:\n        context.log(\"x\" * 1000000)"));
    }

    static final String LOG_FULL = "too much log output";

    private static final String PY_HEAD = "async def execute(context):\n    r = list(context.new_map.values())[0]\n";

    private static Case lua(String category, String attempt, String script) {
        return new Case("lua", category, attempt, script, Expect.FAILS);
    }

    private static Case stanza(String category, String attempt, String script) {
        return new Case("stanza", category, attempt, script, Expect.FAILS);
    }

    private static Case python(String category, String attempt, String body) {
        return new Case("python", category, attempt, PY_HEAD + "    " + body + "\n", Expect.FAILS);
    }

    private static Case hidden(String language, String category, String attempt, String script) {
        return new Case(language, category, attempt, script, Expect.HIDDEN);
    }
}
