// Our roles and how each source's categories map onto them. Every mapping lives here so
// one change moves all importers together. What we write about each role (summary,
// ladder, skills) is content, in app/market/content/.

export const ROLE_SLUGS = [
  "software-engineer",
  "full-stack-engineer",
  "backend-engineer",
  "frontend-engineer",
  "data-engineer",
  "data-scientist",
  "ml-engineer",
  "sre-devops-engineer",
  "engineering-manager",
] as const;
export type RoleSlug = (typeof ROLE_SLUGS)[number];

export function isRoleSlug(value: string): value is RoleSlug {
  return (ROLE_SLUGS as readonly string[]).includes(value);
}

/** A role's identity and how its figures fall back to a broader occupation. The editorial
 *  profile of each role (summary, ladder, skills…) is content: app/market/content/roles/. */
export interface RoleProfile {
  slug: RoleSlug;
  name: string;
  /** Whose official occupation figures stand in when a source has none for this role. */
  parent: RoleSlug | null;
  /** Why the parent's official figures are the fallback (shown in range notes). */
  parentNote: string;
}

const SWE_PARENT_NOTE =
  "BLS and OFLC do not separate this role from other software developers; their figures are for Software Developers (SOC 15-1252).";

function noOccupation(name: string): string {
  return `BLS and OFLC have no ${name} occupation; the official figures shown are for Software Developers (SOC 15-1252).`;
}

export const ROLE_PROFILES: Record<RoleSlug, RoleProfile> = {
  "software-engineer": { slug: "software-engineer", name: "Software engineer", parent: null, parentNote: "" },
  "full-stack-engineer": {
    slug: "full-stack-engineer",
    name: "Full-stack engineer",
    parent: "software-engineer",
    parentNote: SWE_PARENT_NOTE,
  },
  "backend-engineer": {
    slug: "backend-engineer",
    name: "Back-end engineer",
    parent: "software-engineer",
    parentNote: SWE_PARENT_NOTE,
  },
  "frontend-engineer": {
    slug: "frontend-engineer",
    name: "Front-end engineer",
    parent: "software-engineer",
    parentNote: SWE_PARENT_NOTE,
  },
  "data-engineer": {
    slug: "data-engineer",
    name: "Data engineer",
    parent: "software-engineer",
    parentNote: noOccupation("data-engineer"),
  },
  "data-scientist": { slug: "data-scientist", name: "Data scientist", parent: null, parentNote: "" },
  "ml-engineer": {
    slug: "ml-engineer",
    name: "Machine-learning engineer",
    parent: "software-engineer",
    parentNote: noOccupation("machine-learning-engineer"),
  },
  "sre-devops-engineer": {
    slug: "sre-devops-engineer",
    name: "SRE / DevOps engineer",
    parent: "software-engineer",
    parentNote: noOccupation("SRE or DevOps"),
  },
  "engineering-manager": { slug: "engineering-manager", name: "Engineering manager", parent: null, parentNote: "" },
};

export const ROLES: RoleProfile[] = ROLE_SLUGS.map((slug) => ROLE_PROFILES[slug]);

/** The role itself, then its parents in order (for fallbacks to broader occupations). */
export function roleWithParents(slug: RoleSlug): RoleSlug[] {
  const chain: RoleSlug[] = [slug];
  for (let parent = ROLE_PROFILES[slug].parent; parent; parent = ROLE_PROFILES[parent].parent) {
    chain.push(parent);
  }
  return chain;
}

// ---- Source categories → our roles ---------------------------------------------------

/** SOC codes (BLS OEWS, OFLC) we import, with their 2018 SOC titles. Others are skipped. */
export const SOC_OCCUPATIONS: Readonly<Record<string, { role: RoleSlug; title: string }>> = {
  "15-1252": { role: "software-engineer", title: "Software Developers" },
  "15-2051": { role: "data-scientist", title: "Data Scientists" },
  "11-3021": { role: "engineering-manager", title: "Computer and Information Systems Managers" },
};

export function roleForSoc(code: string): RoleSlug | null {
  return SOC_OCCUPATIONS[code]?.role ?? null;
}

/** Job titles in the aijobs / devops-jobs salary files, after normaliseJobTitle. */
const JOB_TITLE_ROLES: Readonly<Record<string, RoleSlug>> = {
  "software engineer": "software-engineer",
  "software developer": "software-engineer",
  "software development engineer": "software-engineer",
  "backend engineer": "backend-engineer",
  "back end engineer": "backend-engineer",
  "backend developer": "backend-engineer",
  "back end developer": "backend-engineer",
  "full stack engineer": "full-stack-engineer",
  "fullstack engineer": "full-stack-engineer",
  "full stack developer": "full-stack-engineer",
  "fullstack developer": "full-stack-engineer",
  "frontend engineer": "frontend-engineer",
  "front end engineer": "frontend-engineer",
  "frontend developer": "frontend-engineer",
  "front end developer": "frontend-engineer",
  "data engineer": "data-engineer",
  "big data engineer": "data-engineer",
  "data scientist": "data-scientist",
  "machine learning engineer": "ml-engineer",
  "ml engineer": "ml-engineer",
  "devops engineer": "sre-devops-engineer",
  "site reliability engineer": "sre-devops-engineer",
  "platform engineer": "sre-devops-engineer",
  "engineering manager": "engineering-manager",
  "software engineering manager": "engineering-manager",
};

/** Lower case, hyphens as spaces, seniority words dropped (the level has its own column). */
export function normaliseJobTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[-_]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^((senior|sr\.?|junior|jr\.?|lead|principal|staff) )+/, "");
}

export function roleForJobTitle(title: string): RoleSlug | null {
  return JOB_TITLE_ROLES[normaliseJobTitle(title)] ?? null;
}

/** Stack Overflow survey developer types; the wording changed between survey years. */
const DEV_TYPE_ROLES: Readonly<Record<string, RoleSlug>> = {
  "Developer, full-stack": "full-stack-engineer",
  "Developer, back-end": "backend-engineer",
  "Developer, front-end": "frontend-engineer",
  "Engineer, data": "data-engineer",
  "Data engineer": "data-engineer",
  "Data scientist or machine learning specialist": "data-scientist",
  "Data scientist": "data-scientist",
  "AI/ML engineer": "ml-engineer",
  "Engineer, site reliability": "sre-devops-engineer",
  "DevOps specialist": "sre-devops-engineer",
  "DevOps engineer or professional": "sre-devops-engineer",
  "Engineering manager": "engineering-manager",
};

export function roleForDevType(devType: string): RoleSlug | null {
  return DEV_TYPE_ROLES[devType.trim()] ?? null;
}
