// From what the person chose or typed to what the market data is keyed by: a role slug
// and an area code. The form offers the known roles and metros, but a saved document, an
// old bookmark or a hand-made post can name anything, so anything else gets the nearest
// figures and a note saying so: a range is still better than none, as long as it is
// labelled for what it is.
import { inSentence } from "~/market/format";
import { ROLE_PROFILES, ROLE_SLUGS, type RoleSlug } from "~/market/roles";

export interface RoleMatch {
  slug: RoleSlug;
  /** Set when the role is not one of ours: which figures stand in, and why. */
  note: string | null;
}

export interface Metro {
  areaCode: string;
  areaName: string;
}

export interface LocationMatch {
  /** Undefined: national figures. */
  areaCode: string | undefined;
  note: string | null;
}

/** The two non-metro choices of the location field: both read national figures. */
export const REMOTE_LOCATION = "Remote (US)";
export const NATIONAL_LOCATION = "United States";

const comparable = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Words that point to a role, most specific role first: "data engineer" is a data
 *  engineer before it is an engineer, and "backend developer" a back-end engineer. */
const ROLE_KEYWORDS: [RoleSlug, RegExp][] = [
  ["engineering-manager", /\b(?:manager|head of|director|vp|lead of)\b/],
  ["ml-engineer", /\b(?:ml|machine[ -]learning|ai|deep learning|llm)\b/],
  ["data-scientist", /\bdata scien|\b(?:scientist|statistician|analytics)\b/],
  ["data-engineer", /\bdata\b|\b(?:etl|analytics engineer)\b/],
  ["sre-devops-engineer", /\b(?:sre|devops|site reliability|platform|infrastructure|cloud|ops)\b/],
  ["full-stack-engineer", /\bfull[ -]?stack\b/],
  ["backend-engineer", /\bback[ -]?end\b|\b(?:api|server[ -]side)\b/],
  ["frontend-engineer", /\bfront[ -]?end\b|\b(?:ui|web developer|react)\b/],
  ["software-engineer", /\b(?:software|developer|engineer|programmer|coder|swe)\b/],
];

const BROADEST_ROLE: RoleSlug = "software-engineer";

export function matchRole(text: string): RoleMatch {
  const wanted = comparable(text);
  const exact = ROLE_SLUGS.find((slug) => slug === wanted || comparable(ROLE_PROFILES[slug].name) === wanted);
  if (exact) return { slug: exact, note: null };
  const nearest = ROLE_KEYWORDS.find(([, keywords]) => keywords.test(wanted))?.[0];
  if (nearest) {
    return {
      slug: nearest,
      note: `“${text}” isn't one of the roles with market figures; the figures are for the nearest one, ${inSentence(ROLE_PROFILES[nearest].name)}s.`,
    };
  }
  return {
    slug: BROADEST_ROLE,
    note: `“${text}” matches none of the roles with market figures; the figures are for ${inSentence(ROLE_PROFILES[BROADEST_ROLE].name)}s, the broadest role, so read them as a rough guide.`,
  };
}

const NATIONAL_WORDS = new Set(
  [
    REMOTE_LOCATION,
    NATIONAL_LOCATION,
    "remote",
    "anywhere",
    "national",
    "nationwide",
    "us",
    "usa",
    "u.s.",
    "united states of america",
  ].map(comparable),
);

/** "San Jose-Sunnyvale-Santa Clara, CA" → cities ["san jose", "sunnyvale", "santa clara"], states ["ca"]. */
function metroParts(areaName: string): { cities: string[]; states: string[] } {
  const [cities = "", states = ""] = comparable(areaName).split(",");
  return {
    cities: cities.split("-").map((city) => city.trim()),
    states: states.split("-").map((state) => state.trim()),
  };
}

export function matchLocation(text: string, metros: readonly Metro[]): LocationMatch {
  const wanted = comparable(text);
  if (NATIONAL_WORDS.has(wanted)) return { areaCode: undefined, note: null };
  const exact = metros.find((metro) => comparable(metro.areaName) === wanted || metro.areaCode === wanted);
  if (exact) return { areaCode: exact.areaCode, note: null };
  // "Austin, TX" or "austin": a city of a metro's name, in the state when one is given.
  const [city = "", state = ""] = wanted.split(",").map((part) => part.trim());
  const nearest = metros.find((metro) => {
    const parts = metroParts(metro.areaName);
    return parts.cities.includes(city) && (state === "" || parts.states.includes(state));
  });
  if (nearest) {
    return {
      areaCode: nearest.areaCode,
      note: `“${text}” isn't one of the listed areas; the figures are for the nearest match, ${nearest.areaName}.`,
    };
  }
  return { areaCode: undefined, note: `No metro area matches “${text}”, so the figures are national.` };
}
