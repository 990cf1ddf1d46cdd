# Which record fields a trigger can reach, found from its syntax tree in the checker's context
# (never run). A trigger whose every use of a record is a constant key -- r['x'], r.get('x'),
# r.pop('x'), r.setdefault('x', v), 'x' in r, del r['x'] -- gets only those fields of each record:
# what it reads is exactly what it would have read from the whole record, and every field it
# cannot name stays in Java untouched. Any other use of a record (passed to a function, iterated,
# printed, compared, aliased, r.keys(), dict(r), **r, ...) or of the maps, and anything that can
# reach objects by name or frame (getattr, eval, globals, f_locals, gc, inspect ...) answers None:
# every field goes, as before. The answer also says whether the trigger can see the maps' keys
# (the record ids): a trigger that only walks new_map.values() cannot.


def _ts_record_fields(ast):
    # ast: the prelude's light stand-in for the ast module (parse, walk, iter_child_nodes and the
    # node classes), which spares the checker's context the import of ast, re and json.
    import _json

    DYNAMIC_NAMES = {"eval", "exec", "globals", "locals", "vars", "getattr", "setattr", "delattr",
                     "__import__", "compile", "breakpoint", "dir", "__builtins__"}
    FRAME_ATTRS = {"f_locals", "f_globals", "f_back", "tb_frame", "gi_frame", "cr_frame", "ag_frame",
                   "__dict__", "__globals__", "__closure__", "__builtins__"}
    REACHING_MODULES = {"inspect", "gc", "ctypes", "builtins"}
    MAPS = {"new_map", "old_map"}
    KEYED_METHODS = {"get", "pop", "setdefault"}

    class Dynamic(Exception):
        """A use the analysis cannot follow: send every field."""

    def bindings(tree):
        """How many times each name is bound anywhere in the module, by any kind of binding."""
        count = {}
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                names = [node.id]
            elif isinstance(node, ast.arg):
                names = [node.arg]
            elif isinstance(node, ast.alias):
                names = [node.asname or node.name.split(".")[0]]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                names = node.names
            else:
                names = [getattr(node, a) for a in ("name", "rest") if isinstance(getattr(node, a, None), str)]
            for name in names:
                count[name] = count.get(name, 0) + 1
        return count

    def constants(tree):
        """Module-level names bound once, to a string: FIELD = 'amount' makes r[FIELD] a constant key."""
        bound = bindings(tree)
        found = {}
        for statement in tree.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                target, value = statement.target, statement.value
            else:
                continue
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str) \
                    and bound.get(target.id) == 1:
                found[target.id] = value.value
        return found

    def parents_of(tree):
        parents = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
        return parents

    class Analysis:
        def __init__(self, tree, context_name):
            self.parents = parents_of(tree)
            self.context = context_name
            self.records = set()  # names bound to a record somewhere
            self.fields = set()
            self.ids = False  # whether the maps' keys can be seen
            self.tree = tree
            self.constants = constants(tree)

        def run(self):
            self.refuse_reaching()
            # two passes: the first finds the names records are bound to, the second every use
            for node in ast.walk(self.tree):
                if isinstance(node, ast.Attribute) and node.attr in MAPS:
                    self.map_use(node)
            if self.context in self.records:
                raise Dynamic()
            for node in ast.walk(self.tree):
                if isinstance(node, ast.Name) and node.id == self.context:
                    self.context_use(node)
                elif isinstance(node, ast.Name) and node.id in self.records and isinstance(node.ctx, ast.Load):
                    self.record_use(node)
            return {"fields": sorted(self.fields), "ids": self.ids}

        def text_key(self, node):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                return node.value
            if isinstance(node, ast.Name) and node.id in self.constants:
                return self.constants[node.id]
            raise Dynamic()

        def refuse_reaching(self):
            # Reflection (dunders: __class__, __subclasses__, __traceback__ ...) or the context's
            # class itself (outside annotations) could reach the maps without naming them.
            annotations = self.annotations()
            for node in ast.walk(self.tree):
                if isinstance(node, ast.Name) and node.id in DYNAMIC_NAMES:
                    raise Dynamic()
                if isinstance(node, ast.Attribute) and (node.attr in FRAME_ATTRS or node.attr.startswith("__")):
                    raise Dynamic()
                name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
                if name == "RecordTriggerContext" and node not in annotations:
                    raise Dynamic()
                if isinstance(node, ast.Import) and any(a.name.split(".")[0] in REACHING_MODULES for a in node.names):
                    raise Dynamic()
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in REACHING_MODULES:
                    raise Dynamic()

        def annotations(self):
            inside = set()
            for node in ast.walk(self.tree):
                roots = []
                if isinstance(node, ast.arg) and node.annotation is not None:
                    roots.append(node.annotation)
                elif isinstance(node, ast.AnnAssign):
                    roots.append(node.annotation)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
                    roots.append(node.returns)
                for root in roots:
                    inside.update(ast.walk(root))
            return inside

        def context_use(self, name):
            if not isinstance(name.ctx, ast.Load):
                raise Dynamic()  # the context rebound: its maps could be anything
            parent = self.parents.get(name)
            if not (isinstance(parent, ast.Attribute) and parent.value is name):
                raise Dynamic()  # the context passed on, compared, stored ...

        def map_use(self, attr):
            """context.new_map / context.old_map: iterated for records or ids, looked up, counted."""
            if not (isinstance(attr.value, ast.Name) and attr.value.id == self.context):
                raise Dynamic()
            parent = self.parents.get(attr)
            if not (isinstance(parent, ast.Attribute) and parent.attr == "values" or self.is_len(parent, attr)):
                self.ids = True
            if isinstance(parent, ast.Attribute) and parent.value is attr:
                self.map_method(parent)
            elif isinstance(parent, ast.Subscript) and parent.value is attr:
                self.record_expression(parent)
            elif isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is attr:
                pass  # ids
            elif isinstance(parent, ast.Compare) and attr in parent.comparators and len(parent.ops) == 1 \
                    and isinstance(parent.ops[0], (ast.In, ast.NotIn)):
                pass  # id in context.new_map
            elif self.is_len(parent, attr):
                pass
            else:
                raise Dynamic()

        def is_len(self, parent, attr):
            return isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "len" \
                and parent.args == [attr] and not parent.keywords

        def map_method(self, method):
            call = self.parents.get(method)
            if not (isinstance(call, ast.Call) and call.func is method and not call.keywords
                    and not any(isinstance(a, ast.Starred) for a in call.args)):
                raise Dynamic()
            if method.attr == "keys" and not call.args:
                return
            if method.attr == "get" and 1 <= len(call.args) <= 2:
                self.record_expression(call)
                return
            loop = self.parents.get(call)
            if not (isinstance(loop, (ast.For, ast.comprehension)) and loop.iter is call and not call.args):
                raise Dynamic()
            if method.attr == "values" and isinstance(loop.target, ast.Name):
                self.records.add(loop.target.id)
            elif method.attr == "items" and isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2 \
                    and all(isinstance(e, ast.Name) for e in loop.target.elts):
                self.records.add(loop.target.elts[1].id)
            else:
                raise Dynamic()

        def record_expression(self, node):
            """context.new_map[i] or context.new_map.get(i[, default]): a record (or the default)."""
            parent = self.parents.get(node)
            if isinstance(parent, ast.Assign) and parent.value is node and len(parent.targets) == 1 \
                    and isinstance(parent.targets[0], ast.Name):
                self.records.add(parent.targets[0].id)
            else:
                self.record_use(node)
            if isinstance(node, ast.Call) and len(node.args) == 2:
                self.default_use(node.args[1])

        def default_use(self, default):
            # context.new_map.get(i, {}) may answer the default instead of a record: a literal
            # default is as harmless as a record; anything else could be aliased
            if not (isinstance(default, ast.Constant) or (isinstance(default, ast.Dict) and not default.keys)):
                raise Dynamic()

        def record_use(self, node):
            """Where a record is used: only constant keys are allowed."""
            parent = self.parents.get(node)
            if isinstance(parent, ast.Subscript) and parent.value is node:
                self.fields.add(self.text_key(parent.slice))
            elif isinstance(parent, ast.Attribute) and parent.value is node and parent.attr in KEYED_METHODS:
                call = self.parents.get(parent)
                if not (isinstance(call, ast.Call) and call.func is parent and call.args and not call.keywords
                        and not isinstance(call.args[0], ast.Starred)):
                    raise Dynamic()
                self.fields.add(self.text_key(call.args[0]))
            elif isinstance(parent, ast.Compare) and len(parent.ops) == 1:
                self.compared(parent, node)
            else:
                raise Dynamic()

        def compared(self, compare, node):
            op = compare.ops[0]
            if isinstance(op, (ast.In, ast.NotIn)) and compare.comparators[0] is node:
                self.fields.add(self.text_key(compare.left))
            elif isinstance(op, (ast.Is, ast.IsNot)) and compare.left is node \
                    and isinstance(compare.comparators[0], ast.Constant) and compare.comparators[0].value is None:
                pass
            else:
                raise Dynamic()

    def context_name(tree):
        found = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == "execute"]
        if not found:
            return None
        params = found[-1].args.posonlyargs + found[-1].args.args
        return params[0].arg if params else None

    def record_fields(text, path):
        try:
            tree = ast.parse(text, path)
            name = context_name(tree)
            if name is None:
                return "null"
            found = Analysis(tree, name).run()
            fields = ", ".join(_json.encode_basestring_ascii(f) for f in found["fields"])
            return f'{{"fields": [{fields}], "ids": {"true" if found["ids"] else "false"}}}'
        except Exception:  # Dynamic, a syntax error, a tree too deep ...: every field goes, always safe
            return "null"

    return record_fields


_ts_record_fields
