// The question bank never ships to the browser: a candidate who could read the questions,
// their rubrics and the coding tests' expected outputs in the page's scripts would be
// preparing against an answer key. Reads the browser build of `npm run build`
// (public/build, source maps already moved out), so it fails when any module reachable
// from a page starts importing the bank.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CODING_PROBLEMS } from "~/interview/coding/problems";
import { QUESTION_BANK } from "~/interview/questions.server";

const BROWSER_BUILD = path.resolve("public/build");

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scripts(full);
    return entry.name.endsWith(".js") ? [fs.readFileSync(full, "utf8")] : [];
  });
}

describe("the browser build", () => {
  const bundle = scripts(BROWSER_BUILD).join("\n");

  it("exists and holds the interview pages' scripts", () => {
    expect(bundle.length).toBeGreaterThan(0);
    expect(
      fs.readdirSync(path.join(BROWSER_BUILD, "routes")).some((name) => name.startsWith("toolkit.interview")),
    ).toBe(true);
  });

  it("holds no question text, rubric point or coding reference from the bank", () => {
    const questionTexts = QUESTION_BANK.map((question) => question.text);
    // A point's keyword list as written in the bank (short point names also occur in stage guidance).
    const rubricPoints = QUESTION_BANK.flatMap((question) =>
      question.rubric.filter((point) => point.keywords.length >= 3).map((point) => point.keywords.join("|")),
    );
    const references = CODING_PROBLEMS.map((problem) => problem.references.python);
    // Only the first few leaks are listed, to keep the message short.
    const leaked = [...questionTexts, ...rubricPoints, ...references].filter((text) => bundle.includes(text));
    expect(leaked.slice(0, 5)).toEqual([]);
    expect(questionTexts.length).toBeGreaterThan(100);
  });
});
