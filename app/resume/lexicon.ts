// Word lists the parser and the rules share. Kept small and explicit: a reviewer can see
// exactly which words move a score.

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

const US_STATES =
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  );
const CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" ");
const REGIONS = [
  "alabama",
  "alaska",
  "arizona",
  "arkansas",
  "california",
  "colorado",
  "connecticut",
  "delaware",
  "florida",
  "georgia",
  "hawaii",
  "idaho",
  "illinois",
  "indiana",
  "iowa",
  "kansas",
  "kentucky",
  "louisiana",
  "maine",
  "maryland",
  "massachusetts",
  "michigan",
  "minnesota",
  "mississippi",
  "missouri",
  "montana",
  "nebraska",
  "nevada",
  "new hampshire",
  "new jersey",
  "new mexico",
  "new york",
  "north carolina",
  "north dakota",
  "ohio",
  "oklahoma",
  "oregon",
  "pennsylvania",
  "rhode island",
  "south carolina",
  "south dakota",
  "tennessee",
  "texas",
  "utah",
  "vermont",
  "virginia",
  "washington",
  "west virginia",
  "wisconsin",
  "wyoming",
  "ontario",
  "quebec",
  "british columbia",
  "alberta",
  "england",
  "scotland",
  "wales",
  "northern ireland",
  "bavaria",
  "catalonia",
];
const COUNTRIES = [
  "usa",
  "us",
  "u.s.",
  "u.s.a.",
  "united states",
  "uk",
  "u.k.",
  "united kingdom",
  "canada",
  "mexico",
  "brazil",
  "argentina",
  "chile",
  "colombia",
  "peru",
  "ireland",
  "france",
  "germany",
  "spain",
  "portugal",
  "italy",
  "netherlands",
  "the netherlands",
  "belgium",
  "luxembourg",
  "switzerland",
  "austria",
  "denmark",
  "sweden",
  "norway",
  "finland",
  "iceland",
  "poland",
  "czechia",
  "czech republic",
  "slovakia",
  "hungary",
  "romania",
  "bulgaria",
  "greece",
  "croatia",
  "serbia",
  "slovenia",
  "ukraine",
  "estonia",
  "latvia",
  "lithuania",
  "turkey",
  "türkiye",
  "turkiye",
  "israel",
  "egypt",
  "morocco",
  "nigeria",
  "kenya",
  "ghana",
  "south africa",
  "uae",
  "united arab emirates",
  "saudi arabia",
  "qatar",
  "india",
  "pakistan",
  "bangladesh",
  "sri lanka",
  "nepal",
  "china",
  "hong kong",
  "taiwan",
  "japan",
  "south korea",
  "korea",
  "singapore",
  "malaysia",
  "indonesia",
  "philippines",
  "thailand",
  "vietnam",
  "australia",
  "new zealand",
];
// Every country and territory name in the languages resumes are commonly written in, from
// the runtime's ICU data, built on first use (it takes tens of milliseconds once).
const REGION_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"];
let regionNames: Set<string> | null = null;
function allRegionNames(): Set<string> {
  if (regionNames) return regionNames;
  regionNames = new Set();
  for (const language of REGION_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const name = names.of(String.fromCharCode(a, b));
        if (name && name !== "Unknown Region") regionNames.add(name.toLowerCase());
      }
    }
  }
  return regionNames;
}
const PLACE_QUALIFIERS = new Set([...REGIONS, ...COUNTRIES]);
const isPlaceQualifier = (text: string) =>
  PLACE_QUALIFIERS.has(text.toLowerCase()) || allRegionNames().has(text.toLowerCase());
const STATE_CODES = new Set([...US_STATES, ...CA_PROVINCES]);
const WORK_MODES = /^(?:remote|hybrid|on-?site)(?:\s*\(.*\))?$/iu;
const PLACE_WORD = /^[\p{Lu}][\p{L}.'’-]*$|^(?:de|del|la|le|am|upon|on|of|da|do|dos|das|di)$/u;

/** "Berlin, Germany", "Santa Clara, CA", "London, UK", "Remote", "Palo Alto, CA & Ithaca, NY". */
export function isPlaceName(text: string): boolean {
  const trimmed = text.trim().replace(/[.;]$/u, "");
  if (WORK_MODES.test(trimmed)) return true;
  if (trimmed.includes(" & ")) return trimmed.split(" & ").every(isPlaceName);
  const parts = trimmed.split(/\s*,\s*/u);
  if (parts.length < 2 || parts.length > 3) return false;
  const last = parts[parts.length - 1];
  const qualified = STATE_CODES.has(last) || WORK_MODES.test(last) || isPlaceQualifier(last);
  const named = parts.slice(0, -1).every((part) => {
    const words = part.split(/\s+/u);
    return words.length <= 4 && words.every((word) => PLACE_WORD.test(word) && !TITLE_WORDS.has(word.toLowerCase()));
  });
  return qualified && named;
}

// ---------------------------------------------------------------------------
// Titles, employers, schools, degrees
// ---------------------------------------------------------------------------

const TITLE_WORDS = new Set([
  "engineer",
  "developer",
  "programmer",
  "architect",
  "intern",
  "internship",
  "founder",
  "co-founder",
  "cofounder",
  "cto",
  "ceo",
  "cfo",
  "coo",
  "cio",
  "cmo",
  "cpo",
  "vp",
  "president",
  "director",
  "manager",
  "lead",
  "leader",
  "head",
  "chief",
  "scientist",
  "researcher",
  "analyst",
  "consultant",
  "designer",
  "specialist",
  "administrator",
  "associate",
  "assistant",
  "coordinator",
  "officer",
  "fellow",
  "contributor",
  "technician",
  "partner",
  "owner",
  "teacher",
  "professor",
  "lecturer",
  "instructor",
  "tutor",
  "representative",
  "executive",
  "advisor",
  "adviser",
  "strategist",
  "writer",
  "editor",
  "sre",
  "devops",
  "principal",
  "staff",
  "senior",
  "junior",
  "sr",
  "jr",
  "trainee",
  "apprentice",
  "student",
  "volunteer",
  "nurse",
  "accountant",
  "recruiter",
  "marketer",
  "supervisor",
  "agent",
  "clerk",
  "operator",
  "mentor",
  "ambassador",
  "maintainer",
  "member",
  "chair",
  "postdoc",
  "postdoctoral",
  "ta",
  "ra",
]);

const EMPLOYER_WORDS = new Set([
  "inc",
  "inc.",
  "llc",
  "ltd",
  "ltd.",
  "limited",
  "corp",
  "corp.",
  "corporation",
  "company",
  "co.",
  "gmbh",
  "ag",
  "sa",
  "plc",
  "pty",
  "labs",
  "lab",
  "laboratory",
  "technologies",
  "technology",
  "systems",
  "solutions",
  "software",
  "group",
  "bank",
  "capital",
  "ventures",
  "partners",
  "studio",
  "studios",
  "agency",
  "foundation",
  "institute",
  "university",
  "college",
  "hospital",
  "research",
  "ai",
  "inc.,",
  "holdings",
  "consulting",
  "services",
  "networks",
  "media",
  "games",
  "health",
  "energy",
  "international",
]);

const INSTITUTION =
  /\b(?:universit(?:y|ies|é|e|ät|at|à|a|eit)|universidad(?:e)?|universitat|college|institute|institut|school|academy|polytechnic|politecnico|conservatory|hochschule|école|ecole)\b/iu;

const DEGREE =
  /\b(?:ph\.?\s?d|d\.?phil|doctor(?:ate)?|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?eng|m\.?\s?tech|m\.?\s?phil|mba|m\.?\s?b\.?\s?a|master(?:'?s)?|b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?eng|b\.?\s?tech|b\.?\s?e|bachelor(?:'?s)?|associate(?:'?s)?\s+(?:degree|of)|a\.?\s?a\.?s|diploma|certificate|high school|a-levels?|gcse|baccalaur[ée]at|licence|licenciatura|j\.?\s?d|m\.?\s?d|ll\.?\s?[bm])\b\.?/iu;

/** How strongly a phrase reads as a job title (0 = not at all). */
export function titleScore(phrase: string): number {
  const words = phrase
    .toLowerCase()
    .split(/[\s/&+,()|-]+/u)
    .filter(Boolean);
  const hits = words.filter((word) => TITLE_WORDS.has(word)).length;
  const lastIsTitle = TITLE_WORDS.has(words[words.length - 1] ?? "");
  return hits + (lastIsTitle ? 1 : 0);
}

/** How strongly a phrase reads as an employer's name. */
export function employerScore(phrase: string): number {
  const words = phrase
    .toLowerCase()
    .split(/[\s,()]+/u)
    .filter(Boolean);
  return words.filter((word) => EMPLOYER_WORDS.has(word)).length;
}

export function isInstitutionName(phrase: string): boolean {
  return INSTITUTION.test(phrase);
}

export function hasDegree(phrase: string): boolean {
  return DEGREE.test(phrase);
}

// ---------------------------------------------------------------------------
// Verbs
// ---------------------------------------------------------------------------

// Base forms of strong verbs for resume bullets; past forms follow the rules below.
const ACTION_VERB_BASES = `accelerate achieve administer advise analyze analyse architect assemble audit author automate
benchmark boost build calibrate champion code coach co-author co-found collaborate compile complete compose conceive
configure consolidate construct containerize contribute convert coordinate craft create curate customize cut debug
decrease define deliver demonstrate deploy design detect develop devise diagnose direct discover document double draft
drive earn edit eliminate enable engineer enhance establish evaluate exceed execute expand extend extract facilitate
file fix forecast formulate found generate grow guide halve harden head hire identify implement improve increase
influence initiate innovate install instrument integrate interview introduce invent investigate launch lead lower
maintain manage map measure mentor merge migrate model modernize monitor negotiate onboard operate optimize optimise
orchestrate organize outperform overhaul oversee own parallelize partner patent pilot pioneer plan present prioritize
produce profile program promote propose prototype provision publish quantify raise rebuild recruit redesign reduce
refactor release replace report research resolve restore restructure revamp revitalize run save scale scope script
secure sell serve ship shape simplify simulate solve source spearhead speed stabilize standardize streamline
strengthen structure supervise surpass synthesize teach test track train transform translate triple tune unify
upgrade validate visualize win write`.split(/\s+/u);

const IRREGULAR_PAST: Record<string, string> = {
  build: "built",
  cut: "cut",
  drive: "drove",
  grow: "grew",
  lead: "led",
  oversee: "oversaw",
  rebuild: "rebuilt",
  run: "ran",
  sell: "sold",
  speed: "sped",
  teach: "taught",
  win: "won",
  write: "wrote",
  own: "owned",
  found: "founded",
  "co-found": "co-founded",
};
const DOUBLED_FINAL = new Set(["plan", "ship", "map", "program"]);

export function pastTense(base: string): string {
  if (IRREGULAR_PAST[base]) return IRREGULAR_PAST[base];
  if (DOUBLED_FINAL.has(base)) return `${base}${base.slice(-1)}ed`;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z)$/u.test(base)) return `${base}es`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function gerund(base: string): string {
  if (DOUBLED_FINAL.has(base)) return `${base}${base.slice(-1)}ing`;
  if (base.endsWith("ie")) return `${base.slice(0, -2)}ying`;
  if (base.endsWith("e") && !base.endsWith("ee")) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

export interface VerbForm {
  base: string;
  form: "base" | "past" | "third_person" | "gerund";
}

const VERB_FORMS = new Map<string, VerbForm>();
for (const base of ACTION_VERB_BASES) {
  VERB_FORMS.set(gerund(base), { base, form: "gerund" });
  VERB_FORMS.set(thirdPerson(base), { base, form: "third_person" });
  VERB_FORMS.set(pastTense(base), { base, form: "past" });
  VERB_FORMS.set(base, { base, form: "base" });
}

/** The action verb a word is a form of, if it is one. */
export function verbForm(word: string): VerbForm | null {
  return VERB_FORMS.get(word.toLowerCase()) ?? null;
}

/** Openers that describe duties or help instead of what the person did. */
export const WEAK_OPENERS = [
  "responsible for",
  "in charge of",
  "tasked with",
  "duties included",
  "duties include",
  "worked on",
  "working on",
  "helped",
  "helping",
  "help",
  "assisted",
  "assisting",
  "participated in",
  "involved in",
  "was",
  "were",
];

export const FIRST_PERSON = /\b(?:I|me|my|mine|myself)\b|\bI'(?:m|ve|d|ll)\b/u;
