import { describe, expect, it } from "vitest";
import { matchLocation, matchRole, NATIONAL_LOCATION, REMOTE_LOCATION } from "~/negotiation/market-match";

// A few of the metros OFLC publishes, as listMetros() returns them.
const METROS = [
  { areaCode: "12420", areaName: "Austin-Round Rock-San Marcos, TX" },
  { areaCode: "41860", areaName: "San Francisco-Oakland-Fremont, CA" },
  { areaCode: "41940", areaName: "San Jose-Sunnyvale-Santa Clara, CA" },
  { areaCode: "38900", areaName: "Portland-Vancouver-Hillsboro, OR-WA" },
  { areaCode: "38860", areaName: "Portland-South Portland, ME" },
];

describe("matching the role to market figures", () => {
  it.each([
    ["Back-end engineer", "backend-engineer"],
    ["SRE / DevOps engineer", "sre-devops-engineer"],
    ["machine-learning engineer", "ml-engineer"],
    ["data-scientist", "data-scientist"],
  ])("takes a listed role (%s) as it is, without a note", (role, slug) => {
    expect(matchRole(role)).toEqual({ slug, note: null });
  });

  it.each([
    ["Senior Backend Developer", "backend-engineer", "back-end engineers"],
    ["Big Data Engineer", "data-engineer", "data engineers"],
    ["Platform Engineer", "sre-devops-engineer", "SRE / DevOps engineers"],
    ["Head of Engineering", "engineering-manager", "engineering managers"],
    ["Frontend dev (React)", "frontend-engineer", "front-end engineers"],
    ["Programmer", "software-engineer", "software engineers"],
  ])("gives an unlisted role (%s) the nearest role's figures, and says so", (role, slug, figures) => {
    const match = matchRole(role);
    expect(match.slug).toBe(slug);
    expect(match.note).toBe(
      `“${role}” isn't one of the roles with market figures; the figures are for the nearest one, ${figures}.`,
    );
  });

  it("falls back to the broadest role for a role that matches nothing, and calls the figures a rough guide", () => {
    expect(matchRole("Chief Happiness Officer")).toEqual({
      slug: "software-engineer",
      note: "“Chief Happiness Officer” matches none of the roles with market figures; the figures are for software engineers, the broadest role, so read them as a rough guide.",
    });
  });
});

describe("matching the location to an area", () => {
  it.each([REMOTE_LOCATION, NATIONAL_LOCATION, "remote", "USA"])("reads %s as national figures", (location) => {
    expect(matchLocation(location, METROS)).toEqual({ areaCode: undefined, note: null });
  });

  it("takes a listed metro by its name or its code", () => {
    expect(matchLocation("San Jose-Sunnyvale-Santa Clara, CA", METROS)).toEqual({ areaCode: "41940", note: null });
    expect(matchLocation("41860", METROS)).toEqual({ areaCode: "41860", note: null });
  });

  it("finds the metro a city belongs to, in the state given, and names it", () => {
    expect(matchLocation("Austin", METROS)).toEqual({
      areaCode: "12420",
      note: "“Austin” isn't one of the listed areas; the figures are for the nearest match, Austin-Round Rock-San Marcos, TX.",
    });
    expect(matchLocation("Portland, ME", METROS).areaCode).toBe("38860");
    expect(matchLocation("Hillsboro, OR", METROS).areaCode).toBe("38900");
  });

  it("uses national figures for a place that matches no metro, and says so", () => {
    expect(matchLocation("Atlantis", METROS)).toEqual({
      areaCode: undefined,
      note: "No metro area matches “Atlantis”, so the figures are national.",
    });
  });
});
