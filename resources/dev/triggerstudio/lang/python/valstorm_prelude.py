# Trigger Studio's Valstorm platform, evaluated once in every GraalPy context before a trigger.
# Everything lives inside _ts_boot so the trigger's own module (a fresh module, not __main__)
# sees only what it imports: valstorm, valstorm.trigger_context and fastapi.
# Host calls go through one exported Java method taking and returning JSON, so records are real
# Python dicts and lists, never foreign objects.


def _ts_boot(bridge):
    # Only what every run needs is imported here: each import costs every new context time.
    # datetime, decimal and traceback are looked up when a value or an error needs them. JSON
    # goes through the built-in _json, never the json module: json imports re, whose regex
    # engine costs a new context more CPU than the rest of the prelude (docs/performance.md).
    import _json
    import sys
    import types
    from marshal import loads
    from _codecs import latin_1_encode  # str.encode("latin-1") without the codec lookup

    class HTTPException(Exception):
        """Raise it to block the transaction; its detail is the message the user sees."""

        def __init__(self, status_code, detail=None, headers=None):
            super().__init__(status_code, detail)
            self.status_code = status_code
            self.detail = detail
            self.headers = headers

        def __str__(self):
            return f"{self.status_code}: {self.detail}"

    class PlatformError(Exception):
        """A platform call was refused (a nested operation rejected) or broke (a limit, a mock)."""

        def __init__(self, kind, message, ref):
            super().__init__(message)
            self.kind = kind
            self.message = message
            self.ref = ref

    def to_json(value):
        # json.dumps(value, default=_plain, allow_nan=True): what JSONEncoder.encode does, calling
        # the accelerated encoder directly, as its Python-level set-up costs the interpreter
        # ~25 µs a call, once per chunk. A fresh markers dict keeps the check for circular references.
        if isinstance(value, str):
            return encode_ascii(value)
        return "".join(make_encoder({}, _plain, encode_ascii, None, ": ", ", ", False, False, True)(value, 0))

    class _Decoding:
        # what json.loads hands the accelerated scanner: its defaults
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}.__getitem__
        memo = {}

    def from_json(text):
        # json.loads for the host's replies, which are one JSON value with nothing around it
        return scan_json(text, 0)[0]

    def _plain(o):
        if isinstance(o, (set, frozenset)):
            return list(o)
        # A date or a Decimal can only exist once its module was imported by the trigger.
        datetime = sys.modules.get("datetime")
        if datetime is not None and isinstance(o, datetime.datetime):
            if o.tzinfo is not None:
                return o.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat() + "Z"
            return o.isoformat()
        if datetime is not None and isinstance(o, (datetime.date, datetime.time)):
            return o.isoformat()
        decimal = sys.modules.get("decimal")
        if decimal is not None and isinstance(o, decimal.Decimal):
            return float(o)
        if hasattr(o, "keys") and hasattr(o, "__getitem__"):
            return {k: o[k] for k in o.keys()}
        raise TypeError(f"a {type(o).__name__} value cannot leave the trigger; "
                        "use str, int, float, bool, None, dict or list")

    make_encoder, encode_ascii = _json.make_encoder, _json.encode_basestring_ascii
    scan_json = _json.make_scanner(_Decoding())

    def call(op, *args):
        reply = from_json(bridge.call(op, to_json(list(args))))
        error = reply.get("error")
        if error is not None:
            raise PlatformError(error["kind"], error["message"], error["ref"])
        return reply.get("value")

    def one_or_many(input_data, what):
        if isinstance(input_data, dict):
            return [input_data], True
        if isinstance(input_data, (list, tuple)):
            return list(input_data), False
        raise TypeError(f"{what} takes one record dict or a list of them, not {type(input_data).__name__}")

    def shaped(saved, single):
        return saved[0] if single and saved else saved

    class Records:
        async def create(self, api_name, input_data):
            rows, single = one_or_many(input_data, "records.create")
            return shaped(call("create", api_name, rows), single)

        async def update(self, api_name, input_data):
            rows, single = one_or_many(input_data, "records.update")
            for row in rows:
                if not row.get("id"):
                    raise ValueError("records.update needs an 'id' in every record")
            return shaped(call("update", api_name, rows), single)

        async def delete(self, api_name, input_data):
            single = not isinstance(input_data, (list, tuple))
            items = [input_data] if single else list(input_data)
            ids = [item.get("id") if isinstance(item, dict) else item for item in items]
            if any(not isinstance(i, str) or not i for i in ids):
                raise ValueError("records.delete takes ids or records with an 'id'")
            return shaped(call("delete", api_name, ids), single)

    class Query:
        async def sql(self, query, bypass_cache=True):
            return call("sql", query, bool(bypass_cache))

    class Metadata:
        async def get_config(self, api_name):
            return call("config", api_name)

    class Notifications:
        async def notify(self, notifications):
            batch = [notifications] if isinstance(notifications, dict) else list(notifications)
            return call("notify", [_plain_notification(n) for n in batch])

        async def mark_read(self, data=None):
            filters = [] if data is None else ([data] if isinstance(data, dict) else list(data))
            return call("mark_read", filters)

    def _plain_notification(n):
        # SendNotificationSetting objects of Valstorm's SDK are accepted if they look like dicts
        # or carry their settings as attributes.
        if isinstance(n, dict):
            return n
        return {k: v for k, v in vars(n).items() if not k.startswith("_")}

    class Communications:
        def __init__(self):
            self.notifications = Notifications()

    class Integration:
        """Any method name is passed to the mocks, so Workspace helpers beyond the seed work too."""

        def __init__(self, service):
            self._service = service

        def __getattr__(self, method):
            if method.startswith("_"):
                raise AttributeError(method)
            service = self._service

            async def invoke(*args, **kwargs):
                return call("integration", service, method, list(args) + ([kwargs] if kwargs else []))

            invoke.__name__ = method
            return invoke

    class Integrations:
        def __init__(self):
            self.salesforce = Integration("salesforce")
            self.google = Integration("google")

    class Tasks:
        async def run_function(self, name, kwargs=None):
            return call("run_function", name, kwargs or {})

        async def run_workflow(self, workflow_id, data=None):
            return call("run_workflow", workflow_id, data)

    class Utils:
        def phone_formatter(self, phone):
            return None if phone is None else call("phone", str(phone))

        async def html_to_md(self, html):
            return "" if html is None else call("html_to_md", str(html))

        def get_phone_fields(self, schema):
            if isinstance(schema, str):
                return call("phone_fields", schema)
            fields = (schema or {}).get("fields") or []
            if isinstance(fields, dict):
                fields = [dict(f, name=k) if isinstance(f, dict) else {"name": k, "type": f}
                          for k, f in fields.items()]
            return [f.get("name") for f in fields
                    if isinstance(f, dict) and str(f.get("type", "")).lower() == "phone"]

    class User(dict):
        """The acting user as a dict that also reads by attribute (context.user.id)."""

        def __getattr__(self, name):
            try:
                return self[name]
            except KeyError:
                raise AttributeError(name) from None

    LEVELS = {"info": "info", "warning": "warning", "warn": "warning", "error": "error",
              "debug": "info", "critical": "error"}

    class OnFirstUse:
        """A namespace made the first time a trigger reads it, then kept on its context like a
        plain attribute: most triggers use none of them, and every object built per chunk costs
        the interpreter time."""

        def __init__(self, make):
            self.make = make

        def __set_name__(self, owner, name):
            self.name = name

        def __get__(self, context, owner=None):
            if context is None:
                return self
            value = context.__dict__[self.name] = self.make()
            return value

    class RecordTriggerContext:
        records = OnFirstUse(Records)
        query = OnFirstUse(Query)
        metadata = OnFirstUse(Metadata)
        communications = OnFirstUse(Communications)
        integrations = OnFirstUse(Integrations)
        tasks = OnFirstUse(Tasks)
        utils = OnFirstUse(Utils)

        def __init__(self, user, new_map, old_map, trigger_context):
            self.user = User(user or {})
            self.new_map = new_map
            self.old_map = old_map
            self.trigger_context = trigger_context

        def log(self, msg, level="info"):
            call("log", LEVELS.get(str(level).lower(), "info"), str(msg))

    def install_modules():
        valstorm = types.ModuleType("valstorm")
        trigger_context = types.ModuleType("valstorm.trigger_context")
        trigger_context.RecordTriggerContext = RecordTriggerContext
        valstorm.trigger_context = trigger_context
        valstorm.RecordTriggerContext = RecordTriggerContext
        valstorm.HTTPException = HTTPException
        valstorm.PlatformError = PlatformError
        fastapi = types.ModuleType("fastapi")
        fastapi.HTTPException = HTTPException
        exceptions = types.ModuleType("fastapi.exceptions")
        exceptions.HTTPException = HTTPException
        fastapi.exceptions = exceptions
        for module in (valstorm, trigger_context, fastapi, exceptions):
            sys.modules[module.__name__] = module

    class Driver:
        """What Java calls: load a trigger's module once, run it once per chunk, unload it."""

        def __init__(self):
            self.modules = {}
            self.lines = {}  # path -> [line of the statement started last]
            self.compiled = {}  # (path, text) -> code object
            self.ast = ast  # for record_fields.py, evaluated in the checker's context after this


        def load(self, key, path, text):
            module = types.ModuleType("trigger")
            module.__file__ = path
            # The seed's examples annotate with RecordTriggerContext without importing it, so
            # Valstorm must provide it (and HTTPException) to every trigger module.
            module.RecordTriggerContext = RecordTriggerContext
            module.HTTPException = HTTPException
            self.lines[path] = line = [0]
            setattr(module, WHERE, line)
            try:
                exec(self.code_of(path, text), module.__dict__)
            except BaseException as e:  # the trigger's own top level broke
                return self.outcome(e, path)
            if not callable(module.__dict__.get("execute")):
                return to_json({"status": "failed", "line": 1,
                                "message": "the trigger defines no execute(context) function"})
            self.modules[key] = module
            return to_json({"status": "ok"})

        def code_of(self, path, text):
            # Every test and simulation loads its triggers' modules afresh, mostly from the same
            # text: marking and compiling it again in the interpreter cost `test` of a Python
            # project about a tenth of its time. A code object is immutable, so reusing it is safe.
            code = self.compiled.get((path, text))
            if code is None:
                if len(self.compiled) >= 256:
                    self.compiled.clear()
                code = self.compiled[(path, text)] = compile(marked(text, path), path, "exec", dont_inherit=True)
            return code

        def unload(self, key):
            self.modules.pop(key, None)

        def stopped_at(self, path):
            """The line of the statement the trigger file started last, read after the watchdog
            stopped it (0 when it started none)."""
            line = self.lines.get(path)
            return line[0] if line else 0

        def run(self, key, payload, traced=False):
            # Java sends [user, trigger_context, new_map, old_map, listed] ready-made in marshal's format
            # (one char per byte; see PyMarshal.java), which reads into real dicts and lists at
            # half the cost of json.loads, and compares what comes back itself: in the
            # interpreter every dict built or compared here costs more than in Java.
            # A trigger that cannot change new_map's entries (listed; see ChunkCodec.java) answers
            # with its records alone, in the order they came.
            module = self.modules[key]
            user, trigger_context, new_map, old_map, listed = loads(latin_1_encode(payload)[0])
            context = RecordTriggerContext(user, new_map, old_map, trigger_context)
            tracer = LineTracer(module.__file__, new_map, context) if traced else None
            outer = _gettrace()
            self.lines[module.__file__][0] = 0
            try:
                if tracer is not None:
                    _settrace(tracer.trace)
                self.drive(module.execute(context))
            except BaseException as e:
                return self.outcome(e, module.__file__)
            finally:
                if tracer is not None:
                    _settrace(outer)  # a nested trigger's run gives the line hook back to its caller
                    tracer.finish()
            return to_json({"status": "ok", "new_map": list(new_map.values()) if listed else new_map})

        def drive(self, result):
            # No event loop: every platform call completes at once. A bare yield (asyncio.sleep(0))
            # is resumed; anything else awaited (a future, a real sleep) could never finish here.
            if not hasattr(result, "send"):
                return result
            try:
                while True:
                    if result.send(None) is not None:
                        # thrown in at the await, so the traceback points at the user's line
                        result.throw(RuntimeError("execute awaited something that is not a platform call; "
                                                  "asyncio event loops are not available in triggers"))
            except StopIteration as done:
                return done.value

        def check(self, text, path):
            """Syntax and shape of a trigger file; compile() and ast.parse never run its code."""
            try:
                compile(text, path, "exec", dont_inherit=True)
                tree = ast.parse(text, path)
            except SyntaxError as e:
                line, column = where_missing(text, e)
                return to_json([diagnostic("error", line, column, e.msg)])
            return to_json(shape_of(tree) + unavailable_imports(tree))

        def line_of(self, e, path):
            import traceback
            frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == path]
            if frames:
                return frames[-1].lineno
            if isinstance(e, SyntaxError):
                return e.lineno or 0
            return 0

        def outcome(self, e, path):
            line = self.line_of(e, path)
            if isinstance(e, HTTPException):
                detail = e.detail if isinstance(e.detail, str) else to_json(e.detail)
                return to_json({"status": "rejected", "line": line, "message": detail,
                                "status_code": e.status_code})
            if isinstance(e, PlatformError) and e.ref >= 0:
                return to_json({"status": "platform", "line": line, "ref": e.ref, "message": e.message})
            import traceback
            lines = [l for l in traceback.format_exception(e) if path in l or not l.startswith("  File")]
            name, text = type(e).__name__, str(e)
            if name == "ForeignException" and "StackOverflowError" in text:
                # the recursion ran out of stack inside a host call (with --lines, the line
                # recorder's) rather than in the interpreter: the same mistake, said the same way
                name, text = "RecursionError", "maximum recursion depth exceeded"
            return to_json({"status": "failed", "line": line,
                            "message": f"{name}: {text}", "traceback": "".join(lines)})

    def light_ast():
        """The parts of the ast module the checks use, on the built-in _ast: importing ast itself
        (and the re, enum and contextlib it imports) costs a new context about a second of CPU."""
        import _ast

        def iter_child_nodes(node):
            for name in node._fields:
                field = getattr(node, name, None)
                if isinstance(field, _ast.AST):
                    yield field
                elif isinstance(field, list):
                    yield from (item for item in field if isinstance(item, _ast.AST))

        def walk(node):
            # breadth first, like ast.walk: the list grows while it is read
            todo = [node]
            for node in todo:
                todo.extend(iter_child_nodes(node))
                yield node

        def parse(text, path):
            return compile(text, path, "exec", _ast.PyCF_ONLY_AST)

        names = {k: v for k, v in vars(_ast).items() if not k.startswith("_")}
        return types.SimpleNamespace(**names, parse=parse, walk=walk, iter_child_nodes=iter_child_nodes)

    ast = light_ast()

    # Where a stopped trigger was. A trigger stopped at its timeout is interrupted from outside,
    # and GraalPy's interrupt names only the function it was in (docs/reliability.md lists what
    # else was tried). So every statement of a trigger first stores its line in one shared list:
    # a global lookup and a store, a small fraction of what the statement itself costs, and
    # unlike a line hook it needs no call per line. Each file has its own list, so a nested
    # trigger's lines never stand for its caller's; it is reset before each run.
    WHERE = "__studio_line__"

    def marked(text, path):
        tree = ast.parse(text, path)
        for node in ast.walk(tree):
            for field in ("body", "orelse", "finalbody"):
                statements = getattr(node, field, None)
                if isinstance(statements, list) and statements and isinstance(statements[0], ast.stmt):
                    setattr(node, field, with_markers(statements, keep_first(node, statements, field)))
        return tree

    def keep_first(node, statements, field):
        """How many leading statements must stay first: a docstring, and __future__ imports."""
        if field != "body" or not isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return 0
        n = 0
        while n < len(statements):
            s = statements[n]
            docstring = n == 0 and isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) \
                and isinstance(s.value.value, str)
            future = isinstance(s, ast.ImportFrom) and s.module == "__future__"
            if not (docstring or future):
                break
            n += 1
        return n

    def with_markers(statements, kept):
        out = statements[:kept]
        for s in statements[kept:]:
            out.append(marker(s))
            out.append(s)
        return out

    def marker(s):
        # a decorated def runs its decorators first, on their own lines
        line = min([s.lineno] + [d.lineno for d in getattr(s, "decorator_list", ())])
        at = {"lineno": line, "col_offset": s.col_offset, "end_lineno": line, "end_col_offset": s.col_offset}
        target = ast.Subscript(value=ast.Name(id=WHERE, ctx=ast.Load(), **at),
                               slice=ast.Constant(value=0, **at), ctx=ast.Store(), **at)
        return ast.Assign(targets=[target], value=ast.Constant(value=line, **at), **at)

    def where_missing(text, e):
        """GraalPy reports a missing ':' or ')' at the next token, often on the next line; point
        at the end of the line that lacks it, as CPython does."""
        line, column = e.lineno or 1, e.offset or 1
        lines = text.splitlines()
        if not str(e.msg).startswith("expected ") or not 1 < line <= len(lines):
            return line, column
        if lines[line - 1][:column - 1].strip():
            return line, column
        previous = line - 1
        while previous > 1 and not lines[previous - 1].strip():
            previous -= 1
        return previous, len(lines[previous - 1].rstrip()) + 1

    def diagnostic(severity, line, column, message):
        return {"severity": severity, "line": line, "column": max(column, 1), "message": message}

    def shape_of(tree):
        found = [n for n in tree.body
                 if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == "execute"]
        if not found:
            return [diagnostic("error", 1, 1, "the trigger defines no execute function; "
                                              "add 'async def execute(context):' at the top level")]
        fn = found[-1]
        shape = []
        if isinstance(fn, ast.FunctionDef):
            shape.append(diagnostic("warning", fn.lineno, fn.col_offset + 1,
                                    "execute should be 'async def' so it can await context calls"))
        params = fn.args.posonlyargs + fn.args.args
        if not params and fn.args.vararg is None:
            shape.append(diagnostic("error", fn.lineno, fn.col_offset + 1,
                                    "execute must take one argument, the context: execute(context)"))
        return shape

    SANDBOXED = {"socket", "subprocess", "threading", "multiprocessing", "asyncio", "ctypes",
                 "requests", "httpx", "urllib", "http", "concurrent", "shutil"}

    def unavailable_imports(tree):
        found = []
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in SANDBOXED:
                    found.append(diagnostic("warning", node.lineno, node.col_offset + 1,
                                            f"'{name}' is not usable in the trigger sandbox "
                                            "(no network, processes, threads or files); "
                                            "use the context namespaces instead"))
        return found

    def refuse(what):
        def refused(*args, **kwargs):
            raise PermissionError(f"{what} is not available in the trigger sandbox")
        return refused

    def fence_sandbox():
        # GraalVM's sandbox refuses these anyway, but with an error Python cannot catch and that
        # carries no line; refusing them here first gives the user a PermissionError at the line.
        import os
        import posix
        import _thread
        import _socket
        for name in ("system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp", "kill",
                     "execv", "execve", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
                     "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe"):
            for module in (os, posix):
                if hasattr(module, name):
                    setattr(module, name, refuse(f"os.{name} (processes)"))
        for module in (os, posix):
            # GraalVM would end the run with an internal error naming no line; this names the line
            module._exit = refuse("os._exit (ending the simulator's process; return from execute instead, or raise"
                                  " an exception to fail the operation)")
            if hasattr(module, "abort"):
                module.abort = refuse("os.abort (ending the simulator's process)")
        _thread.start_new_thread = _thread.start_new = refuse("starting a thread")
        threading = sys.modules.get("threading")
        if threading is not None:
            threading._start_new_thread = _thread.start_new_thread

        class socket(_socket.socket):
            __slots__ = ()

            def __init__(self, *args, **kwargs):
                raise PermissionError("sockets (network access) are not available in the trigger sandbox")

        _socket.socket = _socket.SocketType = socket

    # The line recording (--lines): the driver installs its tracer with the real settrace, kept
    # here; the sandbox's sys.settrace refuses, so a trigger cannot switch the recording off or
    # install a tracer of its own (threading.settrace goes through sys.settrace too).
    _settrace = sys.settrace
    _gettrace = sys.gettrace

    def _refused_settrace(function):
        raise PermissionError("sys.settrace is not available in the trigger sandbox "
                              "(Trigger Studio records the lines itself with --lines)")

    sys.settrace = _refused_settrace

    def local_value(v, depth=0):
        if v is None or isinstance(v, (bool, int, float)):
            return v
        if isinstance(v, str):
            return v if len(v) <= 200 else v[:200] + "\u2026"
        if isinstance(v, RecordTriggerContext):
            return {"user": local_value(dict(v.user), depth + 1),
                    "trigger_context": sorted(str(t) for t in v.trigger_context),
                    "new_map": f"{len(v.new_map)} records", "old_map": f"{len(v.old_map)} records"}
        if depth >= 4:
            return "\u2026"
        if isinstance(v, dict):
            out = {}
            for n, (k, item) in enumerate(v.items()):
                if n == 50:
                    out["\u2026"] = f"{len(v) - 50} more"
                    break
                out[str(k)] = local_value(item, depth + 1)
            return out
        if isinstance(v, (list, tuple, set, frozenset)):
            items = list(v)
            out = [local_value(item, depth + 1) for item in items[:50]]
            if len(items) > 50:
                out.append(f"\u2026 {len(items) - 50} more")
            return out
        if isinstance(v, types.ModuleType):
            return f"<module {v.__name__}>"
        if isinstance(v, type):
            return f"<class {v.__name__}>"
        if callable(v):
            return f"<function {getattr(v, '__name__', '')}>"
        text = _plain_text(v)
        return text if text is not None else f"<{type(v).__name__}>"

    def _plain_text(v):
        try:
            plain = _plain(v)
        except Exception:
            return None
        return plain if isinstance(plain, (str, int, float)) else None

    def line_json(value):
        # one encoder for every line event (making one costs the interpreter more than using it);
        # no circular-reference markers: local_value's output is a tree
        return "".join(_line_encoder(value, 0))

    _line_encoder = make_encoder(None, _plain, encode_ascii, None, ": ", ", ", False, False, True)

    def _record_plain(o):
        # _plain without its dict-like case, which local_value shows as a type name
        if hasattr(o, "keys") and hasattr(o, "__getitem__"):
            raise TypeError(type(o).__name__)
        return _plain(o)

    def record_json(r):
        """A record of new_map as (JSON, shortened): as it is, for the host to shorten as
        local_value would (HostBridge.line), because walking a record's fields in the interpreter
        cost more than all the rest of a line event; or, when the encoder cannot take it (a value
        of no JSON type, a record inside itself), through local_value here."""
        try:
            encode = make_encoder({}, _record_plain, encode_ascii, None, ": ", ", ", False, False, True)
            return "".join(encode(r, 0)), False
        except Exception:
            return line_json(local_value(r)), True

    class LineTracer:
        """Reports each line of the trigger's own file to the host, with its locals, and the line
        that last wrote each field of new_map's records (found by comparing the records a frame
        holds with their last known state at each line).

        GraalPy runs this without a JIT, so every Python-level step of a line event costs more than
        a builtin doing the same: only frames of the trigger's file get a line hook; a record is
        compared with its last state as a whole (dict ==), field by field only once that found a
        change; a record keeps its JSON until it changes and goes to the host unshortened; the
        context's summary is made once, again only if its user, maps or trigger_context change."""

        def __init__(self, path, new_map, context):
            self.path = path
            values = list(new_map.values())
            if set(map(type, values)) <= {dict}:  # as the driver reads them: no loop of our own
                indices = range(len(values))
            else:
                indices = [i for i, r in enumerate(values) if isinstance(r, dict)]
                values = [values[i] for i in indices]
            ids = list(map(id, values))
            self.values = values
            self.records = dict(zip(ids, zip(indices, values)))  # id -> (index in new_map, record)
            self.shadow = dict(zip(ids, map(dict, values)))  # id -> its fields when last compared
            if len(self.records) < len(values):  # one dict twice in new_map: finish pairs values with shadow
                self.values = [r for _, r in self.records.values()]
            self.shown = {}  # id -> record_json of the record, until it changes
            self.context = context
            self.context_key = None
            self.context_text = None
            self.last = 0

        def trace(self, frame, event, arg):
            # the hook sys.settrace calls for each new frame ('call'): only the trigger's own
            # frames get the line hook, so platform code and imported modules cost nothing per line
            return self.line if frame.f_code.co_filename == self.path else None

        def line(self, frame, event, arg):
            # one method, no calls of our own on the common path: a call costs the interpreter
            # more than the few steps each would save
            if event == "line":
                shortened, whole = [], []
                records, shadow, shown, last, context = self.records, self.shadow, self.shown, self.last, self.context
                for k, v in frame.f_locals.items():
                    entry = records.get(id(v))
                    if entry is not None and entry[1] is v:
                        if last and shadow[id(v)] != v:
                            self.compare(entry[0], v)
                        text = shown.get(id(v))
                        if text is None:
                            text = shown[id(v)] = record_json(v)
                        if text[1]:
                            shortened.append(encode_ascii(str(k)) + ": " + text[0])
                        else:
                            whole.append(encode_ascii(str(k)) + ": " + text[0])
                        continue
                    if v is context:
                        try:
                            same = (v.user, len(v.new_map), len(v.old_map), v.trigger_context) == self.context_key
                        except Exception:
                            same = False
                        text = self.context_text if same else self.context_json()
                    else:
                        text = line_json(local_value(v))
                    shortened.append(encode_ascii(str(k)) + ": " + text)
                bridge.line(frame.f_lineno, "{" + ", ".join(shortened) + "}", "{" + ", ".join(whole) + "}")
                self.last = frame.f_lineno
            return self.line

        def context_json(self):
            # what the summary shows, as line compares it: copies, as the script may change them in place
            c = self.context
            try:
                self.context_key = (dict(c.user), len(c.new_map), len(c.old_map), frozenset(c.trigger_context))
            except Exception:  # the script replaced a part of its context: no summary to keep
                self.context_key = None
            self.context_text = line_json(local_value(c))
            return self.context_text

        def compare(self, i, r):
            """r changed since it was last compared: each field it wrote goes to the last line."""
            old = self.shadow[id(r)]
            try:
                written = r.items() - old.items()  # one builtin instead of a loop over the fields
            except TypeError:  # a value that cannot be hashed (a list, a dict): field by field
                written = [(k, v) for k, v in r.items() if k not in old or old[k] is not v and old[k] != v]
            for k, _ in written:
                bridge.wrote(i, k, self.last)
            self.shadow[id(r)] = dict(r)
            self.shown.pop(id(r), None)

        def finish(self):
            if self.last:
                from itertools import compress
                # the records changed since their last line, picked by builtins: most were compared already
                for i, r in compress(self.records.values(), map(dict.__ne__, self.values, self.shadow.values())):
                    self.compare(i, r)
            call("end")

    install_modules()
    fence_sandbox()
    return Driver()


_ts_boot
