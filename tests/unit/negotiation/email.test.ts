import { describe, expect, it } from "vitest";
import type { MarketRange } from "~/market/types";
import { formatCalendarDate, formatMoney } from "~/format";
import {
  allowedNames,
  allowedNumbers,
  composeNegotiationEmail,
  negotiationToText,
  ordinal,
  type NegotiationComputation,
  type NegotiationDocument,
} from "~/negotiation/email";
import { TONES } from "~/negotiation/schema";
import { checkFacts, numbersIn } from "~/writer/fact-check";
import {
  BLS_IT_MANAGERS_2024,
  BLS_SOFTWARE_DEVELOPERS_2024,
  BLS_SOFTWARE_DEVELOPERS_2022,
  SOFTWARE_DEVELOPERS_RANGE,
  SO_BACKEND_2024,
  compute,
  offerFrom,
  rangeFrom,
} from "../../fixtures/negotiation/computations";

const AMAZON_GRANT = { equityKind: "dollars", equityAmount: "$200,000", vestingSchedule: "amazon-5-15-40-40" };

const SCENARIOS: [string, Record<string, string | string[]>, MarketRange | null][] = [
  ["an offer below the 75th percentile", { baseSalary: "$150,000" }, SOFTWARE_DEVELOPERS_RANGE],
  ["a front-loaded grant, a bonus and a short deadline", { ...AMAZON_GRANT, bonusPercent: "12.5", deadline: "2025-06-03", priority: ["total", "remote"], companyLevel: "L5" }, SOFTWARE_DEVELOPERS_RANGE],
  ["an offer below the 10th percentile", { baseSalary: "$70,000", deadline: "2025-05-30", priority: "start-date", startDate: "2025-07-01" }, SOFTWARE_DEVELOPERS_RANGE],
  ["an offer above the 90th percentile", { baseSalary: "$250,000", competingTotal: "$290,000" }, SOFTWARE_DEVELOPERS_RANGE],
  ["a competing offer above the market", { baseSalary: "$200,000", competingBase: "$258,300", competingTotal: "$301,000" }, SOFTWARE_DEVELOPERS_RANGE],
  ["shares at a price and a median-only survey", { baseSalary: "$160,000", equityKind: "shares", equityAmount: "1,250", sharePrice: "$12.34", vestingSchedule: "cliff-even", vestingYears: "4" }, rangeFrom(SO_BACKEND_2024)],
  ["a top-coded range and a custom schedule", { baseSalary: "$180,000", equityKind: "dollars", equityAmount: "$90,000", vestingSchedule: "10,20,30,40", priority: "equity" }, rangeFrom(BLS_IT_MANAGERS_2024)],
  ["old figures and digits in the user's own words", { company: "3M", companyLevel: "Level 62", baseSalary: "$120,000" }, rangeFrom(BLS_SOFTWARE_DEVELOPERS_2022)],
  ["no market data", { baseSalary: "$150,000", recruiterName: "" }, null],
  ["no market data but a competing offer", { baseSalary: "$150,000", competingBase: "$165,000" }, null],
];

const numbersInText = (text: string) => numbersIn(text).map((mention) => mention.value);

function writtenParts(document: NegotiationDocument): string[] {
  return [document.subject, document.body, ...document.phoneScript, ...document.pushback.flatMap((item) => [item.objection, item.answer])];
}

/** The writer's fact check, given what the negotiation tool allows. */
function factCheck(parts: string[], computation: NegotiationComputation) {
  const { offer } = computation;
  return checkFacts(parts, {
    texts: [offer.company, offer.role, offer.companyLevel, offer.location, offer.recruiterName],
    numbers: [...allowedNumbers(computation)],
    names: allowedNames(computation),
  });
}

describe("formatting", () => {
  // Titles are built here: it.each would read "$1" in a value as a placeholder.
  const amounts: [number, string][] = [
    [185_000_00, "$185,000"],
    [12_34, "$12.34"],
    [5_000_000_00, "$5,000,000"],
    [0, "$0"],
  ];
  for (const [cents, text] of amounts) {
    it(`writes ${cents} cents as ${text}`, () => {
      expect(formatMoney(cents)).toBe(text);
    });
  }

  it.each([
    [1, "1st"], [2, "2nd"], [3, "3rd"], [10, "10th"], [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"], [62, "62nd"], [73, "73rd"],
  ])("writes %i as %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  it("writes dates in words, in UTC", () => {
    expect(formatCalendarDate("2025-06-03")).toBe("June 3, 2025");
  });
});

describe("built-in email", () => {
  describe.each(SCENARIOS)("for %s", (_name, changes, range) => {
    const computation = compute(offerFrom(changes), range);
    const allowed = allowedNumbers(computation);

    it.each(TONES)("writes only numbers the computation produced or the user gave (%s tone)", (tone) => {
      const text = negotiationToText(composeNegotiationEmail(computation, tone));
      expect(numbersInText(text).filter((n) => !allowed.has(n))).toEqual([]);
    });

    it.each(TONES)("passes the writer's fact check, names included (%s tone)", (tone) => {
      expect(factCheck(writtenParts(composeNegotiationEmail(computation, tone)), computation)).toEqual([]);
    });

    it("writes only allowed numbers in the rationale, levers and valuation too", () => {
      const { plan, position } = computation;
      const text = [...plan.rationale, ...plan.levers.flatMap((lever) => [lever.ask, lever.why]), ...position.valuation].join("\n");
      expect(numbersInText(text).filter((n) => !allowed.has(n))).toEqual([]);
    });
  });

  it("fails the fact check when a number is changed or a number or name is added", () => {
    const computation = compute(offerFrom({ baseSalary: "$150,000" }), SOFTWARE_DEVELOPERS_RANGE);
    const rephrased =
      composeNegotiationEmail(computation).body.replace("$169,000", "$179,000") + " Google pays more, and I'd like thirty days of leave.";
    expect(factCheck([rephrased], computation)).toEqual([
      { kind: "number", value: "179,000" },
      { kind: "number", value: "thirty" },
      { kind: "name", value: "Google" },
    ]);
  });

  it("states the market range as data, with its source, then the ask", () => {
    const { body } = composeNegotiationEmail(compute(offerFrom({ baseSalary: "$150,000" }), SOFTWARE_DEVELOPERS_RANGE));
    expect(body).toContain(
      "Market data for this role (United States, all levels) puts base at $103,050–$169,000 (25th to 75th percentile, median $133,080; BLS Occupational Employment and Wage Statistics, May 2024). The offered base of $150,000 is at the 62nd percentile.",
    );
    expect(body).toContain("I'd like to ask for a base salary of $169,000.");
  });

  it("calls a survey median pay, not base", () => {
    const { body } = composeNegotiationEmail(compute(offerFrom({ baseSalary: "$160,000" }), rangeFrom(SO_BACKEND_2024)));
    expect(body).toContain("Survey data for this role (United States, all levels) puts the median pay at $170,000 (Stack Overflow Developer Survey, 2024).");
  });

  it("names the levers and asks for 48 hours when the deadline is short", () => {
    const { body, phoneScript } = composeNegotiationEmail(
      compute(offerFrom({ ...AMAZON_GRANT, deadline: "2025-06-03", priority: "total" }), SOFTWARE_DEVELOPERS_RANGE),
    );
    expect(body).toContain("If base is hard to move, any of these would help:\n- a sign-on bonus of $59,000\n- an additional $76,000 in the equity grant\n- an even vesting schedule");
    expect(body).toContain("could I have 48 more hours, until June 5, 2025?");
    expect(phoneScript).toContain("Ask for 48 more hours, until June 5, 2025.");
  });

  it("asks first whether an offer past its deadline still stands", () => {
    const { body } = composeNegotiationEmail(compute(offerFrom({ deadline: "2025-05-30" }), SOFTWARE_DEVELOPERS_RANGE), "direct");
    expect(body.indexOf("has passed")).toBeGreaterThan(-1);
    expect(body.indexOf("has passed")).toBeLessThan(body.indexOf("Market data"));
  });

  it("without market data makes no market claim and asks whether base has room", () => {
    const { body, pushback } = composeNegotiationEmail(compute(offerFrom({ recruiterName: "" }), null));
    expect(body).not.toContain("Market data");
    expect(body).toContain("I'd like to ask whether there is some room on the base salary.");
    expect(body.startsWith("Hi,\n\n")).toBe(true);
    expect(pushback.map((item) => item.objection)).not.toContain("Where does your number come from?");
  });

  it("answers where the number comes from with the source's n and date", () => {
    const { pushback } = composeNegotiationEmail(compute(offerFrom({ baseSalary: "$150,000" }), SOFTWARE_DEVELOPERS_RANGE));
    expect(pushback.find((item) => item.objection === "Where does your number come from?")?.answer).toBe(
      "From BLS Occupational Employment and Wage Statistics, May 2024 (U.S. Bureau of Labor Statistics; covering an estimated 1,654,440 jobs). My number is its 75th percentile.",
    );
  });

  it("names a source's period once when the source's own name gives it", () => {
    const named = { ...BLS_SOFTWARE_DEVELOPERS_2024, sourceName: "BLS Occupational Employment and Wage Statistics, national, May 2024" };
    const { body, pushback } = composeNegotiationEmail(compute(offerFrom({ baseSalary: "$150,000" }), rangeFrom(named)));
    expect(body).toContain("(25th to 75th percentile, median $133,080; BLS Occupational Employment and Wage Statistics, national, May 2024).");
    expect(pushback.find((item) => item.objection === "Where does your number come from?")?.answer).toMatch(
      /^From BLS Occupational Employment and Wage Statistics, national, May 2024 \(U.S. Bureau of Labor Statistics; covering/,
    );
  });

  it("says the range is national when the metro asked for has no observed pay", () => {
    const range = rangeFrom(BLS_SOFTWARE_DEVELOPERS_2024, { areaCode: "41860", areaName: "San Francisco-Oakland-Fremont, CA" });
    const { body } = composeNegotiationEmail(compute(offerFrom({ baseSalary: "$150,000" }), range));
    expect(body).toContain("Market data for this role (United States, all levels) puts base at $103,050–$169,000");
    expect(body).not.toContain("San Francisco");
  });

  it("gives the competing offer as the source of a number above the market", () => {
    const { pushback } = composeNegotiationEmail(compute(offerFrom({ baseSalary: "$200,000", competingBase: "$258,300" }), SOFTWARE_DEVELOPERS_RANGE));
    expect(pushback.find((item) => item.objection === "Where does your number come from?")?.answer).toBe("From my other offer: its base is $258,300.");
  });

  it("writes the same facts in three distinct tones", () => {
    const computation = compute(offerFrom({ baseSalary: "$150,000" }), SOFTWARE_DEVELOPERS_RANGE);
    const documents = TONES.map((tone) => composeNegotiationEmail(computation, tone));
    expect(new Set(documents.map((document) => document.subject)).size).toBe(3);
    expect(documents.map((document) => document.body.split("\n")[0])).toEqual(["Hi Dana Whitfield,", "Dana Whitfield,", "Dear Dana Whitfield,"]);
    for (const document of documents) expect(document.body).toContain("$169,000");
  });

  it("uses the form's tone by default and is deterministic", () => {
    const computation = compute(offerFrom({ tone: "formal" }), SOFTWARE_DEVELOPERS_RANGE);
    expect(composeNegotiationEmail(computation)).toEqual(composeNegotiationEmail(computation, "formal"));
  });

  it("turns the document into plain text with every part", () => {
    const text = negotiationToText(composeNegotiationEmail(compute(offerFrom({ baseSalary: "$150,000" }), SOFTWARE_DEVELOPERS_RANGE)));
    expect(text).toMatch(/^Subject: Senior Software Engineer offer: a few questions before I sign\n\nHi Dana Whitfield,/);
    expect(text).toContain("\n\nPhone script\n- Open: thank Dana Whitfield");
    expect(text).toContain("\n\nLikely pushback\n\nQ: That's the top of the band for this level.\nA: ");
  });
});
