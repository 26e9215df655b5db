// The sandbox host: a child process that runs candidates' code inside WebAssembly
// interpreters — QuickJS for JavaScript (and TypeScript, transpiled by the parent) and
// Pyodide (CPython) for Python. It is started by pool.server.ts with Node's permission
// model (read access to the interpreters' files only; no writes, no child processes, no
// workers, no native addons), with code generation from strings disabled, and a heap cap.
// Inside it, the guest code sees no host objects: QuickJS gets none, Pyodide's `js` module
// is an empty object and its JavaScript modules are unregistered; no fetch, no sockets.
// WebAssembly memories cannot grow past the limit (a failed grow is an out-of-memory error
// in the guest). The parent kills this process when a test overruns its time.
//
// Plain JavaScript (not TypeScript) so it runs under `node` without a loader.
import { constants as fsConstants } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";

const language = process.argv[2];
const memoryLimitBytes = Number(process.argv[3] ?? 256) * 1024 * 1024;

// ---------- the host's own guard rails ----------

// Pyodide's file-system layer asks process.binding for flag constants once at start; the
// permission model forbids process.binding, so answer that one question and nothing else.
process.binding = (name) => {
  if (name === "constants") return { fs: fsConstants };
  throw new Error("process.binding is not available in the sandbox");
};
const refuse = () => {
  throw new Error("network access is not available in the sandbox");
};
net.Socket.prototype.connect = refuse;
net.connect = refuse;
net.createConnection = refuse;
for (const name of ["fetch", "WebSocket", "EventSource", "XMLHttpRequest"]) delete globalThis[name];

const originalGrow = WebAssembly.Memory.prototype.grow;
WebAssembly.Memory.prototype.grow = function grow(pages) {
  if (this.buffer.byteLength + pages * 65536 > memoryLimitBytes) throw new RangeError("memory limit reached");
  return originalGrow.call(this, pages);
};

const send = (message) => process.send?.(message);

// Limits and reported times are CPU time of this process, so a busy machine does not make a
// good solution look slow (wall time is only the parent's backstop).
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const MAX_OUTPUT_CHARS = 5_000_000;
const clip = (text) => (text.length > MAX_OUTPUT_CHARS ? `${text.slice(0, MAX_OUTPUT_CHARS)}…` : text);

// ---------- guest preludes ----------

const JS_PRELUDE = String.raw`
class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; } }
const console = { log() {}, error() {}, warn() {}, info() {}, debug() {} };
`;

const JS_RUNNER = String.raw`
(() => {
  const toList = (values) => { let head = null; for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head); return head; };
  const fromList = (head) => { const out = []; while (head && out.length < 1000000) { out.push(head.val); head = head.next; } return out; };
  const toTree = (values) => {
    if (values.length === 0 || values[0] === null) return null;
    const root = new TreeNode(values[0]);
    const queue = [root];
    let i = 1;
    for (let head = 0; head < queue.length && i < values.length; head++) {
      const node = queue[head];
      if (i < values.length && values[i] !== null) { node.left = new TreeNode(values[i]); queue.push(node.left); }
      i++;
      if (i < values.length && values[i] !== null) { node.right = new TreeNode(values[i]); queue.push(node.right); }
      i++;
    }
    return root;
  };
  const into = { json: (v) => v, list: toList, tree: toTree };
  const out = { json: (v) => v, list: fromList, tree: (v) => v };
  let prepared = null;
  let result;
  globalThis.__prepare = (json, spec) => {
    const args = JSON.parse(json);
    prepared = spec.form === "class" ? args : args.map((value, i) => into[spec.params[i]](value));
  };
  globalThis.__call = (spec) => {
    const entry = globalThis.__entry;
    if (typeof entry !== "function") throw new Error(spec.form === "class" ? "class " + spec.entry + " is not defined" : "function " + spec.entry + " is not defined");
    if (spec.form === "class") {
      const [constructorArgs, calls] = prepared;
      const instance = new entry(...constructorArgs);
      result = calls.map(([method, ...args]) => {
        if (typeof instance[method] !== "function") throw new Error("method " + method + " is not defined");
        const value = instance[method](...args);
        return value === undefined ? null : value;
      });
    } else {
      result = entry(...prepared);
    }
  };
  globalThis.__output = (spec) => {
    const value = spec.form === "class" ? result : out[spec.returns](result === undefined ? null : result);
    return JSON.stringify(value === undefined ? null : value);
  };
})();
`;

const PY_PRELUDE = String.raw`
import json as __json
import sys as __sys
__sys.setrecursionlimit(5000)
from typing import List, Optional, Dict, Tuple, Set

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

def __to_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head

def __from_list(head):
    out = []
    while head is not None and len(out) < 1000000:
        out.append(head.val)
        head = head.next
    return out

def __to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = [root]
    i = 1
    head = 0
    while head < len(queue) and i < len(values):
        node = queue[head]
        head += 1
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root

__INTO = {"json": lambda v: v, "list": __to_list, "tree": __to_tree}
__OUT = {"json": lambda v: v, "list": __from_list, "tree": lambda v: v}
__prepared = None
__result = None
`;

const PY_RUNNER = String.raw`
def __prepare(args_json, spec_json):
    global __prepared
    spec = __json.loads(spec_json)
    args = __json.loads(args_json)
    __prepared = args if spec["form"] == "class" else [__INTO[shape](value) for shape, value in zip(spec["params"], args)]

def __call(spec_json):
    global __result
    spec = __json.loads(spec_json)
    entry = globals().get(spec["entry"])
    if entry is None:
        raise NameError(("class " if spec["form"] == "class" else "function ") + spec["entry"] + " is not defined")
    if spec["form"] == "class":
        constructor_args, calls = __prepared
        instance = entry(*constructor_args)
        out = []
        for method, *args in calls:
            name = spec["methods"].get(method, method)
            if not hasattr(instance, name):
                raise AttributeError("method " + name + " is not defined")
            out.append(getattr(instance, name)(*args))
        __result = out
    else:
        __result = entry(*__prepared)

def __output(spec_json):
    spec = __json.loads(spec_json)
    value = __result if spec["form"] == "class" else __OUT[spec["returns"]](__result)
    return __json.dumps(value, separators=(",", ":"))
`;

// ---------- JavaScript in QuickJS ----------

let quickjs = null;

async function loadQuickJS() {
  const { newQuickJSWASMModuleFromVariant } = await import("quickjs-emscripten-core");
  const { default: variant } = await import("@jitl/quickjs-wasmfile-release-sync");
  return { newModule: () => newQuickJSWASMModuleFromVariant(variant) };
}

function errorText(context, handle) {
  const dumped = context.dump(handle);
  handle.dispose();
  if (dumped && typeof dumped === "object") {
    const name = dumped.name ?? "Error";
    const message = dumped.message ?? JSON.stringify(dumped);
    const frame = /solution\.js:(\d+)/.exec(String(dumped.stack ?? ""));
    const line = frame ? Number(frame[1]) - JS_PRELUDE_LINES : null;
    const place = line !== null && line > 0 ? ` (line ${line})` : "";
    return {
      text: `${name}: ${message}${place}`,
      interrupted: name === "InternalError" && /interrupted/.test(message),
    };
  }
  return { text: String(dumped), interrupted: false };
}

async function runJavaScriptJob(job) {
  // A fresh WebAssembly instance per job: nothing one candidate's code does is visible to the next.
  const module = await quickjs.newModule();
  const runtime = module.newRuntime();
  runtime.setMemoryLimit(Math.min(memoryLimitBytes, 128 * 1024 * 1024));
  runtime.setMaxStackSize(1024 * 1024);
  const context = runtime.newContext();
  let deadline = cpuMs() + job.loadLimitMs;
  runtime.setInterruptHandler(() => cpuMs() > deadline);
  const evaluate = (code) => {
    const result = context.evalCode(code, "solution.js");
    if (result.error) return { ok: false, ...errorText(context, result.error) };
    const value = context.dump(result.value);
    result.value.dispose();
    return { ok: true, value };
  };
  try {
    const binding = `\n;globalThis.__entry = typeof ${job.spec.entry} === "undefined" ? undefined : ${job.spec.entry};\n`;
    const loaded = evaluate(JS_PRELUDE + job.source + binding + JS_RUNNER);
    if (!loaded.ok) {
      send({ type: "loaded", id: job.id, error: loaded.interrupted ? "The code took too long to load." : loaded.text });
      return;
    }
    send({ type: "loaded", id: job.id, error: null });
    const spec = JSON.stringify(job.spec);
    for (let index = 0; index < job.tests.length; index++) {
      const test = job.tests[index];
      send({ type: "started", id: job.id, index });
      deadline = cpuMs() + test.limitMs + 1000;
      const prepared = evaluate(`__prepare(${JSON.stringify(test.argsJson)}, ${spec})`);
      if (!prepared.ok) {
        send({ type: "result", id: job.id, index, outcome: "error", error: prepared.text, ms: null, output: null });
        continue;
      }
      // Large inputs run up to `repeat` times within their limit and keep the fastest time,
      // which is the one least disturbed by other work on the machine.
      let called = null;
      let best = Infinity;
      const budgetEnds = cpuMs() + test.limitMs;
      for (let round = 0; round < (test.repeat ?? 1); round++) {
        if (round > 0) {
          if (cpuMs() + best > budgetEnds) break;
          deadline = cpuMs() + 2000;
          evaluate(`__prepare(${JSON.stringify(test.argsJson)}, ${spec})`);
        }
        deadline = round === 0 ? cpuMs() + test.limitMs : budgetEnds + 1000;
        const started = cpuMs();
        called = evaluate(`__call(${spec})`);
        const elapsed = cpuMs() - started;
        if (!called.ok) break;
        best = Math.min(best, elapsed);
      }
      const ms = Math.round(best * 10) / 10;
      if (!called.ok) {
        send({
          type: "result",
          id: job.id,
          index,
          outcome: called.interrupted ? "timed_out" : "error",
          error: called.interrupted ? null : called.text,
          ms: called.interrupted ? null : ms,
          output: null,
        });
        continue;
      }
      deadline = cpuMs() + 2000;
      const output = evaluate(`__output(${spec})`);
      send(
        output.ok
          ? { type: "result", id: job.id, index, outcome: "ran", error: null, ms, output: clip(String(output.value)) }
          : { type: "result", id: job.id, index, outcome: "error", error: output.text, ms, output: null },
      );
    }
  } finally {
    context.dispose();
    runtime.dispose();
  }
}

// ---------- Python in Pyodide ----------

let pyodide = null;

async function loadPython() {
  const { loadPyodide } = await import("pyodide");
  const indexURL = fileURLToPath(new URL(".", import.meta.resolve("pyodide")));
  const instance = await loadPyodide({ indexURL, jsglobals: {}, stdout: () => {}, stderr: () => {}, packages: [] });
  instance.runPython(
    "import sys\nfor name in ('js', 'pyodide_js', 'pyodide.http', 'pyodide.code'):\n    sys.modules.pop(name, None)",
  );
  for (const name of ["js", "pyodide_js"]) {
    try {
      instance.unregisterJsModule(name);
    } catch {
      // not registered in this version
    }
  }
  // Later imports of them fail: the finder that served them is gone.
  instance.runPython("import sys\nsys.meta_path[:] = [f for f in sys.meta_path if 'Js' not in type(f).__name__]");
  return instance;
}

// The candidate's code follows the prelude, so line numbers are shifted back by its length.
const PY_PRELUDE_LINES = PY_PRELUDE.split("\n").length;
const JS_PRELUDE_LINES = JS_PRELUDE.split("\n").length - 1;

function pythonError(error) {
  const text = String(error?.message ?? error);
  const lines = text.trim().split("\n").filter(Boolean);
  // The last line names the exception; the last frame in <exec> shows the candidate's line.
  const frame = lines.filter((line) => line.includes('File "<exec>"')).pop();
  const where = frame && /line (\d+)(, in (\S+))?/.exec(frame);
  const line = where ? Number(where[1]) - PY_PRELUDE_LINES : null;
  const place =
    line !== null && line > 0
      ? ` (line ${line}${where[3] && !where[3].startsWith("__") ? `, in ${where[3]}` : ""})`
      : "";
  return `${lines[lines.length - 1] ?? "Error"}${place}`;
}

async function runPythonJob(job) {
  const namespace = pyodide.globals.get("dict")();
  try {
    try {
      pyodide.runPython(PY_PRELUDE + "\n" + job.source + "\n" + PY_RUNNER, { globals: namespace });
    } catch (error) {
      send({ type: "loaded", id: job.id, error: pythonError(error) });
      return;
    }
    send({ type: "loaded", id: job.id, error: null });
    const spec = JSON.stringify(job.spec);
    namespace.set("__spec_json", spec);
    for (let index = 0; index < job.tests.length; index++) {
      const test = job.tests[index];
      send({ type: "started", id: job.id, index });
      namespace.set("__args_json", test.argsJson);
      try {
        pyodide.runPython("__prepare(__args_json, __spec_json)", { globals: namespace });
      } catch (error) {
        send({
          type: "result",
          id: job.id,
          index,
          outcome: "error",
          error: pythonError(error),
          ms: null,
          output: null,
        });
        continue;
      }
      let best = Infinity;
      let failure = null;
      const budgetEnds = cpuMs() + test.limitMs;
      for (let round = 0; round < (test.repeat ?? 1); round++) {
        if (round > 0) {
          if (cpuMs() + best > budgetEnds) break;
          pyodide.runPython("__prepare(__args_json, __spec_json)", { globals: namespace });
        }
        const started = cpuMs();
        try {
          pyodide.runPython("__call(__spec_json)", { globals: namespace });
        } catch (error) {
          failure = pythonError(error);
          best = Math.min(best, cpuMs() - started);
          break;
        }
        best = Math.min(best, cpuMs() - started);
      }
      const ms = Math.round(best * 10) / 10;
      if (failure) {
        send({ type: "result", id: job.id, index, outcome: "error", error: failure, ms, output: null });
        continue;
      }
      // A call that finished but took longer than its limit is over time all the same.
      if (best > test.limitMs) {
        send({ type: "result", id: job.id, index, outcome: "timed_out", error: null, ms: null, output: null });
        continue;
      }
      try {
        const output = pyodide.runPython("__output(__spec_json)", { globals: namespace });
        send({ type: "result", id: job.id, index, outcome: "ran", error: null, ms, output: clip(String(output)) });
      } catch (error) {
        send({ type: "result", id: job.id, index, outcome: "error", error: pythonError(error), ms, output: null });
      }
    }
  } finally {
    namespace.destroy();
  }
}

// ---------- messages ----------

async function start() {
  if (language === "javascript") quickjs = await loadQuickJS();
  else if (language === "python") pyodide = await loadPython();
  else throw new Error(`unknown sandbox language ${language}`);
  send({ type: "ready" });
}

process.on("message", async (job) => {
  if (job?.type !== "job") return;
  try {
    if (language === "javascript") await runJavaScriptJob(job);
    else await runPythonJob(job);
  } catch (error) {
    send({ type: "crashed", id: job.id, error: String(error?.message ?? error) });
  }
  send({ type: "done", id: job.id });
  // A guest that overflowed the interpreter's stack leaves Pyodide unusable: start afresh.
  if (pyodide && isFatal()) process.exit(1);
});

function isFatal() {
  try {
    pyodide.runPython("1");
    return false;
  } catch {
    return true;
  }
}

process.on("disconnect", () => process.exit(0));

start().catch((error) => {
  send({ type: "failed", error: String(error?.message ?? error) });
  process.exit(1);
});
