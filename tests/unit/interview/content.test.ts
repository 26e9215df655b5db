// The interview's content files (questions, loops, coding problems, word lists) are data read
// through zod schemas at load: the shipped files load, and a malformed one is refused with a
// message naming the file, the field and what is wrong.
import { describe, expect, test } from "vitest";
import { readLoopFile } from "~/interview/loop-content";
import { readQuestionFile } from "~/interview/question-content";
import { ContentError, readContent } from "~/interview/read-content";
import { QUESTION_BANK, validateBank } from "~/interview/questions.server";
import { z } from "zod";

const question = {
  id: "bh-test-question",
  competency: "ownership",
  text: "Tell me about a time you owned something.",
  points: ["what you owned :: owned|mine", "what you did :: fixed|built", "@impact"],
};
const file = (points: unknown[] = question.points) => ({
  shared: { impact: "the measurable impact :: percent|reduced" },
  groups: [
    {
      about: "test",
      kind: "behavioral",
      defaults: { stages: ["behavioral"], roles: ["backend"], levels: ["L3", "L7"] },
      questions: [{ ...question, points }],
    },
  ],
});

describe("interview content files", () => {
  test("the shipped question files load into a sound bank", () => {
    expect(QUESTION_BANK.length).toBeGreaterThan(200);
    expect(validateBank(QUESTION_BANK)).toEqual([]);
  });

  test("a question file fills tags from its group's defaults and resolves shared points", () => {
    const [read] = readQuestionFile("test.json", file());
    expect(read).toMatchObject({ id: "bh-test-question", kind: "behavioral", stages: ["behavioral"], companies: [] });
    expect(read!.levels).toEqual({ min: "L3", max: "L7" });
    expect(read!.rubric[2]).toEqual({ point: "the measurable impact", keywords: ["percent", "reduced"] });
  });

  test("a malformed rubric point is refused with the file, the field and the rule", () => {
    expect(() => readQuestionFile("broken.json", file(["what you owned, with no keywords"]))).toThrow(
      'Content file app/interview/content/questions/broken.json: groups.0.questions.0.points.0: a rubric point is written "what a strong answer covers :: keyword|synonym"',
    );
  });

  test("an unknown stage, a missing field and an unknown shared value are refused by name", () => {
    const badStage = file();
    badStage.groups[0]!.defaults.stages = ["lunch"];
    expect(() => readQuestionFile("stage.json", badStage)).toThrow(
      /questions\/stage\.json: groups\.0\.defaults\.stages\.0: /,
    );
    const { text: _text, ...noText } = question;
    const missing = { ...file(), groups: [{ ...file().groups[0]!, questions: [noText] }] };
    expect(() => readQuestionFile("missing.json", missing)).toThrow(/missing\.json: groups\.0\.questions\.0\.text: /);
    expect(() => readQuestionFile("ref.json", file(["@nowhere"]))).toThrow(
      'Content file app/interview/content/questions/ref.json: groups.0.questions.0.points.0: unknown shared value "@nowhere"',
    );
  });

  test("a loop with a negative length or an unknown level is refused", () => {
    const loop = {
      about: "test",
      fallbackCompany: "startup",
      loops: [
        {
          id: "startup",
          name: "Startup",
          generic: true,
          aliases: ["startup"],
          levels: [{ id: "L9", name: "Level nine", aliases: [] }],
          notes: [],
          roleNotes: {},
          stages: [],
        },
      ],
    };
    expect(() => readLoopFile("loops.json", loop)).toThrow(/loops\.json: loops\.0\.levels\.0\.id: /);
  });

  test("an error is a ContentError, and a whole-file problem says so", () => {
    expect(() => readContent("x.json", 7, z.strictObject({ a: z.string() }))).toThrow(ContentError);
    expect(() => readContent("x.json", [], z.strictObject({ a: z.string() }))).toThrow(/x\.json: /);
  });
});
