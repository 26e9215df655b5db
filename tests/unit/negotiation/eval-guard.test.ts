// A fast guard in CI: a fixed sample of the tuning cases of `npm run eval:negotiation`
// (one per lead argument and mode), through the product on the shipped market data, with
// every check of the evaluation. The full evaluation, held-out cases included, is the npm script.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PayFigureView } from "~/market/types";
import { evaluateCase, type EvalCase } from "../../eval/negotiation/evaluate";
import { shippedFigures } from "../../eval/negotiation/market";

const SAMPLE = [
  "sf-mid-below-floor",
  "seattle-amazon-backloaded",
  "austin-backend-competing-base",
  "remote-frontend-early-below-median",
  "google-l4-level-mismatch",
  "remote-senior-above-p90",
  "sf-senior-competing-lower",
  "remote-sre-deadline-passed",
];

const tuning: { today: string; cases: EvalCase[] } = JSON.parse(
  fs.readFileSync(path.resolve("tests/eval/negotiation/tuning.json"), "utf8"),
);
let figures: readonly PayFigureView[];

beforeAll(async () => {
  figures = await shippedFigures();
}, 120_000);

describe("negotiation emails on a sample of the evaluation cases", () => {
  it.each(SAMPLE)(
    "%s: the expected argument, nothing undermining, every number traced, clean copy and grammar",
    async (id) => {
      const evalCase = tuning.cases.find((candidate) => candidate.id === id);
      if (!evalCase) throw new Error(`no tuning case ${id}`);
      const result = await evaluateCase(evalCase, figures, tuning.today);
      expect({ lead: result.lead.actual, mode: result.mode.actual }).toEqual({
        lead: result.lead.expected,
        mode: result.mode.expected,
      });
      expect({
        missing: result.missing,
        forbidden: result.forbidden,
        undermining: result.undermining,
        untraceable: result.untraceable,
        copy: result.copy,
        grammar: result.grammar.map((issue) => `${issue.rule}: ${issue.text}`),
      }).toEqual({ missing: [], forbidden: [], undermining: [], untraceable: [], copy: [], grammar: [] });
    },
    30_000,
  );
});
