import { describe, expect, it } from "vitest";
import { createSourceRegistry } from "~/market/citations";
import {
  levelHeadline,
  levelRows,
  officialFigures,
  surveyComparison,
  surveyHeadline,
  type LevelRow,
} from "~/market/comparison";
import { dataLimits } from "~/market/comparison-page";
import { availablePairs, COMPARISON_PAIRS, findComparison, pairSlug, pairTitle, relatedPairs } from "~/market/pairs";
import {
  BLS_SWE_2024,
  cellWithRows,
  figure,
  marketData,
  salaries,
  soMedian,
  surveyCell,
} from "../../fixtures/market/figures";

const FULL_STACK_VS_BACKEND = COMPARISON_PAIRS[0];
const ROLES: ["full-stack-engineer", "backend-engineer"] = ["full-stack-engineer", "backend-engineer"];

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

describe("salary by level for two roles", () => {
  const data = marketData(
    [BLS_SWE_2024, soMedian("full-stack-engineer", "Developer, full-stack", 13_800_000, 1650)],
    [
      cellWithRows("software-engineer", "early", salaries(140, 9_000_000, 40_000)),
      cellWithRows("software-engineer", "mid", salaries(700, 11_000_000, 10_000)),
      cellWithRows("full-stack-engineer", "mid", salaries(38, 12_000_000, 50_000)),
      cellWithRows("full-stack-engineer", "senior", salaries(76, 13_000_000, 80_000)),
      cellWithRows("backend-engineer", "senior", salaries(60, 19_000_000, 60_000)),
    ],
  );
  const sources = createSourceRegistry();
  const rows = levelRows(data, ROLES, sources);
  const row = (level: string) => rows.find((r) => r.level === level)!;

  it("shows one stand-in for both roles once, and never as a comparison", () => {
    expect(row("early").shared).toEqual({
      label: "Software engineers' figure, for both roles",
      note: "Software engineers' figure, for both roles: neither has enough salaries of its own at this level.",
    });
    expect(row("early").cells.map((c) => c.standIn)).toEqual([
      "software engineers' figure",
      "software engineers' figure",
    ]);
    expect(row("early").verdict).toMatchObject({ kind: "no_like_for_like", label: "No like-for-like data" });
  });

  it("does not compare a role's own figure with another role's stand-in", () => {
    expect(row("mid").shared).toBeNull();
    expect(row("mid").cells.map((c) => c.standIn)).toEqual([null, "software engineers' figure"]);
    expect(row("mid").verdict?.sentence).toBe(
      "Back-end engineers have no figure of their own at mid-level; software engineers' figure stands in, so the two are not compared.",
    );
  });

  it("names the higher role with the interval when both own figures come from one survey", () => {
    const senior = row("senior").verdict!;
    expect(senior).toMatchObject({ kind: "higher", higher: "backend-engineer", label: "Back-end engineers earn more" });
    expect(senior.sentence).toMatch(
      /^Back-end engineers' median salary is \$[\d,]+ higher at senior level \(95% interval \+\$[\d,]+ to \+\$[\d,]+; n = 60 and 76; ai-jobs\.net 2024\)\.$/,
    );
    expect(senior.refs).toEqual([1]);
  });

  it("leaves a level without a level figure empty rather than putting an all-levels figure in its place", () => {
    expect(row("staff").cells.map((c) => c.figure)).toEqual([null, null]);
    expect(row("staff").verdict).toMatchObject({
      kind: "missing",
      sentence: "No figures for either role at staff / principal level.",
    });
  });

  it("cites each source once, whatever the number of figures from it", () => {
    expect(sources.list().entries.map((e) => e.name)).toEqual(["ai-jobs.net salary survey, 2024"]);
  });
});

describe("the short answer", () => {
  const verdictRow = (
    level: "early" | "mid" | "senior" | "staff",
    verdict: Partial<LevelRow["verdict"]> | null,
  ): LevelRow => ({
    level,
    label: level,
    cells: [],
    shared: null,
    verdict: verdict
      ? {
          kind: "missing",
          label: "x",
          sentence: `${level} sentence.`,
          higher: null,
          gap: 1_000_000,
          sizes: "n = 40 and 50",
          refs: [1],
          ...verdict,
        }
      : null,
  });

  it("says there is no like-for-like data when no level compares the roles", () => {
    const line = levelHeadline(
      [verdictRow("early", { kind: "no_like_for_like" }), verdictRow("mid", { kind: "missing" })],
      ROLES,
    );
    expect(line).toMatchObject({ tone: "none", label: "No like-for-like data by level", higher: null, refs: [] });
  });

  it("quotes the one compared level's verdict", () => {
    const line = levelHeadline(
      [
        verdictRow("early", { kind: "no_like_for_like" }),
        verdictRow("senior", { kind: "no_clear_difference", label: "No clear difference" }),
      ],
      ROLES,
    );
    expect(line).toMatchObject({ tone: "even", label: "No clear difference in salary" });
    expect(line.sentence).toBe("Senior is the only level with like-for-like salary data. senior sentence.");
  });

  it("names a role that is higher at every compared level, or at some", () => {
    const higher = { kind: "higher" as const, higher: "backend-engineer" as const };
    const all = levelHeadline([verdictRow("mid", higher), verdictRow("senior", higher)], ROLES);
    expect(all).toMatchObject({ tone: "higher", label: "Back-end engineers earn more", higher: "backend-engineer" });
    expect(all.sentence).toBe(
      "At mid-level and at senior level, the levels with like-for-like salary data, back-end engineers have the higher median salary: $10,000 higher at mid-level (n = 40 and 50), and $10,000 higher at senior level (n = 40 and 50), with a 95% interval that excludes zero each time.",
    );
    const some = levelHeadline(
      [verdictRow("mid", higher), verdictRow("senior", { kind: "no_clear_difference" })],
      ROLES,
    );
    expect(some.label).toBe("Back-end engineers earn more at some levels");
    expect(some.sentence).toBe(
      "Back-end engineers have the higher median salary at mid-level ($10,000 higher; n = 40 and 50); at senior level the data shows no clear difference.",
    );
  });

  it("says it depends when each role is higher at some level, and nearly identical when all are close", () => {
    const split = levelHeadline(
      [
        verdictRow("mid", { kind: "higher", higher: "backend-engineer" }),
        verdictRow("senior", { kind: "higher", higher: "full-stack-engineer" }),
      ],
      ROLES,
    );
    expect(split).toMatchObject({ label: "Depends on the level", higher: null });
    const close = levelHeadline(
      [verdictRow("mid", { kind: "nearly_identical" }), verdictRow("senior", { kind: "nearly_identical" })],
      ROLES,
    );
    expect(close.label).toBe("Nearly identical salaries");
  });
});

describe("developer survey across years", () => {
  const years = (fs: number, be: number, year: string) => [
    soMedian("full-stack-engineer", "Developer, full-stack", fs, 1650, year),
    soMedian("backend-engineer", "Developer, back-end", be, 687, year),
  ];

  it("gives the newest year's gap without an interval, and how many years agree", () => {
    const data = marketData([
      ...years(13_800_000, 17_500_000, "2025"),
      ...years(13_000_000, 17_000_000, "2024"),
      ...years(14_000_000, 13_900_000, "2023"),
    ]);
    const survey = surveyComparison(data, ROLES, createSourceRegistry());
    expect(survey.years.map((y) => y.period)).toEqual(["2025", "2024", "2023"]);
    // 2023 went the other way, so the survey names no higher role.
    expect(survey.verdict).toMatchObject({
      kind: "medians_only",
      label: "Mixed across survey years",
      higher: null,
      refs: [1],
    });
    expect(survey.verdict?.sentence).toBe(
      "Back-end engineers' median total compensation is $37,000 higher across all levels ($175,000 against $138,000; n = 687 and 1,650; Stack Overflow 2025). The source publishes no individual figures, so there is no interval. Back-end engineers were higher in 2 of the 3 survey years (2023, 2024, 2025).",
    );
    expect(surveyHeadline(survey)).toMatchObject({ scope: "all_levels", tone: "even", higher: null });
    const agreeing = surveyComparison(
      marketData([...years(13_800_000, 17_500_000, "2025"), ...years(13_000_000, 17_000_000, "2024")]),
      ROLES,
      createSourceRegistry(),
    );
    expect(agreeing.verdict).toMatchObject({ label: "Back-end engineers higher", higher: "backend-engineer" });
    expect(surveyHeadline(agreeing)).toMatchObject({ scope: "all_levels", tone: "higher", higher: "backend-engineer" });
  });

  it("does not compare when one role has no developer type of its own", () => {
    const data = marketData([soMedian("full-stack-engineer", "Developer, full-stack", 13_800_000, 1650)]);
    const survey = surveyComparison(data, ["software-engineer", "full-stack-engineer"], createSourceRegistry());
    expect(survey.years[0].cells[0]).toMatchObject({ role: "software-engineer", figure: null });
    expect(survey.verdict).toMatchObject({ kind: "missing" });
    expect(surveyHeadline(survey)).toBeNull();
  });
});

describe("official statistics", () => {
  it("shows the parent occupation's figure once when it stands in for both roles", () => {
    const official = officialFigures(marketData([BLS_SWE_2024]), ROLES, createSourceRegistry());
    expect(official.shared).toBe(true);
    expect(official.figures).toHaveLength(1);
    expect(official.figures[0].roles).toEqual(ROLES);
    expect(official.verdict).toBeNull();
  });

  it("compares two occupations' medians without an interval", () => {
    const managers = figure({
      ...BLS_SWE_2024,
      roleSlug: "engineering-manager",
      occupationCode: "11-3021",
      occupationName: "Computer and Information Systems Managers",
      p50: 17_120_000,
      employment: 591_000,
    });
    const official = officialFigures(
      marketData([BLS_SWE_2024, managers]),
      ["software-engineer", "engineering-manager"],
      createSourceRegistry(),
    );
    expect(official.shared).toBe(false);
    expect(official.figures.map((f) => f.occupation)).toEqual([
      "Software",
      "Computer and Information Systems Managers",
    ]);
    expect(official.verdict).toMatchObject({ kind: "medians_only", higher: "engineering-manager" });
    expect(official.verdict?.sentence).toContain("employment 591,000 and 1,654,440");
  });
});

describe("what the data cannot say", () => {
  const texts = {
    salarySurvey: "Self-selected.",
    surveyTotalComp: "Total pay.",
    bigTechStock: "Stock.",
    noOfficialSplit: "No split between {first} and {second} in {occupation}.",
  };

  it("says the official statistics cannot split the roles only when they share a figure", () => {
    const shared = dataLimits(texts, {
      sharedOfficial: { roles: ROLES, occupation: "Software Developers" },
      levelFigures: true,
      surveyFigures: true,
    });
    expect(shared.map((l) => l.text)).toEqual([
      "No split between full-stack engineers and back-end engineers in Software Developers.",
      "Self-selected.",
      "Total pay.",
      "Stock.",
    ]);
    const alone = dataLimits(texts, { sharedOfficial: null, levelFigures: false, surveyFigures: false });
    expect(alone.map((l) => l.id)).toEqual(["bigTechStock"]);
  });
});

describe("level figures never mix sources with the survey medians", () => {
  it("keeps a role's own older cell over its parent's newer one, and does not compare across years", () => {
    const data = marketData(
      [],
      [
        cellWithRows("backend-engineer", "early", salaries(40, 10_000_000, 10_000), "aijobs-2023"),
        cellWithRows("full-stack-engineer", "early", salaries(40, 10_000_000, 10_000), "aijobs-2024"),
        { figure: surveyCell("software-engineer", "early", 11_000_000, 140), sample: salaries(140, 9_000_000, 30_000) },
      ],
    );
    const [early] = levelRows(data, ROLES, createSourceRegistry());
    expect(early.cells.map((c) => c.standIn)).toEqual([null, null]);
    expect(early.verdict).toMatchObject({ kind: "no_like_for_like" });
    expect(early.verdict?.sentence).toContain("come from different surveys or years");
  });
});
