// The code sandbox as a hostile candidate would try it: escaping to the host, the network
// and the file system, running forever, eating memory, and many submissions at once.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SandboxPool, type GuestSpec } from "~/interview/sandbox/pool.server";

const spec: GuestSpec = { form: "function", entry: "f", methods: {}, params: ["json"], returns: "json" };
const test = (args: unknown[], limitMs = 2000) => ({ argsJson: JSON.stringify(args), limitMs });

let pool: SandboxPool;
let server: net.Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  pool = new SandboxPool({ isolatePython: true });
  pool.warm();
  server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  port = (server.address() as net.AddressInfo).port;
}, 120_000);

afterAll(async () => {
  await pool.close();
  server.close();
});

describe("JavaScript in QuickJS", () => {
  it("runs a function per test and reports outputs and times", async () => {
    const result = await pool.run({
      language: "javascript",
      source: "function f(a, b) { return a + b; }",
      spec: { ...spec, params: ["json", "json"] },
      tests: [test([1, 2]), test([3, 4])],
    });
    expect(result).toMatchObject({ ok: true, loadError: null });
    if (!result.ok) return;
    expect(result.results.map((entry) => entry.output)).toEqual(["3", "7"]);
    expect(result.results.every((entry) => typeof entry.ms === "number")).toBe(true);
  });

  it("sees nothing of the host: no process, require, fetch or file system", async () => {
    const source = `function f() { return [typeof process, typeof require, typeof fetch, typeof globalThis.std, typeof os, typeof WebAssembly].join(","); }`;
    const result = await pool.run({ language: "javascript", source, spec, tests: [test([0])] });
    expect(result.ok && result.results[0]!.output).toBe(
      JSON.stringify("undefined,undefined,undefined,undefined,undefined,undefined"),
    );
  });

  it("stops a test that runs forever, and the next test and job still run", async () => {
    const source = "function f(n) { if (n === 0) { for (;;) {} } return n; }";
    const result = await pool.run({ language: "javascript", source, spec, tests: [test([0], 500), test([5])] });
    expect(result.ok && result.results.map((entry) => entry.outcome)).toEqual(["timed_out", "ran"]);
    const next = await pool.run({
      language: "javascript",
      source: "function f() { return 1; }",
      spec,
      tests: [test([0])],
    });
    expect(next.ok && next.results[0]!.output).toBe("1");
  });

  it("reports running out of memory as an error", async () => {
    const source = 'function f() { const a = []; for (;;) a.push("x".repeat(1 << 22) + a.length); }';
    const result = await pool.run({ language: "javascript", source, spec, tests: [test([0], 5000)] });
    expect(result.ok && result.results[0]!.outcome).toBe("error");
  });

  it("reports a syntax error with its line", async () => {
    const result = await pool.run({
      language: "javascript",
      source: "function f() {\n  return (;\n}",
      spec,
      tests: [test([0])],
    });
    expect(result.ok && result.loadError).toMatch(/SyntaxError.*line 2/);
  });
});

describe("Python in Pyodide", () => {
  it("cannot reach the host's JavaScript, files, environment or network", async () => {
    const source = `def f(port):
    out = []
    for name in ["js", "pyodide_js"]:
        try:
            __import__(name)
            out.append(name + ":imported")
        except ImportError:
            out.append(name + ":blocked")
    try:
        open("/etc/passwd").read()
        out.append("fs:read")
    except OSError:
        out.append("fs:blocked")
    import os
    out.append("env:" + str(len(os.environ.get("DATABASE_URL", ""))))
    import socket
    try:
        s = socket.create_connection(("127.0.0.1", port), 1)
        s.sendall(b"hello")
        s.recv(1)
    except Exception:
        pass
    return out`;
    const result = await pool.run({ language: "python", source, spec, tests: [test([port], 8000)] });
    expect(result.ok && JSON.parse(result.results[0]!.output!)).toEqual([
      "js:blocked",
      "pyodide_js:blocked",
      "fs:blocked",
      "env:0",
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connections).toBe(0);
  }, 120_000);

  it("kills a test that runs forever; the rest of that job does not run", async () => {
    const source = "def f(n):\n    while n == 0:\n        pass\n    return n\n";
    const result = await pool.run({ language: "python", source, spec, tests: [test([0], 500), test([1])] });
    expect(result.ok && result.results.map((entry) => entry.outcome)).toEqual(["timed_out", "not_run"]);
  }, 120_000);

  it("turns a memory bomb into a MemoryError", async () => {
    const result = await pool.run({
      language: "python",
      source: "def f(n):\n    return len([0] * (10 ** 9))\n",
      spec,
      tests: [test([0], 5000)],
    });
    expect(result.ok && result.results[0]!.error).toMatch(/MemoryError/);
  }, 120_000);

  it("points at the candidate's own line in an error", async () => {
    const result = await pool.run({
      language: "python",
      source: "def f(n):\n    x = 1\n    return n / 0\n",
      spec,
      tests: [test([1])],
    });
    expect(result.ok && result.results[0]!.error).toMatch(/ZeroDivisionError.*line 3/);
  }, 120_000);
});

describe("many submissions at once", () => {
  it("queues a few and tells the rest to retry later instead of starving the server", async () => {
    const small = new SandboxPool({ hostsPerLanguage: 1, maxQueued: 1 });
    try {
      const slow = {
        language: "javascript" as const,
        source: "function f() { const t = Date.now(); while (Date.now() - t < 400) {} return 1; }",
        spec,
        tests: [test([0])],
      };
      const runs = [small.run(slow), small.run(slow), small.run(slow), small.run(slow)];
      const results = await Promise.all(runs);
      const busy = results.filter((result) => !result.ok && result.reason === "busy");
      expect(busy.length).toBeGreaterThanOrEqual(1);
      expect(busy[0]).toMatchObject({
        retryAfterSeconds: expect.any(Number),
        message: expect.stringMatching(/submit it again/),
      });
      expect(results.filter((result) => result.ok).length).toBeGreaterThanOrEqual(2);
    } finally {
      await small.close();
    }
  }, 120_000);
});
