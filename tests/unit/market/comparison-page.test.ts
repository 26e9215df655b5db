// The comparison pages composed from the shipped figures and content (no database).

import { beforeAll, describe, expect, it } from "vitest";
import { toneOf } from "~/market/comparison";
import { comparisonPageView, type ComparisonPageView } from "~/market/comparison-page";
import { readMarketContent, type MarketContent } from "~/market/content.server";
import { availablePairs, COMPARISON_PAIRS, relatedPairs } from "~/market/pairs";
import type { MarketData } from "~/market/types";
import { shippedMarketData } from "../../fixtures/market/shipped";

const INTERVIEW = {
  roles: ["software-engineer", "full-stack", "backend", "frontend"],
  companies: [
    { id: "google", name: "Google" },
    { id: "startup", name: "A typical startup" },
  ],
};

let data: MarketData;
let content: MarketContent;
const views = new Map<string, ComparisonPageView>();

beforeAll(async () => {
  [data, content] = await Promise.all([shippedMarketData(), readMarketContent()]);
  const available = availablePairs(data.figures);
  for (const pair of available) {
    views.set(
      pair.slug,
      comparisonPageView(data, pair, content, { related: relatedPairs(pair, available), interview: INTERVIEW }),
    );
  }
}, 120_000);

/** Every citation number a view uses anywhere. */
function refsOf(view: ComparisonPageView): number[] {
  const refs: number[] = [];
  JSON.stringify(view, (key, value) => {
    if (key === "ref" && typeof value === "number") refs.push(value);
    if (key === "refs" && Array.isArray(value)) refs.push(...value);
    return value;
  });
  return refs;
}

describe("full-stack vs back-end engineer, on the shipped data", () => {
  const view = () => views.get("full-stack-vs-backend-engineer")!;
  const level = (name: string) => view().levels.find((r) => r.level === name)!;

  it("answers no clear difference at senior level, where the interval of n = 76 and 60 spans zero", () => {
    const senior = level("senior");
    expect(senior.verdict?.kind).toBe("no_clear_difference");
    expect(senior.verdict?.sentence).toMatch(
      /^Back-end engineers' median salary is \$28,520 higher at senior level, but the 95% interval of the gap \(−\$\d,000 to \+\$5\d,000\) includes zero, so the data cannot say either earns more \(n = 60 and 76; ai-jobs\.net 2024\)\.$/,
    );
    expect(view().headline[0]).toMatchObject({
      scope: "by_level",
      label: "No clear difference in salary",
      higher: null,
    });
  });

  it("never shows software engineers' early-career and staff figure as two bars", () => {
    for (const name of ["early", "staff"]) {
      expect(level(name).shared?.label, name).toBe("Software engineers' figure, for both roles");
      expect(level(name).verdict?.kind).toBe("no_like_for_like");
    }
    expect(level("mid").shared).toBeNull();
    expect(level("mid").cells[1].standIn).toBe("software engineers' figure");
  });

  it("gives the developer survey's all-level gap, consistent across 2023–2025, without an interval", () => {
    expect(view().headline[1]).toMatchObject({ scope: "all_levels", higher: "backend-engineer" });
    expect(view().survey.verdict?.sentence).toContain("$37,000 higher across all levels ($175,000 against $138,000");
    expect(view().survey.verdict?.sentence).toContain("higher in each of the 3 survey years (2023, 2024, 2025)");
  });

  it("says in words that the official statistics have no split, and the other limits", () => {
    expect(view().official).toMatchObject({ shared: true, verdict: null });
    expect(view().limits.map((l) => l.id)).toEqual([
      "noOfficialSplit",
      "salarySurvey",
      "surveyTotalComp",
      "bigTechStock",
    ]);
    expect(view().limits[0].text).toContain(
      "counts full-stack engineers and back-end engineers together as Software Developers",
    );
  });

  it("lists each source once and each licence once", () => {
    const { entries, licences } = view().sources;
    expect(entries.map((e) => e.name)).toEqual([
      "ai-jobs.net salary survey, 2024",
      "Stack Overflow Developer Survey 2025",
      "Stack Overflow Developer Survey 2024",
      "Stack Overflow Developer Survey 2023",
      "BLS Occupational Employment and Wage Statistics, national, May 2024",
    ]);
    expect(licences.map((l) => [l.licence.split(" (")[0], l.refs])).toEqual([
      ["CC0 1.0", [1]],
      ["Open Database License", [2, 3, 4]],
      ["Public domain", [5]],
    ]);
  });

  it("hands off to the negotiation and interview tools prefilled for each role", () => {
    const [fullStack, backend] = view().handoffs;
    expect(fullStack.negotiate.map((l) => l.href)).toEqual([
      "/toolkit/negotiate?role=full-stack-engineer&level=early",
      "/toolkit/negotiate?role=full-stack-engineer&level=mid",
      "/toolkit/negotiate?role=full-stack-engineer&level=senior",
      "/toolkit/negotiate?role=full-stack-engineer&level=staff",
    ]);
    expect(backend.interview.map((l) => l.href)).toEqual([
      "/toolkit/interview?role=backend&company=google",
      "/toolkit/interview?role=backend&company=startup",
    ]);
  });

  it("labels skills without a figure as our judgement and cites the ones with one", () => {
    const [fullStack] = view().skills;
    const react = fullStack.skills.find((s) => s.name.startsWith("React"))!;
    expect(react.evidence).toMatchObject({ kind: "none", refs: [] });
    expect(react.evidence.sentence).toContain("this is our judgement");
    const backendDepth = fullStack.skills.find((s) => s.name.startsWith("Back-end depth"))!;
    expect(backendDepth.evidence.kind).toBe("survey");
    expect(backendDepth.evidence.sentence).toContain(
      "back-end developers report a median total compensation $37,000 above full-stack developers' ($175,000 and $138,000; n = 687 and 1,650; 2025). Above in each of 3 survey years.",
    );
  });
});

describe("every comparison page, on the shipped data", () => {
  it("exists for every editorial pair", () => {
    expect([...views.keys()].sort()).toEqual(COMPARISON_PAIRS.map((p) => p.slug).sort());
  });

  it("compares a level only between the two roles' own figures from one source", () => {
    for (const [slug, view] of views) {
      for (const row of view.levels) {
        const compared = row.verdict !== null && toneOf(row.verdict) !== "none";
        if (row.shared) expect(compared, `${slug} ${row.level}`).toBe(false);
        if (compared) {
          expect(
            row.cells.every((c) => c.figure !== null && c.standIn === null),
            `${slug} ${row.level}`,
          ).toBe(true);
          expect(new Set(row.cells.map((c) => c.figure!.source)).size, `${slug} ${row.level}`).toBe(1);
        }
      }
    }
  });

  it("cites only sources it lists, and lists no source it does not cite", () => {
    for (const [slug, view] of views) {
      const used = new Set(refsOf(view));
      expect(
        [...used].sort((a, b) => a - b),
        slug,
      ).toEqual(view.sources.entries.map((e) => e.ref));
      const licences = view.sources.licences.map((l) => l.licence);
      expect(new Set(licences).size, slug).toBe(licences.length);
    }
  });

  it("has a short answer whose first FAQ answer repeats it, and survives JSON for the loader", () => {
    for (const [slug, view] of views) {
      expect(view.headline.length, slug).toBeGreaterThan(0);
      for (const line of view.headline) expect(view.faq[0].answer, slug).toContain(line.sentence);
      expect(JSON.parse(JSON.stringify(view)), slug).toEqual(view);
    }
  });
});
