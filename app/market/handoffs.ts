// Links from a public page into the toolkit, prefilled for the roles on the page (the
// agreed interface: the tools' GET forms take these query parameters as initial values).
// Pure: the interview tool's companies and roles come in as arguments.

import { LEVEL_LABELS, rolePlural } from "./format";
import { ROLE_PROFILES, type RoleSlug } from "./roles";
import { LEVELS } from "./types";

export interface Handoff {
  label: string;
  href: string;
}

export interface RoleHandoffs {
  role: RoleSlug;
  roleName: string;
  negotiate: Handoff[];
  /** Empty when the interview tool has no loop for the role. */
  interview: Handoff[];
}

/** Our roles in the interview tool's words; roles it has no loop for are left out. */
const INTERVIEW_ROLE: Partial<Record<RoleSlug, string>> = {
  "software-engineer": "software-engineer",
  "full-stack-engineer": "full-stack",
  "backend-engineer": "backend",
  "frontend-engineer": "frontend",
};

/** `/toolkit/negotiate?role=…&level=…` */
export function negotiateHref(role: RoleSlug, level: (typeof LEVELS)[number]): string {
  return `/toolkit/negotiate?${new URLSearchParams({ role, level })}`;
}

/** `/toolkit/interview?role=…&company=…` */
export function interviewHref(interviewRole: string, company: string): string {
  return `/toolkit/interview?${new URLSearchParams({ role: interviewRole, company })}`;
}

export function roleHandoffs(
  roles: readonly RoleSlug[],
  interview: { roles: readonly string[]; companies: readonly { id: string; name: string }[] },
): RoleHandoffs[] {
  return roles.map((role) => {
    const interviewRole = INTERVIEW_ROLE[role];
    const offered = interviewRole !== undefined && interview.roles.includes(interviewRole);
    return {
      role,
      roleName: ROLE_PROFILES[role].name,
      negotiate: LEVELS.map((level) => ({ label: LEVEL_LABELS[level], href: negotiateHref(role, level) })),
      interview: offered
        ? interview.companies.map((company) => ({
            label: company.name,
            href: interviewHref(interviewRole, company.id),
          }))
        : [],
    };
  });
}

/** "the interview tool has loops for software, full-stack, back-end and front-end roles". */
export function interviewCoverage(): string {
  const names = (Object.keys(INTERVIEW_ROLE) as RoleSlug[]).map(rolePlural);
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
