import { describe, expect, test } from "vitest";
import { buildLoop, listCompanies, listLevels, listRoles, resolveLevel } from "~/interview/loops.ts";
import type { Loop, StageId } from "~/interview/types.ts";
import { STAGE_IDS } from "~/interview/types.ts";

function loopFor(company: string, level: string, role = "software-engineer"): { loop: Loop; notes: string[] } {
  const result = buildLoop({ company, role, level });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const stageIds = (loop: Loop) => loop.stages.map((stage) => stage.id);
const stage = (loop: Loop, id: StageId) => loop.stages.find((candidate) => candidate.id === id);

describe("catalogue", () => {
  test("lists the five named companies and the two generic loops", () => {
    expect(listCompanies().map((company) => company.id)).toEqual([
      "google",
      "meta",
      "amazon",
      "microsoft",
      "apple",
      "startup",
      "large-company",
    ]);
  });

  test("lists the four roles, including a general software engineer", () => {
    expect(listRoles().map((role) => role.id)).toEqual(["software-engineer", "full-stack", "backend", "frontend"]);
  });

  test.each([
    ["meta", ["E3", "E4", "E5", "E6", "E7"]],
    ["amazon", ["SDE I (L4)", "SDE II (L5)", "SDE III", "Principal SDE (L7)"]],
    ["microsoft", ["59–60", "61–62", "63–64", "65–67"]],
    ["apple", ["ICT2", "ICT3", "ICT4", "ICT5", "ICT6"]],
  ])("%s levels map onto the common ladder in order", (company, names) => {
    const levels = listLevels(company);
    expect(levels.map((level) => level.id)).toEqual(["L3", "L4", "L5", "L6", "L7"].slice(0, names.length));
    names.forEach((name, index) => expect(levels[index]!.name).toContain(name));
  });

  test.each([
    ["meta", "E5", "L5"],
    ["Facebook", "e4", "L4"],
    ["amazon", "SDE II", "L4"],
    ["amazon", "L6", "L5"],
    ["microsoft", "62", "L4"],
    ["apple", "ICT 4", "L5"],
    ["google", "Staff", "L6"],
    ["meta", "E9", null],
  ])("resolveLevel(%s, %s) is %s", (company, label, expected) => {
    expect(resolveLevel(company, label)).toBe(expected);
  });

  test("an unknown company lists the generic large-company levels", () => {
    expect(listLevels("Initech").map((level) => level.id)).toEqual(["L3", "L4", "L5", "L6", "L7"]);
  });
});

describe("buildLoop", () => {
  test("Google L3 has no system design; coding carries the loop", () => {
    const { loop } = loopFor("google", "L3");
    expect(stageIds(loop)).not.toContain("system-design");
    expect(stage(loop, "coding")?.rounds).toBe(3);
    expect(stage(loop, "behavioral")?.name).toBe("Googleyness & Leadership");
  });

  test("Google L5 has one system design round; L6 has two", () => {
    expect(stage(loopFor("google", "L5").loop, "system-design")?.rounds).toBe(1);
    expect(stage(loopFor("google", "L6").loop, "system-design")?.rounds).toBe(2);
  });

  test("Google's loop ends with the hiring committee and team match, in that order", () => {
    const ids = stageIds(loopFor("google", "L4").loop);
    expect(ids.slice(-2)).toEqual(["hiring-committee", "team-match"]);
    expect(stage(loopFor("google", "L4").loop, "hiring-committee")).toMatchObject({
      practised: false,
      questionCount: 0,
    });
  });

  test("Meta adds a design round from E4", () => {
    expect(stageIds(loopFor("meta", "L3").loop)).not.toContain("system-design");
    expect(stageIds(loopFor("meta", "L4").loop)).toContain("system-design");
  });

  test("Amazon SDE I has an online assessment and no system design; Leadership Principles run through every interview", () => {
    const { loop, notes } = loopFor("amazon", "L3");
    expect(stageIds(loop)).toContain("online-assessment");
    expect(stageIds(loop)).not.toContain("system-design");
    expect(stage(loop, "behavioral")?.name).toMatch(/Leadership Principles/);
    expect(notes.join(" ")).toMatch(/Bar Raiser/);
  });

  test("Amazon Principal has two design rounds and no online assessment", () => {
    const { loop } = loopFor("amazon", "L6");
    expect(stage(loop, "system-design")?.rounds).toBe(2);
    expect(stageIds(loop)).not.toContain("online-assessment");
  });

  test("Microsoft ends with the as-appropriate interview", () => {
    const { loop } = loopFor("microsoft", "L4");
    expect(loop.stages.at(-1)).toMatchObject({ id: "hiring-manager", name: "As-appropriate (AA) interview" });
  });

  test("stages follow the usual interview order", () => {
    for (const company of listCompanies()) {
      for (const level of listLevels(company.id)) {
        const order = stageIds(loopFor(company.id, level.id).loop).map((id) => STAGE_IDS.indexOf(id));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      }
    }
  });

  test("every stage says what it assesses, how long it takes, and how it differs at this level", () => {
    const { loop } = loopFor("apple", "L5", "frontend");
    for (const entry of loop.stages) {
      expect(entry.assesses.length).toBeGreaterThan(0);
      expect(entry.guidance).not.toBe("");
      expect(entry.levelNote).not.toBe("");
      if (entry.practised) expect(entry.minutesPerRound).toBeGreaterThan(0);
    }
    expect(loop.totalMinutes).toBe(loop.stages.reduce((sum, entry) => sum + entry.minutesPerRound * entry.rounds, 0));
  });

  test("company names are matched case-insensitively and by alias", () => {
    expect(loopFor("  FACEBOOK ", "L4").loop.company.id).toBe("meta");
    expect(loopFor("AWS", "L4").loop.company.id).toBe("amazon");
  });

  test("a company's own level name is accepted", () => {
    expect(loopFor("meta", "E6").loop.level).toEqual({ id: "L6", name: "E6 (Staff Software Engineer)" });
  });

  test("role notes are added where the company runs a different loop for the role", () => {
    expect(loopFor("meta", "L4", "frontend").notes.join(" ")).toMatch(/front-end engineer loop/);
  });

  test("an unknown company gets the generic large-company loop with a note", () => {
    const { loop, notes } = loopFor("Initech", "L5");
    expect(loop.company.id).toBe("large-company");
    expect(notes[0]).toMatch(/no loop on file for "Initech"/);
  });

  test("a level the company does not have is a clear error listing its levels", () => {
    const result = buildLoop({ company: "amazon", role: "backend", level: "L7" });
    expect(result).toMatchObject({ ok: false, error: "level_not_offered" });
    if (!result.ok) expect(result.message).toMatch(/L6 = Principal SDE \(L7\)/);
  });

  test("a level that is not a level at all is a clear error", () => {
    expect(buildLoop({ company: "google", role: "backend", level: "L42" })).toMatchObject({
      ok: false,
      error: "unknown_level",
    });
  });

  test("an unknown role is a clear error listing the roles", () => {
    const result = buildLoop({ company: "google", role: "data scientist", level: "L4" });
    expect(result).toMatchObject({ ok: false, error: "unknown_role" });
    if (!result.ok) expect(result.message).toMatch(/full-stack/);
  });
});
