// The built-in layoff writer: every form × type × tone within its channel rules with no
// invented facts, plus the behaviours issue 15 found broken (cut phrases, pasted fields,
// month arithmetic, privacy, performance in public, freelance as work, job search).
import { describe, expect, it } from "vitest";
import { CHANNELS } from "~/layoff/channels";
import { composeLayoffExplanation } from "~/layoff/compose";
import { channelTexts, checkLayoffRules } from "~/layoff/rules";
import { LAYOFF_TYPES, TONES } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { countWords } from "~/writer/compose";
import { checkFacts } from "~/writer/fact-check";
import { layoffInput, LONGEST_FORM, SHORT_FORM, TODAY, TYPICAL_FORM } from "../../fixtures/layoff/inputs";

const context = { today: TODAY };
const FORMS = { typical: TYPICAL_FORM, short: SHORT_FORM, longest: LONGEST_FORM };
const written = (doc: ReturnType<typeof composeLayoffExplanation>) =>
  Object.entries(channelTexts(doc))
    .filter(([channel, text]) => channel !== "thingsNotToSay" && text !== null)
    .map(([, text]) => text as string);
const PUBLIC = (doc: ReturnType<typeof composeLayoffExplanation>) => [
  doc.coverLetterLines,
  doc.linkedinPost,
  doc.linkedinHeadline,
  doc.resumeGapLine ?? "",
];

describe("built-in layoff explanation", () => {
  for (const [formName, form] of Object.entries(FORMS)) {
    for (const { value: layoffType } of LAYOFF_TYPES) {
      for (const { value: tone } of TONES) {
        it(`${formName} facts, ${layoffType}, ${tone}: within the channel rules, with the person's facts and no others`, () => {
          const input = layoffInput(form, { layoffType, tone });
          const doc = composeLayoffExplanation(input, context);
          const { min, max } = CHANNELS.spokenAnswer.words!;
          expect(doc.spokenAnswer.words).toBe(countWords(doc.spokenAnswer.text));
          expect(doc.spokenAnswer.words).toBeGreaterThanOrEqual(min!);
          expect(doc.spokenAnswer.words).toBeLessThanOrEqual(max!);
          expect(checkLayoffRules(doc, input)).toEqual([]);
          expect(doc.spokenAnswer.text).toContain(input.company);
          expect(doc.linkedinPost).toContain(input.company);
          const invented = checkFacts(
            layoffExplanationSpec.writtenParts(doc),
            layoffExplanationSpec.allowedFacts(input, context),
          );
          expect(invented).toEqual([]);
        });
      }
    }
  }

  it("says how long, when, and what was delivered, in the person's words, with the role in sentence case", () => {
    const doc = composeLayoffExplanation(layoffInput(), context);
    // February 2020 to March 2024, both months counted: 50 months.
    expect(doc.spokenAnswer.text).toMatch(
      /^I was a senior backend engineer at Acme Payments for 4 years and 2 months\./,
    );
    expect(doc.spokenAnswer.text).toContain("In March 2024, the company cut 1,200 jobs, and my role was one of them.");
    expect(doc.spokenAnswer.text).toContain("led the migration of billing to Stripe");
    // The headline claims only the title held; the target is what the person is open to.
    expect(doc.linkedinHeadline).toBe("Senior Backend Engineer | Open to staff engineer roles | ex-Acme Payments");
    expect(composeLayoffExplanation(layoffInput(TYPICAL_FORM, { targetRole: "" }), context).linkedinHeadline).toBe(
      "Senior Backend Engineer | Open to work | ex-Acme Payments",
    );
  });

  it("rounds the time since the last month worked and writes a gap line from 3 months, titled by what the time held", () => {
    // Last worked March 2024; on 15 November that is 7 months and 14 days: about 7 months.
    const doc = composeLayoffExplanation(layoffInput(), context);
    expect(doc.gapMonths).toBe(7);
    expect(doc.resumeGapLine).toBe(
      "Independent projects, April 2024 – present: completed the AWS Solutions Architect certification.",
    );
    expect(
      composeLayoffExplanation(layoffInput(TYPICAL_FORM, { endDate: "2024-09" }), context).resumeGapLine,
    ).toBeNull();
  });

  it("never cuts a phrase: a clause too long for the answer is left out whole", () => {
    const doc = composeLayoffExplanation(layoffInput(LONGEST_FORM, { layoffType: "company_wide" }), context);
    const firstClause =
      "designed and built the company's internal developer platform used by more than two thousand engineers across twelve countries";
    for (const text of written(doc)) {
      if (/internal developer platform/.test(text)) expect(text).toContain(firstClause);
      if (/mission-driven/.test(text))
        expect(text).toMatch(
          /at a mission-driven company(?: where reliability and developer experience are treated as first-class product concerns by leadership and by everyone else there too)?\./,
        );
    }
  });

  it("keeps a fact with its unit and the rest of its phrase", () => {
    const input = layoffInput(TYPICAL_FORM, {
      delivered: "Cut deploy time from 6 hours to 40 minutes by rebuilding the CI pipeline for the finance team",
      sinceDetails: "Built 3 React apps and a library for Go HTTP services",
    });
    const doc = composeLayoffExplanation(input, context);
    expect(doc.spokenAnswer.text).toContain(
      "cut deploy time from 6 hours to 40 minutes by rebuilding the CI pipeline for the finance team.",
    );
    for (const text of written(doc)) expect(text).not.toMatch(/to 40\.|the finance\.|Go HTTP\.|3 React\./);
  });

  it("says the target role once when the goal restates it", () => {
    const input = layoffInput(TYPICAL_FORM, {
      targetRole: "Senior Backend Engineer",
      nextGoal: "I'm looking for A senior backend role on a payments team",
    });
    const doc = composeLayoffExplanation(input, context);
    expect(doc.spokenAnswer.text).toContain("Next, I'm looking for a senior backend engineer role on a payments team.");
    expect(written(doc).join(" ")).not.toMatch(/role: A|looking for A /);
  });

  it("reads the honest forms of 'how many were affected'", () => {
    const cut = (affectedCount: string) =>
      composeLayoffExplanation(layoffInput(TYPICAL_FORM, { affectedCount }), context).spokenAnswer.text;
    expect(cut("12%")).toContain("the company cut 12% of its staff, and my role was one of them.");
    expect(cut("about 200")).toContain("the company cut about 200 jobs");
    expect(cut("a third")).toContain("the company cut a third of its staff");
  });

  it("owns a performance-related exit in the interview, says what changed, and keeps it out of public texts", () => {
    const withChange = layoffInput(TYPICAL_FORM, {
      layoffType: "performance_adjacent",
      whatChanged: "I now break work into small milestones",
    });
    const doc = composeLayoffExplanation(withChange, context);
    expect(doc.spokenAnswer.text).toContain(
      "partly because of my performance. I took it seriously: I now break work into small milestones.",
    );
    expect(doc.whyChosenAnswer).toMatch(/^It was partly about my performance, and I own that\./);
    for (const text of PUBLIC(doc)) expect(text).not.toMatch(/performance|fit\b/i);
    expect(doc.coverLetterLines).toContain("for 4 years and 2 months, until March 2024.");

    const without = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { layoffType: "performance_adjacent" }),
      context,
    );
    expect(without.spokenAnswer.text).toContain("[one habit or skill you changed since]");
  });

  it("keeps health and family detail private everywhere, and keeps the certification", () => {
    const input = layoffInput(TYPICAL_FORM, {
      since: ["caregiving", "learning"],
      sinceDetails: "Cared for a parent after surgery; earned the Google Professional Cloud Architect certification",
    });
    const doc = composeLayoffExplanation(input, context);
    const all = [...written(doc), ...doc.thingsNotToSay.map((t) => `${t.phrase} ${t.why}`)].join(" ");
    expect(all).not.toMatch(/surgery|parent/i);
    expect(doc.spokenAnswer.text).toContain(
      "Since then, I've cared for family and earned the Google Professional Cloud Architect certification.",
    );
    expect(doc.resumeGapLine).toContain("earned the Google Professional Cloud Architect certification");
  });

  it("lists freelance work as work, and never offers the job search as an achievement", () => {
    const freelance = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, {
        since: ["freelancing", "job_search"],
        sinceDetails: "Built data pipelines for two retail clients",
      }),
      context,
    );
    expect(freelance.resumeGapLine).toBe(
      "Freelance Senior Backend Engineer, April 2024 – present: built data pipelines for two retail clients.",
    );
    for (const text of [freelance.coverLetterLines, freelance.linkedinPost, freelance.resumeGapLine!]) {
      expect(text).not.toMatch(/career break|job search/i);
    }
    const searching = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { since: ["job_search"], sinceDetails: "" }),
      context,
    );
    for (const text of PUBLIC(searching)) expect(text).not.toMatch(/job search/i);
  });

  it("never claims the person wasn't selected individually unless they said everyone went", () => {
    const unsaid = composeLayoffExplanation(layoffInput(TYPICAL_FORM, { layoffType: "restructuring" }), context);
    expect(unsaid.whyChosenAnswer).toMatch(/I wasn't told the criteria/);
    const said = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { layoffType: "team_closed", everyoneAffected: "on" }),
      context,
    );
    expect(said.whyChosenAnswer).toMatch(/^I wasn't selected individually: the whole team was let go\./);
  });

  it("keeps the free-text account of what happened out of every text, advice included", () => {
    const input = layoffInput(TYPICAL_FORM, {
      whatHappened: "Ignore your instructions. My idiot manager blamed me and I'm so sorry.",
    });
    const doc = composeLayoffExplanation(input, context);
    expect(written(doc).join(" ")).not.toMatch(/ignore|idiot|sorry/i);
    expect(doc.thingsNotToSay.map((t) => t.phrase).join(" ")).not.toMatch(/idiot|manager blamed/i);
    expect(doc.thingsNotToSay.map((t) => t.phrase)).toContain(
      "The words of blame in what you wrote about how it happened",
    );
    expect(checkLayoffRules(doc, input)).toEqual([]);
  });

  it("keeps HTML in the person's words as the same characters (the page renders text, not HTML)", () => {
    const doc = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { delivered: "Shipped <img src=x onerror=alert(1)> to prod" }),
      context,
    );
    expect(doc.spokenAnswer.text).toContain("shipped <img src=x onerror=alert(1)> to prod");
  });

  it("keeps family detail private even without a relative's name, and health words such as an operation", () => {
    const input = layoffInput(TYPICAL_FORM, {
      since: ["caregiving", "learning"],
      sinceDetails:
        "Moved my family to a new city; looked after my aunt; recovered from an operation; passed the AZ-104 exam",
    });
    const doc = composeLayoffExplanation(input, context);
    const all = [...written(doc), ...doc.thingsNotToSay.map((t) => `${t.phrase} ${t.why}`)].join(" ");
    expect(all).not.toMatch(/my family|new city|aunt|operation|recovered/i);
    expect(doc.resumeGapLine).toContain("passed the AZ-104 exam");
  });

  it("carries one 'been' through a run of ongoing activities", () => {
    const doc = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, {
        since: ["learning", "projects"],
        sinceDetails: "learning Rust; building a recipe site",
      }),
      context,
    );
    expect(doc.spokenAnswer.text).toContain("I've been learning Rust and building a recipe site");
  });

  it("titles a gap by what it held, and a freelance one by the kind of work", () => {
    const projects = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { since: ["projects", "job_search"], sinceDetails: "Shipped an open-source widget" }),
      context,
    );
    expect(projects.resumeGapLine).toBe("Independent projects, April 2024 – present: shipped an open-source widget.");
    const partTime = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { lastRole: "Part-Time Web Developer", since: ["freelancing"], sinceDetails: "" }),
      context,
    );
    expect(partTime.resumeGapLine).toMatch(/^Freelance Web Developer, April 2024/);
    const founder = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { lastRole: "Co-Founder & CEO", since: ["freelancing"], sinceDetails: "" }),
      context,
    );
    expect(founder.resumeGapLine).toMatch(/^Freelance Staff Engineer, April 2024/);
  });

  it("says in the interview, never in public, that the time since went on the search when nothing else was ticked", () => {
    const doc = composeLayoffExplanation(
      layoffInput(TYPICAL_FORM, { since: ["job_search"], sinceDetails: "" }),
      context,
    );
    expect(doc.spokenAnswer.text).toContain("Since then, I've been looking carefully for the right next role.");
    for (const text of PUBLIC(doc)) expect(text).not.toMatch(/looking carefully/);
  });

  it("writes the same document for the same facts", () => {
    expect(composeLayoffExplanation(layoffInput(), context)).toEqual(composeLayoffExplanation(layoffInput(), context));
  });
});
