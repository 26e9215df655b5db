import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSourceRegistry } from "~/market/citations";
import { fillTemplate } from "~/content";
import { validateRoleContent } from "~/market/content";
import { CONTENT_DIR, readMarketContent } from "~/market/content.server";
import { ROLE_SLUGS } from "~/market/roles";
import { roleSkills } from "~/market/skills";
import { LEVELS } from "~/market/types";
import { shippedMarketData } from "../../fixtures/market/shipped";

describe("shipped role content", () => {
  it("loads and passes the schema for every role, ladders in level order", async () => {
    const content = await readMarketContent();
    expect(Object.keys(content.roles).sort()).toEqual([...ROLE_SLUGS].sort());
    for (const slug of ROLE_SLUGS) {
      expect(content.roles[slug].ladder.map((s) => s.level)).toEqual([...LEVELS]);
      expect(content.roles[slug].skills.length).toBeGreaterThanOrEqual(3);
    }
    expect(content.dataLimits.noOfficialSplit).toContain("{occupation}");
  });

  it("names evidence that exists in the shipped data for every skill that claims some", async () => {
    const content = await readMarketContent();
    const data = await shippedMarketData();
    for (const slug of ROLE_SLUGS) {
      const skills = content.roles[slug].skills;
      const views = roleSkills(skills, data, createSourceRegistry());
      views.forEach((view, i) => {
        const claims = skills[i].evidence !== undefined;
        expect(view.evidence.kind === "none", `${slug}: ${view.name}`).toBe(!claims);
      });
    }
  });

  it("covers the competencies people search for", async () => {
    const { roles } = await readMarketContent();
    const names = ROLE_SLUGS.flatMap((slug) => roles[slug].skills.map((s) => s.name)).join(" | ");
    for (const topic of ["React", "TypeScript", "Kubernetes", "cloud", "Databases", "Distributed systems"]) {
      expect(names.toLowerCase()).toContain(topic.toLowerCase());
    }
  });
});

describe("content validation", () => {
  const valid = () => structuredClone(Object.fromEntries(ROLE_SLUGS.map((slug) => [slug, SAMPLE])));

  it("accepts a complete set", () => {
    expect(validateRoleContent(valid())).toMatchObject({ ok: true });
  });

  it("refuses a missing or unknown role file", () => {
    const missing = valid();
    delete missing["data-engineer"];
    expect(validateRoleContent(missing)).toEqual({ ok: false, error: "No content file for data-engineer." });
    expect(validateRoleContent({ ...valid(), astronaut: SAMPLE })).toEqual({
      ok: false,
      error: "Content for unknown roles: astronaut.",
    });
  });

  it("names the role and field of a bad value, an unknown key, a ladder out of order and bad evidence", () => {
    const cases: [(c: Record<string, any>) => void, RegExp][] = [
      [(c) => (c.attributes.uiInvolvement = 7), /^software-engineer: attributes\.uiInvolvement: /],
      [(c) => (c.sumary = "typo"), /^software-engineer: \(file\): .*sumary/],
      [(c) => c.ladder.reverse(), /^software-engineer: ladder: the ladder must have one step per level/],
      [
        (c) =>
          (c.skills[0].evidence = { kind: "salary_gap", role: "chef", versus: "software-engineer", level: "senior" }),
        /skills\.0\.evidence\.role: not one of our role slugs/,
      ],
      [
        (c) => (c.skills[0].evidence = { kind: "level_step", role: "software-engineer", from: "senior", to: "senior" }),
        /a level step needs two different levels/,
      ],
      [(c) => (c.summary = "   "), /^software-engineer: summary: /],
    ];
    for (const [spoil, message] of cases) {
      const content = valid();
      spoil(content["software-engineer"] as Record<string, any>);
      const result = validateRoleContent(content);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });

  it("throws naming the file when a YAML file does not parse", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "market-content-"));
    fs.cpSync(CONTENT_DIR, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "roles", "data-engineer.yaml"), "summary: [unclosed\n");
    await expect(readMarketContent(dir)).rejects.toThrow(/data-engineer\.yaml/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("fills templates and refuses a placeholder without a value", () => {
    expect(fillTemplate("{a} and {b}", { a: "x", b: "y" })).toBe("x and y");
    expect(() => fillTemplate("{a} and {c}", { a: "x" })).toThrow("{c}");
  });
});

const SAMPLE = {
  summary: "Does things.",
  earnsMore: [{ where: "Somewhere", why: "Because." }],
  breadthVsDepth: "Both.",
  attributes: { technicalBreadth: 3, architectureDepth: 3, uiInvolvement: 3, infrastructureFocus: 3 },
  ladder: LEVELS.map((level) => ({ level, band: "L", title: "T", scope: "S" })),
  beyondLadder: "More.",
  plateau: "Here.",
  nextMoves: ["Next"],
  skills: [
    { name: "One", why: "Why." },
    { name: "Two", why: "Why." },
    {
      name: "Three",
      why: "Why.",
      evidence: { kind: "level_step", role: "software-engineer", from: "senior", to: "staff" },
    },
  ],
};
