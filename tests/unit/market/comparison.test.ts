import { describe, expect, it } from "vitest";
import {
  availablePairs,
  COMPARISON_PAIRS,
  comparisonFaq,
  findComparison,
  pairSlug,
  pairTitle,
  payTable,
  relatedPairs,
} from "~/market/comparison";
import { rolePageTables } from "~/market/role-page";
import { BLS_SWE_2024, figure, soMedian, surveyCell } from "../../fixtures/market/figures";

const FULL_STACK_VS_BACKEND = COMPARISON_PAIRS[0];

describe("comparison addresses", () => {
  it("says a shared last word once, and starts with full-stack vs back-end", () => {
    expect(FULL_STACK_VS_BACKEND.slug).toBe("full-stack-vs-backend-engineer");
    expect(pairSlug("data-engineer", "data-scientist")).toBe("data-engineer-vs-data-scientist");
    expect(pairSlug("software-engineer", "engineering-manager")).toBe("software-engineer-vs-engineering-manager");
    expect(new Set(COMPARISON_PAIRS.map((p) => p.slug)).size).toBe(COMPARISON_PAIRS.length);
  });

  it("recognises the reversed order as the same comparison at another address", () => {
    expect(findComparison("full-stack-vs-backend-engineer")).toEqual({ pair: FULL_STACK_VS_BACKEND, canonical: true });
    expect(findComparison("backend-vs-full-stack-engineer")).toEqual({ pair: FULL_STACK_VS_BACKEND, canonical: false });
    expect(findComparison("chef-vs-backend-engineer")).toBeNull();
  });

  it("offers only pairs whose two roles both have figures, and relates pairs sharing a role", () => {
    const pairs = availablePairs([
      figure({ roleSlug: "full-stack-engineer" }),
      figure({ roleSlug: "backend-engineer" }),
    ]);
    expect(pairs.map((p) => p.slug)).toEqual(["full-stack-vs-backend-engineer"]);
    expect(
      relatedPairs(FULL_STACK_VS_BACKEND, COMPARISON_PAIRS).every((p) =>
        p.roles.some((r) => FULL_STACK_VS_BACKEND.roles.includes(r)),
      ),
    ).toBe(true);
    expect(pairTitle(COMPARISON_PAIRS.find((p) => p.roles.includes("sre-devops-engineer"))!)).toBe(
      "Back-end engineer vs SRE / DevOps engineer",
    );
  });
});

describe("pay table for two roles", () => {
  const figures = [
    BLS_SWE_2024,
    surveyCell("full-stack-engineer", "senior", 16_188_000, 76),
    surveyCell("backend-engineer", "senior", 19_040_000, 60),
    surveyCell("software-engineer", "mid", 15_000_000, 735),
    surveyCell("backend-engineer", "early", 11_000_000, 40, "aijobs-2023"),
    surveyCell("full-stack-engineer", "early", 10_000_000, 35),
    soMedian("full-stack-engineer", "Developer, full-stack", 13_800_000, 1650),
    soMedian("backend-engineer", "Developer, back-end", 17_500_000, 687),
  ];
  const table = payTable(figures, ["full-stack-engineer", "backend-engineer"]);

  it("compares medians like for like: same source, each role's own figure at the level", () => {
    expect(table.statements).toContain(
      "Senior: back-end engineers earn more at the median: $161,880 for full-stack engineers and $190,400 for back-end engineers (ai-jobs.net salary survey, 2024; n = 76 and 60) [4][5].",
    );
    expect(table.statements).toContain(
      "All levels: back-end engineers earn more at the median: $138,000 for full-stack engineers and $175,000 for back-end engineers (Stack Overflow Developer Survey 2025; n = 1,650 and 687) [7][8].",
    );
  });

  it("refuses to compare a parent occupation's figure or figures from different sources", () => {
    expect(table.statements).toContain(
      "Mid-level: no like-for-like comparison, because the data has no mid-level figures of full-stack engineers or back-end engineers themselves.",
    );
    expect(table.statements[0]).toBe(
      "Early career: the two figures come from different sources (ai-jobs.net salary survey, 2024; ai-jobs.net salary survey, 2023), so they are shown but not compared.",
    );
  });

  it("marks cells that stand in for the role or level, and cites every cell", () => {
    const mid = table.rows.find((r) => r.key === "mid")!;
    expect(mid.cells[0]).toMatchObject({ p50: 15_000_000, approximation: "software engineers' figure" });
    const official = table.rows.find((r) => r.key === "official")!;
    expect(official.cells[1]).toMatchObject({ p50: 13_308_000, approximation: "software engineers' figure" });
    const refs = table.rows.flatMap((r) => r.cells.map((c) => c.ref)).filter((r) => r !== null);
    expect(new Set(refs)).toEqual(new Set(table.citations.map((c) => c.ref)));
    expect(table.citations.find((c) => c.sourceName.startsWith("Stack Overflow"))?.attribution).toContain(
      "© Stack Overflow",
    );
  });
});

describe("comparison FAQ", () => {
  it("answers who earns more from the same survey, with the figures' sample sizes and sources", () => {
    const faq = comparisonFaq(
      [
        soMedian("full-stack-engineer", "Developer, full-stack", 13_800_000, 1650),
        soMedian("backend-engineer", "Developer, back-end", 17_500_000, 687),
      ],
      FULL_STACK_VS_BACKEND,
    );
    expect(faq.items[0].question).toBe("Who earns more, a full-stack engineer or a back-end engineer?");
    expect(faq.items[0].answer).toContain(
      "$175,000 for back-end engineers (Stack Overflow Developer Survey 2025; n = 1,650 and 687) [1][2]",
    );
    expect(faq.citations).toHaveLength(2);
  });

  it("says the data cannot tell when there are no like-for-like figures", () => {
    const faq = comparisonFaq([BLS_SWE_2024], FULL_STACK_VS_BACKEND);
    expect(faq.items[0].answer).toMatch(/^The public data has no like-for-like figures/);
    expect(faq.citations).toEqual([]);
  });
});

describe("role page tables", () => {
  it("shows the parent occupation's metro wage floors, named as such, newest wage year only", () => {
    const floor = (areaCode: string, level: "early" | "mid", p50: number, asOf = "2025-07-01") =>
      figure({
        sourceId: `oflc-${asOf}`,
        basis: "wage_floor",
        areaCode,
        areaName: `Area ${areaCode}`,
        level,
        sourceLevel: level === "early" ? "Level I" : "Level II",
        p50,
        asOf,
        sampleSize: null,
      });
    const tables = rolePageTables(
      [
        floor("41860", "early", 13_569_920),
        floor("41860", "mid", 16_163_680),
        floor("41860", "mid", 1, "2024-07-01"),
        floor("99999", "mid", 1),
      ],
      "software-engineer",
    );
    expect(tables.metros.rows).toEqual([
      { key: "41860", cells: ["Area 41860", "$135,699", "$161,637", "—", "—"], ref: 1 },
    ]);
    expect(tables.metros.standIn).toBeNull();
    const backend = rolePageTables([floor("41860", "mid", 16_163_680)], "backend-engineer");
    expect(backend.metros.standIn).toBe("Software engineer");
  });
});
