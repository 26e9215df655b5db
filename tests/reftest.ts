import { CODING_PROBLEMS } from "~/interview/content/coding/problems";
import { runCodingAnswer, transpileTypeScript } from "~/interview/coding/run.server";
import { SandboxPool } from "~/interview/sandbox/pool.server";
const pool = new SandboxPool({ isolatePython: false, maxQueued: 1000 });
const t0 = Date.now();
for (const problem of CODING_PROBLEMS) {
  for (const language of ["typescript", "javascript", "python"] as const) {
    const source = language === "python" ? problem.references.python : language === "typescript" ? problem.references.typescript : (transpileTypeScript(problem.references.typescript) as { code: string }).code;
    const r = await runCodingAnswer(pool, problem.id, language, source);
    if (!r.ok) { console.log(problem.id, language, r); continue; }
    const bad = r.report.tests.filter((t) => t.outcome !== "passed");
    console.log(problem.id, language, `${r.report.passed}/${r.report.total}`, r.report.problem ?? "", bad.map((t) => `${t.name}:${t.outcome}:${t.got ?? ""}:${t.ms}`).join(" | ").slice(0, 300), "|", r.report.complexity?.label.slice(0, 60), r.report.tests.filter(t=>t.large).map(t=>t.ms).join(","));
  }
}
console.log("total s", (Date.now() - t0) / 1000);
await pool.close();
