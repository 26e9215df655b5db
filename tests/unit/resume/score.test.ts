import { describe, expect, it } from "vitest";
import { RULESET_VERSION, scoreResume, type ScoreInput } from "~/resume/score";
import type { Finding, Layout } from "~/resume/types";
import { goodResume, job } from "../../fixtures/resume/parsed-resume.ts";

function layout(overrides: Partial<Layout> = {}): Layout {
  return {
    lines: [],
    pages: [{ page: 1, kind: "single", gutterX: null, tableRows: 0, chars: 3000, imageCoverage: 0 }],
    bodyFontSize: 10,
    textChars: 3000,
    iconChars: 0,
    garbledChars: 0,
    pageCount: 1,
    ...overrides,
  };
}

function score(change: (input: ScoreInput) => void = () => undefined) {
  const input: ScoreInput = { layout: layout(), parsed: goodResume(), text: "Jane Rivera\nExperience", words: 520 };
  change(input);
  return scoreResume(input);
}

const findings = (result: ReturnType<typeof score>) => result.items.flatMap((item) => item.findings);
const byRule = (result: ReturnType<typeof score>, ruleId: string): Finding[] =>
  findings(result).filter((item) => item.ruleId === ruleId);

describe("score: a clean resume", () => {
  it("gets full marks with nothing to fix, under the current rule version", () => {
    const result = score();
    expect(result).toMatchObject({ total: 100, max: 100, uncapped: 100, version: RULESET_VERSION, gates: [] });
    expect(findings(result)).toEqual([]);
  });

  it("gets the same score every time", () => {
    expect(score((input) => (input.parsed.contact.phone = null))).toEqual(
      score((input) => (input.parsed.contact.phone = null)),
    );
  });
});

describe("score: every deduction explains itself", () => {
  const messy = score((input) => {
    input.parsed.contact.phone = null;
    input.parsed.experience[0].bullets.push("Responsible for the team's roadmap", "I built my own tools");
    input.parsed.sections.push({ name: "My Journey", kind: "other", lines: [], page: 1 });
    input.layout.pageCount = 3;
  });

  it("says what, why and how to fix for each finding, and the category totals add up", () => {
    expect(findings(messy).length).toBeGreaterThan(3);
    for (const item of findings(messy)) {
      expect(item.what.length, item.ruleId).toBeGreaterThan(5);
      expect(item.why.length, item.ruleId).toBeGreaterThan(20);
      expect(item.fix.length, item.ruleId).toBeGreaterThan(10);
    }
    for (const category of messy.items) {
      expect(category.points).toBe(category.max - category.findings.reduce((sum, item) => sum + item.points, 0));
    }
    expect(messy.total).toBe(messy.items.reduce((sum, item) => sum + item.points, 0));
  });

  it("quotes the resume line a bullet finding is about", () => {
    expect(byRule(messy, "bullets.weak-opener")[0]).toMatchObject({
      where: "Responsible for the team's roadmap",
      points: 1,
    });
    expect(byRule(messy, "bullets.first-person")[0]).toMatchObject({ where: "I built my own tools" });
  });
});

describe("score: rules", () => {
  it("deducts for missing contact details by weight", () => {
    const result = score((input) => Object.assign(input.parsed.contact, { email: null, phone: null, linkedin: null }));
    expect(result.items.find((item) => item.id === "contact")?.points).toBe(10 - 3 - 2 - 1);
  });

  it("deducts for a missing standard section and for headings ATS do not know", () => {
    const result = score((input) => {
      input.parsed.sections = input.parsed.sections.filter((section) => section.kind !== "skills");
      input.parsed.sections.push({ name: "Welcome", kind: "other", lines: [], page: 1 });
    });
    expect(byRule(result, "sections.skills")).toHaveLength(1);
    expect(byRule(result, "sections.nonstandard")[0]).toMatchObject({ where: "Welcome", points: 1 });
  });

  it("asks for a title, an employer and readable dates on every job", () => {
    const result = score((input) => {
      input.parsed.experience[1] = job({
        title: null,
        company: null,
        start: null,
        end: null,
        dates: "Summer-ish",
        header: "Plaid stuff",
      });
    });
    expect(
      findings(result)
        .filter((item) => item.where === "Plaid stuff")
        .map((item) => item.ruleId),
    ).toEqual(["experience.title", "experience.company", "experience.dates"]);
  });

  it("wants jobs newest first", () => {
    const result = score((input) => input.parsed.experience.reverse());
    expect(byRule(result, "experience.order")).toHaveLength(1);
  });

  it("finds a gap over six months and links to the layoff writer", () => {
    const result = score((input) => {
      input.parsed.experience[0].start = "2022-01";
    });
    expect(byRule(result, "experience.gap")[0]).toMatchObject({
      what: "10 months between jobs that the resume does not account for (Mar 2021 – Dec 2021)",
      link: { href: "/toolkit/layoff" },
    });
    expect(byRule(result, "experience.gap")[0].why).not.toMatch(/assume the worst/u);
  });

  // A full-time student with two summer internships and a research role during term: no gap.
  it("does not call a student's time between internships, or a concurrent role, a gap", () => {
    const student = score((input) => {
      input.parsed.experience = [
        { ...input.parsed.experience[0], title: "Software Engineering Intern", start: "2023-06", end: "2023-08" },
        { ...input.parsed.experience[1], title: "Software Engineering Intern", start: "2022-06", end: "2022-08" },
      ];
      input.parsed.education[0] = { ...input.parsed.education[0], start: "2020-09", end: "2024-05" };
    });
    expect(byRule(student, "experience.gap")).toEqual([]);
    const concurrent = score((input) => {
      input.parsed.experience[0].start = "2022-01";
      input.parsed.experience.push({
        ...input.parsed.experience[1],
        title: "Research Assistant",
        company: "University Lab",
        start: "2020-12",
        end: "2022-02",
      });
    });
    expect(byRule(concurrent, "experience.gap")).toEqual([]);
  });

  it("does not call time spent studying a gap", () => {
    const result = score((input) => {
      input.parsed.experience[0].start = "2022-01";
      input.parsed.education[0] = { ...input.parsed.education[0], start: "2021-01", end: "2021-12" };
    });
    expect(byRule(result, "experience.gap")).toEqual([]);
  });

  it("flags duty phrases, missing verbs, first person and present tense for finished jobs", () => {
    const result = score((input) => {
      input.parsed.experience[1].bullets = [
        "Helped the team with releases",
        "Research integrated into Azure Cognitive Services, reducing training data by 60%",
        "I wrote the deployment scripts in Bash for 12 services",
        "Manage the vendor relationships for 3 payment processors",
      ];
    });
    expect(byRule(result, "bullets.weak-opener").map((item) => item.where)).toEqual(["Helped the team with releases"]);
    expect(byRule(result, "bullets.action-verb").map((item) => item.where)).toEqual([
      "Research integrated into Azure Cognitive Services, reducing training data by 60%",
    ]);
    expect(byRule(result, "bullets.first-person")).toHaveLength(1);
    expect(byRule(result, "bullets.tense").map((item) => item.where)).toEqual([
      "Manage the vendor relationships for 3 payment processors",
    ]);
  });

  it("wants numbers in at least half the bullets, and costs more below a third", () => {
    const unquantified = [
      "Built the internal admin console",
      "Designed the onboarding flow",
      "Improved the alerting setup",
    ];
    const some = score((input) => (input.parsed.experience[1].bullets = unquantified));
    const none = score((input) => input.parsed.experience.forEach((entry) => (entry.bullets = unquantified)));
    expect(byRule(some, "bullets.quantified")[0]).toMatchObject({
      points: 3,
      what: "Only 2 of 6 bullets (33%) contain a number",
    });
    expect(byRule(none, "bullets.quantified")[0]).toMatchObject({ points: 6 });
  });

  it("stops deducting for one rule at its cap, but still lists every finding", () => {
    const result = score((input) => {
      input.parsed.experience[0].bullets = Array.from(
        { length: 8 },
        (_, i) => `Responsible for area ${i + 1} of the platform`,
      );
    });
    const weak = byRule(result, "bullets.weak-opener");
    expect(weak).toHaveLength(8);
    expect(weak.reduce((sum, item) => sum + item.points, 0)).toBe(6);
  });

  it("deducts for length over two pages and for a thin resume", () => {
    expect(
      byRule(
        score((input) => (input.layout.pageCount = 3)),
        "length.pages",
      )[0].points,
    ).toBe(3);
    expect(
      byRule(
        score((input) => (input.words = 150)),
        "length.words",
      )[0].points,
    ).toBe(6);
  });

  it("catches misspelled tech terms but not web addresses or all-caps headings", () => {
    const result = score((input) => {
      input.text = "Skills\nJavascript, Github Actions, Python\ngithub.com/jane | jane.dev\nJAVASCRIPT ENGINEER";
    });
    expect(byRule(result, "consistency.spelling").map((item) => item.what)).toEqual([
      '"Javascript" is spelled "JavaScript"',
      '"Github Actions" is spelled "GitHub Actions"',
    ]);
  });

  it("wants one date format throughout", () => {
    const result = score((input) => {
      input.parsed.experience[1].dates = "06/2017 – 02/2021";
    });
    expect(byRule(result, "consistency.dates")[0].what).toMatch(/2 formats: month names .*, numbers/);
  });

  it("deducts for tables, icon glyphs and images over text", () => {
    const result = score((input) => {
      input.layout.pages[0].tableRows = 4;
      input.layout.pages[0].imageCoverage = 0.4;
      input.layout.iconChars = 5;
    });
    expect(
      result.items.find((item) => item.id === "layout")?.findings.map((item) => [item.ruleId, item.points]),
    ).toEqual([
      ["layout.table", 4],
      ["layout.icons", 1],
      ["layout.image", 3],
    ]);
  });
});

describe("score: gates cap the total and say why", () => {
  it("gives a PDF without a text layer 0, marked needs OCR", () => {
    const result = score((input) => {
      input.layout.pages[0].chars = 0;
      input.layout.pages[0].imageCoverage = 1;
    });
    expect(result.total).toBe(0);
    expect(result.items).toEqual([]);
    expect(result.gates).toMatchObject([{ id: "needs_ocr", cap: 0 }]);
    expect(result.gates[0].what).toMatch(/needs OCR/);
  });

  it("caps at 50 when one page is only an image", () => {
    const result = score((input) => {
      input.layout.pages.push({ page: 2, kind: "single", gutterX: null, tableRows: 0, chars: 0, imageCoverage: 0.95 });
    });
    expect(result).toMatchObject({ total: 50, uncapped: 100 });
    expect(result.gates.map((gate) => gate.id)).toEqual(["images_of_text"]);
  });

  it("caps at 40 when characters do not extract", () => {
    const result = score((input) => {
      input.layout.garbledChars = 400;
      input.text = "Jane Rivera\nMa\ufffd\ufffdger of \ufffd\ufffd\ufffd";
    });
    expect(result.total).toBe(40);
    expect(result.gates[0]).toMatchObject({ id: "garbled_text", where: "Ma\ufffd\ufffdger of \ufffd\ufffd\ufffd" });
  });

  it("caps at 40 when a font maps glyphs to the wrong letters (no vowels anywhere)", () => {
    const result = score((input) => {
      input.text = Array.from({ length: 30 }, () => "Bnlt thr pfrmnt srvcs wth Kbrnts").join("\n");
    });
    expect(result.gates.map((gate) => gate.id)).toEqual(["garbled_text"]);
  });

  it("caps at 75 for a two-column page, naming where each column starts", () => {
    const result = score((input) => {
      input.layout.pages[0].kind = "columns";
      input.layout.lines = [
        { page: 1, y: 100, x0: 40, segments: [], text: "SKILLS", fontSize: 12, startsBold: true, column: "left" },
        { page: 1, y: 100, x0: 250, segments: [], text: "EXPERIENCE", fontSize: 12, startsBold: true, column: "right" },
      ];
    });
    expect(result.total).toBe(75);
    expect(result.gates[0]).toMatchObject({
      id: "multi_column",
      where: 'Left column starts "SKILLS", right column starts "EXPERIENCE"',
    });
  });

  it("leaves a lower score below the cap", () => {
    const result = score((input) => {
      input.layout.pages[0].kind = "columns";
      input.parsed.experience = [];
      Object.assign(input.parsed.contact, { email: null, phone: null, linkedin: null });
      input.layout.pageCount = 4;
      input.words = 150;
    });
    expect(result.uncapped).toBeLessThan(75);
    expect(result.total).toBe(result.uncapped);
  });
});
