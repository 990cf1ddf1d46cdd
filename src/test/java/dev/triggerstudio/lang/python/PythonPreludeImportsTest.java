package dev.triggerstudio.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The prelude and the checks stay off the standard modules whose import costs a new context
 * seconds (json and ast import re, whose regex engine starts with them; docs/performance.md):
 * booting, checking a file and finding its record fields leave none of them loaded.
 */
class PythonPreludeImportsTest {

    @Test
    void bootingCheckingAndFindingRecordFieldsImportNeitherJsonNorAstNorRe() {
        Engine engine = PythonEngine.start().join();
        try (Context context = PythonEngine.newContext(engine, OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            Value driver = PythonEngine.boot(context, null);
            String trigger = "import os\nasync def execute(context):\n    for r in context.new_map.values():\n        r['x'] = r.get('y')\n";
            String diagnostics = driver.invokeMember("check", trigger, Py.PATH).asString();
            Value recordFields = context.eval(PythonEngine.source("record_fields.py", "<record-fields>")).execute(driver.getMember("ast"));
            String fields = recordFields.execute(trigger, Py.PATH).asString();

            assertThat(diagnostics).isEqualTo("[]");
            assertThat(fields).isEqualTo("{\"fields\": [\"x\", \"y\"], \"ids\": false}");
            assertThat(context.eval("python", "import sys\n[m for m in ('json', 'ast', 're', 'enum') if m in sys.modules]")
                    .toString()).isEqualTo("[]");
        }
    }

    @Test
    void theLightAstWalksInTheSameOrderAsTheAstModule() {
        Engine engine = PythonEngine.start().join();
        try (Context context = PythonEngine.newContext(engine, OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            Value light = PythonEngine.boot(context, null).getMember("ast");
            String text = "async def execute(context):\n    for r in context.new_map.values():\n        r['a'] = [1, (2, r.get('b'))]\n";
            Value names = context.eval("python", "lambda light, text: ("
                    + "[type(n).__name__ for n in light.walk(light.parse(text, 'p'))],"
                    + "[type(n).__name__ for n in __import__('ast').walk(__import__('ast').parse(text, 'p'))])");
            Value both = names.execute(light, text);

            assertThat(both.getArrayElement(0).toString()).isEqualTo(both.getArrayElement(1).toString());
            assertThat(both.getArrayElement(0).getArraySize()).isGreaterThan(20);
        }
    }
}
