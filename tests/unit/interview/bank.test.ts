import { describe, expect, test } from "vitest";
import {
  eligibleQuestions,
  QUESTION_BANK,
  selectQuestions,
  validateBank,
  type SelectionCriteria,
} from "~/interview/bank.ts";
import type { Question } from "~/interview/types.ts";
import { bankQuestion } from "../../fixtures/interview/sessions.ts";

const count = (predicate: (question: Question) => boolean) => QUESTION_BANK.filter(predicate).length;

describe("question bank content", () => {
  test("has at least 300 questions and passes validation", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(300);
    expect(validateBank(QUESTION_BANK)).toEqual([]);
  });

  test("every question has stage, role, level and competency tags and at least three rubric points with keywords", () => {
    for (const question of QUESTION_BANK) {
      expect(question.stages.length, question.id).toBeGreaterThan(0);
      expect(question.roles.length, question.id).toBeGreaterThan(0);
      expect(question.competency, question.id).not.toBe("");
      expect(question.rubric.length, question.id).toBeGreaterThanOrEqual(3);
      for (const point of question.rubric)
        expect(point.keywords.length, `${question.id}: ${point.point}`).toBeGreaterThan(0);
    }
  });

  test("has no duplicate ids or texts", () => {
    expect(new Set(QUESTION_BANK.map((question) => question.id)).size).toBe(QUESTION_BANK.length);
    expect(new Set(QUESTION_BANK.map((question) => question.text.toLowerCase())).size).toBe(QUESTION_BANK.length);
  });

  test("covers every kind of question the issue asks for", () => {
    expect(count((question) => question.kind === "behavioral")).toBeGreaterThanOrEqual(80);
    expect(count((question) => question.kind === "system_design")).toBeGreaterThanOrEqual(30);
    expect(count((question) => question.kind === "coding")).toBeGreaterThanOrEqual(25);
    expect(count((question) => question.kind === "concept")).toBeGreaterThanOrEqual(25);
    for (const competency of ["frontend-frameworks", "apis", "type-safety", "deployment"] as const) {
      expect(
        count((question) => question.competency === competency && question.roles.includes("full-stack")),
        competency,
      ).toBeGreaterThanOrEqual(5);
    }
    for (const competency of [
      "databases",
      "distributed-systems",
      "microservices",
      "caching",
      "load-balancing",
      "containers",
    ] as const) {
      expect(
        count((question) => question.competency === competency && question.roles.includes("backend")),
        competency,
      ).toBeGreaterThanOrEqual(5);
    }
  });

  test("system design prompts span levels, with some only for staff and above", () => {
    const designs = QUESTION_BANK.filter((question) => question.kind === "system_design");
    expect(designs.some((question) => question.levels.max === "L5")).toBe(true);
    expect(designs.some((question) => question.levels.min === "L6")).toBe(true);
  });

  test("Amazon-characteristic behavioral questions exist for Leadership Principles practice", () => {
    expect(
      count((question) => question.kind === "behavioral" && question.companies.includes("amazon")),
    ).toBeGreaterThanOrEqual(20);
  });
});

describe("validateBank", () => {
  const valid = bankQuestion("co-two-sum");

  test("reports duplicates, missing tags, thin rubrics and empty keywords", () => {
    const broken: Question[] = [
      valid,
      { ...valid },
      { ...valid, id: "x-no-stages", text: "Another question?", stages: [] },
      { ...valid, id: "x-no-roles", text: "Yet another question?", roles: [] },
      { ...valid, id: "x-thin", text: "Thin rubric?", rubric: valid.rubric.slice(0, 1) },
      {
        ...valid,
        id: "x-empty-keyword",
        text: "Empty keyword?",
        rubric: [...valid.rubric, { point: "a point", keywords: ["?!"] }],
      },
      { ...valid, id: "x-wrong-stage", text: "Wrong stage?", stages: ["team-match"] },
      { ...valid, id: "x-levels", text: "Reversed levels?", levels: { min: "L6", max: "L4" } },
    ];
    const problems = validateBank(broken).map((problem) => `${problem.questionId}: ${problem.problem}`);
    expect(problems).toEqual([
      "co-two-sum: duplicate id",
      "co-two-sum: same text as co-two-sum",
      "x-no-stages: no stage tags",
      "x-no-roles: no role tags",
      "x-thin: needs at least 3 rubric points",
      'x-empty-keyword: keyword "?!" has no words',
      'x-wrong-stage: no loop asks coding questions at stage "team-match"',
      "x-levels: level range L6–L4 is reversed",
    ]);
  });
});

describe("selectQuestions", () => {
  const criteria: SelectionCriteria = {
    company: "amazon",
    role: "backend",
    level: "L4",
    stage: "behavioral",
    kinds: ["behavioral"],
    count: 6,
    seed: "42",
  };

  test("the same inputs and seed give the same questions in the same order", () => {
    expect(selectQuestions(criteria).map((question) => question.id)).toEqual(
      selectQuestions({ ...criteria }).map((question) => question.id),
    );
  });

  test("different seeds give different selections", () => {
    const selections = new Set(
      ["1", "2", "3", "4"].map((seed) =>
        selectQuestions({ ...criteria, seed })
          .map((question) => question.id)
          .join(),
      ),
    );
    expect(selections.size).toBeGreaterThan(1);
  });

  test("only returns questions tagged for the stage, role and level", () => {
    const picked = selectQuestions({
      ...criteria,
      stage: "system-design",
      kinds: ["system_design"],
      role: "frontend",
      level: "L6",
      count: 5,
    });
    expect(picked).toHaveLength(5);
    for (const question of picked) {
      expect(question.kind).toBe("system_design");
      expect(question.roles).toContain("frontend");
      expect(["L3", "L4", "L5", "L6"]).toContain(question.levels.min);
      expect(["L6", "L7"]).toContain(question.levels.max);
    }
  });

  test("prefers questions characteristic of the company", () => {
    const picked = selectQuestions(criteria);
    expect(picked.every((question) => question.companies.includes("amazon"))).toBe(true);
  });

  test("uses each competency once before repeating one", () => {
    const picked = selectQuestions({ ...criteria, company: "large-company", count: 10 });
    expect(new Set(picked.map((question) => question.competency)).size).toBe(10);
  });

  test("never returns excluded questions and returns fewer when the pool runs out", () => {
    const pool = eligibleQuestions(criteria);
    const exclude = new Set(pool.slice(1).map((question) => question.id));
    expect(selectQuestions({ ...criteria, exclude }).map((question) => question.id)).toEqual([pool[0]!.id]);
  });
});
