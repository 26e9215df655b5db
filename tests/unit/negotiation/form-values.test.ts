import { describe, expect, it } from "vitest";
import {
  CUSTOM_VESTING,
  EMPTY_NEGOTIATION_FORM,
  linkedNegotiationValues,
  negotiationFormEntries,
  postedNegotiationValues,
  savedNegotiationValues,
} from "~/negotiation/form-values";
import { parseNegotiationForm } from "~/negotiation/schema";
import { SOFTWARE_DEVELOPERS_RANGE, VALID_FORM, compute, offerFrom } from "../../fixtures/negotiation/computations";

const OFFERS: [string, Record<string, string | string[]>][] = [
  ["a base-only offer", {}],
  [
    "a full offer with a dollar grant on a cliff",
    {
      companyLevel: "L5",
      bonusPercent: "12.5",
      signOnBonus: "$20,000",
      startDate: "2025-07-01",
      equityKind: "dollars",
      equityAmount: "$200,000",
      vestingSchedule: "cliff_even",
      vestingYears: "4",
      competingBase: "$165,000",
      competingTotal: "$210,000",
      priority: ["total", "remote"],
      deadline: "2025-06-10",
      tone: "formal",
    },
  ],
  [
    "shares at a price, vesting evenly",
    { equityKind: "shares", equityAmount: "1,250", sharePrice: "$12.34", vestingSchedule: "even", vestingYears: "4" },
  ],
  ["Amazon's schedule", { equityKind: "dollars", equityAmount: "$90,000", vestingSchedule: "amazon_5_15_40_40" }],
  ["the person's own schedule", { equityKind: "dollars", equityAmount: "$90,000", vestingSchedule: "10,20,30,40" }],
];

describe("editing a saved negotiation email", () => {
  it.each(OFFERS)("fills the form so that posting it again gives the same offer: %s", (_, changes) => {
    const offer = offerFrom(changes);
    const values = savedNegotiationValues(compute(offer, SOFTWARE_DEVELOPERS_RANGE));
    expect(values).not.toBeNull();
    const reposted = parseNegotiationForm(negotiationFormEntries(values!));
    expect(reposted).toEqual({ ok: true, input: offer });
  });

  it("shows the person's own schedule as the custom choice with its percentages", () => {
    const values = savedNegotiationValues(
      compute(offerFrom({ equityKind: "dollars", equityAmount: "$90,000", vestingSchedule: "10,20,30,40" }), null),
    );
    expect(values).toMatchObject({
      vestingSchedule: CUSTOM_VESTING,
      vestingPercents: "10,20,30,40",
      vestingYears: "4",
      equityAmount: "$90,000",
    });
  });

  it.each([
    ["another tool's input", { lastRole: "Engineer", company: "Acme" }],
    ["an offer without its figures", { offer: { company: "Acme" } }],
    ["nothing", null],
  ])("fills nothing from %s", (_, input) => {
    expect(savedNegotiationValues(input)).toBeNull();
  });
});

describe("a posted form", () => {
  it("keeps what was typed, repeated priorities included, and cuts a huge paste short", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...VALID_FORM, priority: "base", company: "x".repeat(50_000) }))
      form.set(key, value);
    form.append("priority", "equity");
    const values = postedNegotiationValues(form);
    expect(values).toMatchObject({
      baseSalary: "$150,000",
      recruiterName: "Dana Whitfield",
      priority: ["base", "equity"],
    });
    expect(values.company).toHaveLength(1000);
  });

  it("reads a custom schedule as its percentages, and a custom choice without them as a schedule to fix", () => {
    const custom = { ...EMPTY_NEGOTIATION_FORM, vestingSchedule: CUSTOM_VESTING, vestingPercents: "25/25/25/25" };
    expect(negotiationFormEntries(custom)).toMatchObject({ vestingSchedule: "25/25/25/25" });
    expect(negotiationFormEntries(custom)).not.toHaveProperty("vestingPercents");
    const parsed = parseNegotiationForm(
      negotiationFormEntries({
        ...EMPTY_NEGOTIATION_FORM,
        ...VALID_FORM,
        priority: ["base"],
        vestingSchedule: CUSTOM_VESTING,
        vestingPercents: "",
        equityKind: "dollars",
        equityAmount: "$90,000",
      }),
    );
    expect(parsed.ok === false && parsed.fieldErrors.vestingSchedule?.[0]).toMatch(
      /give the percentage vesting each year, e.g. 25,25,25,25/,
    );
  });
});

describe("links from the public pages (?role=&level=&metro=)", () => {
  const choices = {
    roles: ["Software engineer", "Back-end engineer"],
    topMetros: [{ areaCode: "41860", areaName: "San Francisco-Oakland-Fremont, CA" }],
    otherMetros: [{ areaCode: "31540", areaName: "Madison, WI" }],
  };
  const linked = (query: string) => linkedNegotiationValues(new URLSearchParams(query), choices);

  it("fills the role, level and metro a link names", () => {
    expect(linked("role=backend-engineer&level=senior&metro=41860")).toMatchObject({
      role: "Back-end engineer",
      level: "senior",
      location: "San Francisco-Oakland-Fremont, CA",
    });
    expect(linked("metro=Madison,%20WI").location).toBe("Madison, WI");
    expect(linked("metro=remote").location).toBe("Remote (US)");
  });

  it.each([
    "role=astronaut&level=godlike&metro=99999",
    "role=" + "x".repeat(500),
    "level=SENIOR%00",
    "role=__proto__&metro=<script>",
  ])("ignores what it doesn't know: %s", (query) => {
    const values = linked(query);
    expect([values.role, values.level, values.location]).toEqual(["", "", ""]);
  });
});
