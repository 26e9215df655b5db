import { describe, expect, it } from "vitest";
import type { MarketRange } from "~/market/types";
import { negotiationAllowedFacts } from "~/negotiation/allowed-facts";
import { composeNegotiationEmail, negotiationToText } from "~/negotiation/email";
import { TONES } from "~/negotiation/schema";
import type { NegotiationDocument } from "~/negotiation/types";
import { ordinal } from "~/negotiation/wording";
import { checkFacts } from "~/writer/fact-check";
import {
  BLS_IT_MANAGERS_2024,
  BLS_SOFTWARE_DEVELOPERS_2022,
  SOFTWARE_DEVELOPERS_RANGE,
  SO_BACKEND_2024,
  compute,
  offerFrom,
  rangeFrom,
} from "../../fixtures/negotiation/computations";

const AMAZON_GRANT = { equityKind: "dollars", equityAmount: "$200,000", vestingSchedule: "amazon_5_15_40_40" };

const SCENARIOS: [string, Record<string, string | string[]>, MarketRange | null][] = [
  ["an offer below the median", { baseSalary: "$120,000" }, SOFTWARE_DEVELOPERS_RANGE],
  [
    "Amazon's back-loaded grant, a bonus and a short deadline",
    {
      company: "Amazon",
      ...AMAZON_GRANT,
      bonusPercent: "12.5",
      deadline: "2025-06-03",
      priority: ["total", "remote"],
      companyLevel: "L5",
    },
    SOFTWARE_DEVELOPERS_RANGE,
  ],
  [
    "an offer below the 10th percentile",
    { baseSalary: "$70,000", deadline: "2025-05-30", priority: "start_date", startDate: "2025-07-01" },
    SOFTWARE_DEVELOPERS_RANGE,
  ],
  [
    "an offer above the 90th percentile",
    { baseSalary: "$250,000", competingTotal: "$290,000" },
    SOFTWARE_DEVELOPERS_RANGE,
  ],
  [
    "a competing offer above the market",
    { baseSalary: "$200,000", competingBase: "$258,300", competingTotal: "$301,000" },
    SOFTWARE_DEVELOPERS_RANGE,
  ],
  [
    "shares at a price and a median-only survey",
    {
      baseSalary: "$160,000",
      equityKind: "shares",
      equityAmount: "1,250",
      sharePrice: "$12.34",
      vestingSchedule: "cliff_even",
      vestingYears: "4",
    },
    rangeFrom(SO_BACKEND_2024),
  ],
  [
    "a top-coded range and a custom schedule",
    {
      baseSalary: "$180,000",
      equityKind: "dollars",
      equityAmount: "$90,000",
      vestingSchedule: "10,20,30,40",
      priority: "equity",
    },
    rangeFrom(BLS_IT_MANAGERS_2024),
  ],
  [
    "old figures and digits in the user's own words",
    { company: "3M", companyLevel: "Level 62", baseSalary: "$120,000" },
    rangeFrom(BLS_SOFTWARE_DEVELOPERS_2022),
  ],
  ["no market data", { baseSalary: "$150,000", recruiterName: "" }, null],
  [
    "no market data but a competing offer, already replied",
    { baseSalary: "$150,000", competingBase: "$165,000", alreadyReplied: "on" },
    null,
  ],
  [
    "the person's level above the offer's",
    { baseSalary: "$150,000", level: "mid", yourLevel: "senior" },
    SOFTWARE_DEVELOPERS_RANGE,
  ],
];

const email = (changes: Record<string, string | string[]>, range: MarketRange | null = SOFTWARE_DEVELOPERS_RANGE) =>
  composeNegotiationEmail(compute(offerFrom(changes), range));

function writtenParts(document: NegotiationDocument): string[] {
  return [
    document.subject,
    document.body,
    ...document.phoneScript,
    ...document.pushback.flatMap((item) => [item.objection, item.answer]),
  ];
}

describe("wording", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [62, "62nd"],
    [90, "90th"],
  ])("writes %i as %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe("the built-in email", () => {
  it.each(SCENARIOS)("states only numbers and names it may: %s", (_, changes, range) => {
    const computation = compute(offerFrom(changes), range);
    const document = composeNegotiationEmail(computation);
    expect(checkFacts(writtenParts(document), negotiationAllowedFacts(computation))).toEqual([]);
  });

  it.each(SCENARIOS)("never argues against the ask or gives away the decision: %s", (_, changes, range) => {
    const { body } = composeNegotiationEmail(compute(offerFrom(changes), range));
    expect(body).not.toMatch(
      /\b(?:at|above) the \d+(?:st|nd|rd|th) percentile\b|\bfair\b|\bcompetitive\b|want to accept|make this happen/i,
    );
    expect(body).not.toMatch(/even(?:ly)? vest|vest(?:ing)? evenly|remote arrangement/i);
  });

  it.each(SCENARIOS)("greets by first name and signs with the sender's name: %s", (_, changes, range) => {
    const lines = composeNegotiationEmail(compute(offerFrom(changes), range)).body.split("\n");
    expect(lines[0]).toMatch(changes.recruiterName === "" ? /^Hello,$/ : /^Hi Dana,$/);
    expect(lines.at(-1)).toBe("Alex Kim");
  });

  it("cites the median and the 75th percentile for a below-median offer, then asks", () => {
    const { body } = email({ baseSalary: "$120,000" });
    expect(body).toContain(
      "Market data for software developers across all levels in the US puts the median base at $133,080 and the 75th percentile at $169,000 (BLS Occupational Employment and Wage Statistics, May 2024; 1,654,440 jobs). The offered base of $120,000 is below that median.",
    );
    expect(body).toContain("I'd like to ask for a base salary of $144,000.");
    expect(body).toContain("If the base is hard to move, a sign-on bonus of $24,000 would close the first year's gap.");
  });

  it("says nothing about base percentiles when the data doesn't support more base", () => {
    const { body } = email({
      baseSalary: "$150,000",
      priority: ["equity"],
      equityKind: "dollars",
      equityAmount: "$100,000",
      vestingSchedule: "even",
      vestingYears: "4",
      signOnBonus: "$10,000",
    });
    expect(body).not.toMatch(/percentile|median|market data/i);
    expect(body).toContain("I'd like to ask whether the sign-on bonus can go above $10,000.");
    expect(body).toContain("A larger equity grant would also make a real difference to me.");
  });

  it("asks Amazon for a first- and second-year sign-on stated against the one offered, not for another schedule", () => {
    const { body } = email({ company: "Amazon", ...AMAZON_GRANT, signOnBonus: "$20,000", priority: "total" });
    expect(body).toContain(
      "With the 5/15/40/40 vesting schedule, the grant vests $10,000 in the first year and $30,000 in the second, against $50,000 a year on average: $60,000 less over the first two years.",
    );
    expect(body).toContain("a sign-on bonus of $60,000 in total, up from $20,000, paid across the first two years");
  });

  it("asks for the level by the company's own name when it knows it", () => {
    const { body } = email({
      company: "Google",
      companyLevel: "L4",
      level: "mid",
      yourLevel: "senior",
      baseSalary: "$150,000",
    });
    expect(body).toContain("My experience is at the senior level, and this offer is for a mid-level role (L4).");
    expect(body).toContain("I'd like to ask whether the offer can be made at L5 (Senior Software Engineer).");
  });

  it("writes the role as a title and greets by first name", () => {
    const { body } = email({ role: "SRE / DevOps engineer", recruiterName: "Dr. Priya K. Raman" });
    expect(body).toMatch(
      /^Hi Priya,\n\nThank you for the offer for the SRE \/ DevOps Engineer role at Acme Robotics\./,
    );
  });

  it("asks about remote work without presuming an arrangement", () => {
    expect(email({ priority: ["remote"] }).body).toContain(
      "could you tell me whether this role can be done remotely, and confirm it in writing?",
    );
  });

  it("first asks whether an offer past its deadline still stands", () => {
    const paragraphs = email({ baseSalary: "$120,000", deadline: "2025-05-30" }).body.split("\n\n");
    expect(paragraphs[2]).toBe(
      "I know the date you gave me, May 30, 2025, has passed: is the offer still open? If it is, I'd like to discuss a few points.",
    );
  });

  it("keeps 48 hours on a first reply, moves a close deadline, and asks nothing of time on a follow-up", () => {
    expect(email({}).body).toContain(
      "Once we've settled these points, I'd like 48 hours to review the final offer before I sign.",
    );
    expect(email({ deadline: "2025-06-03" }).body).toContain(
      "could we move the deadline by 48 hours, to June 5, 2025?",
    );
    expect(email({ alreadyReplied: "on" }).body).not.toContain("48 hours");
  });

  it.each(TONES)("writes the %s tone with its own greeting and sign-off", (tone) => {
    const { body } = email({ tone });
    expect(body.split("\n")[0]).toBe(tone === "formal" ? "Dear Dana," : "Hi Dana,");
    expect(body).toContain({ warm: "Best,", direct: "Thanks,", formal: "Kind regards," }[tone]);
  });

  it("is saved as text with the subject, the email, the script and the pushback answers", () => {
    const document = email({ baseSalary: "$120,000" });
    const text = negotiationToText(document);
    expect(text.startsWith(`Subject: ${document.subject}\n\n${document.body}`)).toBe(true);
    expect(text).toContain("Phone script\n- Open:");
    expect(text).toContain("Q: That's the top of the band for this level.");
  });
});
