import { describe, expect, test } from "vitest";
import { ANSWER_MAX_CHARS, parseAnswer, parseChoices } from "~/interview";

describe("parseChoices", () => {
  test("accepts form-style input, normalising case, whitespace and the seed", () => {
    expect(parseChoices({ company: "  Google ", role: " Full-Stack ", level: "L5", stage: "FULL", seed: 12 })).toEqual({
      ok: true,
      choices: { company: "Google", role: "full-stack", level: "L5", stage: "full", seed: "12" },
    });
  });

  test("an empty company is allowed: it means the generic loop", () => {
    expect(parseChoices({ company: "", role: "backend", level: "L4", stage: "coding", seed: "s" })).toMatchObject({
      ok: true,
    });
  });

  test.each([
    [{ role: "wizard" }, /Choose a role: software-engineer, full-stack, backend, frontend\./],
    [{ level: "" }, /Choose a level\./],
    [{ stage: "lunch" }, /Choose a stage or the full loop\./],
    [{ company: "x".repeat(101) }, /Company names are limited to 100 characters\./],
    [{ seed: 1.5 }, /The seed must be a whole number or a short text\./],
  ])("rejects %o with a message a user can act on", (change, message) => {
    const result = parseChoices({ company: "google", role: "backend", level: "L4", stage: "full", seed: 1, ...change });
    expect(result).toMatchObject({ ok: false, error: "invalid_choices", message: expect.stringMatching(message) });
  });

  test("rejects input that is not an object without throwing", () => {
    expect(parseChoices("google")).toMatchObject({ ok: false, error: "invalid_choices" });
    expect(parseChoices(undefined)).toMatchObject({ ok: false, error: "invalid_choices" });
  });
});

describe("parseAnswer", () => {
  test("trims the answer, normalises line endings and drops control characters", () => {
    expect(parseAnswer({ answer: "  First line\r\nsecond\u0000 line \u0007 " })).toEqual({
      ok: true,
      submitted: { answer: "First line\nsecond line", code: null },
    });
  });

  test("keeps markup exactly as typed: it is text", () => {
    expect(parseAnswer({ answer: "<script>alert(1)</script> & more" })).toEqual({
      ok: true,
      submitted: { answer: "<script>alert(1)</script> & more", code: null },
    });
  });

  test("an answer at the limit is accepted; one character over is not", () => {
    expect(parseAnswer({ answer: "a".repeat(ANSWER_MAX_CHARS) })).toMatchObject({ ok: true });
    expect(parseAnswer({ answer: "a".repeat(ANSWER_MAX_CHARS + 1) })).toEqual({
      ok: false,
      error: "answer_too_long",
      message: "Answers are limited to 20,000 characters; this one has 20,001. Shorten it and submit again.",
    });
  });

  test("an empty or blank answer asks the user to type one", () => {
    expect(parseAnswer({ answer: " \n " })).toEqual({
      ok: false,
      error: "empty_answer",
      message: "Type an answer before submitting.",
    });
  });

  test("code keeps its indentation and needs a language we run", () => {
    expect(parseAnswer({ answer: "", code: "def f(x):\n    return x\n\n", language: "python" })).toEqual({
      ok: true,
      submitted: { answer: "", code: { language: "python", source: "def f(x):\n    return x" } },
    });
    expect(parseAnswer({ answer: "", code: "print(1)", language: "cobol" })).toMatchObject({
      ok: false,
      error: "unsupported_language",
    });
    expect(parseAnswer({ answer: "", code: "x".repeat(20_001), language: "python" })).toMatchObject({
      ok: false,
      error: "answer_too_long",
    });
  });

  test("a non-text answer is rejected", () => {
    expect(parseAnswer({ answer: { text: "hi" } })).toEqual({
      ok: false,
      error: "invalid_answer",
      message: "The answer must be text.",
    });
  });
});
