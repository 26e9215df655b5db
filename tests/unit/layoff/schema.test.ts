import { describe, expect, it } from "vitest";
import { parseLayoffForm, readLayoffExplanation } from "~/layoff/schema";
import { composeLayoffExplanation } from "~/layoff/compose";
import { layoffInput, TODAY, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

function errorsFor(overrides: Record<string, unknown>) {
  const result = parseLayoffForm({ ...TYPICAL_FORM, ...overrides }, TODAY);
  if (result.ok) throw new Error("expected the form to be refused");
  return result.fieldErrors;
}

describe("layoff form", () => {
  it("reads a posted form with repeated checkboxes into typed values", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(TYPICAL_FORM)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, String(v));
    }
    form.append("everyoneAffected", "on");
    const result = parseLayoffForm(form, TODAY);
    expect(result).toMatchObject({
      ok: true,
      input: {
        affectedCount: "1,200",
        affected: { kind: "count", value: 1200, qualifier: null },
        since: ["learning", "projects"],
        tone: "plain",
        everyoneAffected: true,
      },
    });
  });

  it("names every missing required field with a message a person can act on", () => {
    const result = parseLayoffForm({}, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      lastRole: "Enter your last job title.",
      company: "Enter the company's name.",
      startDate: expect.stringContaining("month you started"),
      endDate: expect.stringContaining("last month you worked"),
      layoffType: "Choose what happened.",
      delivered: expect.stringContaining("one thing you delivered"),
      since: expect.stringContaining("Tick at least one"),
      nextGoal: expect.stringContaining("what you want next"),
    });
    expect(result.fieldErrors.tone).toBeUndefined();
  });

  it("refuses 50 kB fields with a length message on that field", () => {
    const huge = "a".repeat(50_000);
    const errors = errorsFor({ delivered: huge, whatHappened: huge, company: huge });
    expect(errors.delivered).toBe("Keep what you delivered under 400 characters — a short phrase is enough.");
    expect(errors.whatHappened).toMatch(/under 500 characters/);
    expect(errors.company).toMatch(/under 80 characters/);
  });

  it("refuses job titles too long to say in one breath", () => {
    expect(errorsFor({ lastRole: "a b c d e f g h i" }).lastRole).toBe("Keep the job title to 8 words or fewer.");
  });

  it("refuses an end date before the start date, even while other fields have errors", () => {
    const errors = errorsFor({ startDate: "2024-05", endDate: "2023-01", delivered: "" });
    expect(errors.endDate).toBe("The end date is before the start date.");
    expect(errors.delivered).toBeDefined();
  });

  it("refuses dates in the future and dates that are not months", () => {
    expect(errorsFor({ endDate: "2024-12" }).endDate).toMatch(/in the future/);
    expect(errorsFor({ startDate: "2025-01" }).startDate).toMatch(/in the future/);
    expect(errorsFor({ endDate: "March 2024" }).endDate).toBe("Enter a month as year and month, like 2024-03.");
    expect(errorsFor({ startDate: "1900-01" }).startDate).toMatch(/from 1950/);
  });

  it("accepts the current month as the last month worked", () => {
    expect(parseLayoffForm({ ...TYPICAL_FORM, endDate: "2024-11" }, TODAY).ok).toBe(true);
  });

  it("accepts the honest forms of a head count: numbers, approximations, shares, fractions, everyone", () => {
    const read = (affectedCount: string) => layoffInput(TYPICAL_FORM, { affectedCount }).affected;
    expect(read("1200")).toEqual({ kind: "count", value: 1200, qualifier: null });
    expect(read("about 200")).toEqual({ kind: "count", value: 200, qualifier: "about" });
    expect(read("~50 people")).toEqual({ kind: "count", value: 50, qualifier: "~" });
    expect(read("12%")).toEqual({ kind: "share", percent: 12, qualifier: null });
    expect(read("roughly 25 percent")).toEqual({ kind: "share", percent: 25, qualifier: "roughly" });
    expect(read("a third")).toEqual({ kind: "fraction", words: "a third" });
    expect(read("Half")).toEqual({ kind: "fraction", words: "half" });
    expect(read("")).toBeNull();
    expect(layoffInput(TYPICAL_FORM, { affectedCount: "  about   200 " }).affectedCount).toBe("about 200");
  });

  it("takes 'everyone' as the tick it implies, and refuses it for a performance-related exit", () => {
    const input = layoffInput(TYPICAL_FORM, { affectedCount: "everyone" });
    expect(input.affected).toEqual({ kind: "everyone" });
    expect(input.everyoneAffected).toBe(true);
    expect(errorsFor({ affectedCount: "100%", layoffType: "performance_adjacent" }).affectedCount).toMatch(
      /wasn't a cut of everyone/,
    );
  });

  it("refuses a head count it cannot read, saying which forms it can", () => {
    expect(errorsFor({ affectedCount: "lots" }).affectedCount).toMatch(
      /a number like 120, “about 200”, a share like 12% or “a third”/,
    );
    expect(errorsFor({ affectedCount: "0" }).affectedCount).toMatch(/from 1 to/);
    expect(errorsFor({ affectedCount: "150%" }).affectedCount).toMatch(/from 1% to 100%/);
    expect(errorsFor({ affectedCount: "12; DROP TABLE" }).affectedCount).toMatch(/a number like 120/);
    expect(errorsFor({ affectedCount: "9".repeat(50) }).affectedCount).toMatch(/Keep this short/);
  });

  it("refuses unknown choices", () => {
    expect(errorsFor({ layoffType: "fired" }).layoffType).toBe("Choose what happened.");
    expect(errorsFor({ tone: "angry" }).tone).toBe("Choose a tone.");
    expect(errorsFor({ since: ["learning", "partying"] }).since).toBe("Choose from the listed activities.");
  });

  it("won't let a performance-related exit claim a whole-group cut", () => {
    expect(errorsFor({ layoffType: "performance_adjacent", everyoneAffected: "on" }).everyoneAffected).toMatch(
      /Untick/,
    );
  });

  it("keeps HTML as text, and flattens line breaks and invisible characters", () => {
    const input = layoffInput(TYPICAL_FORM, {
      delivered: "Built <script>alert(1)</script> <b>fast</b>\n\n tools\u202e here",
    });
    expect(input.delivered).toBe("Built <script>alert(1)</script> <b>fast</b> tools here");
  });

  it("reads a saved document back, and nothing else", () => {
    const doc = composeLayoffExplanation(layoffInput(), { today: TODAY });
    expect(readLayoffExplanation(JSON.stringify(doc))).toEqual(doc);
    expect(readLayoffExplanation('{"spokenAnswer": 3}')).toBeNull();
    expect(readLayoffExplanation("not json")).toBeNull();
  });
});
