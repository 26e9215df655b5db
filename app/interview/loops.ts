// Loop builder: which stages a company runs for a role and level, how long they
// take and how many practice questions a mock of each stage asks.
import { COMPANY_LOOPS, FALLBACK_COMPANY } from "./loop-content.ts";
import { foldText } from "./text.ts";
import {
  LEVEL_IDS,
  ROLE_IDS,
  type CompanyId,
  type CompanyLevel,
  type CompanyLoop,
  type InterviewError,
  type LevelId,
  type Loop,
  type LoopStage,
  type QuestionKind,
  type RoleId,
  type StageId,
} from "./types.ts";

const ROLES: ReadonlyArray<{ id: RoleId; name: string; description: string }> = [
  {
    id: "software-engineer",
    name: "General software engineer",
    description: "Generalist loops: coding, design and behavioral, any stack.",
  },
  {
    id: "full-stack",
    name: "Full-stack engineer",
    description: "Frontend frameworks, APIs, type-safe end-to-end development and deployment.",
  },
  {
    id: "backend",
    name: "Backend engineer",
    description: "Databases, distributed systems, microservices, caching, load balancing and containers.",
  },
  {
    id: "frontend",
    name: "Frontend engineer",
    description: "Frameworks, browser fundamentals, performance, accessibility and client architecture.",
  },
];

/** Generic stage names, for lists that are not about one company. */
export const STAGE_NAMES: Record<StageId, string> = {
  "recruiter-screen": "Recruiter screen",
  "online-assessment": "Online assessment",
  "phone-screen": "Technical phone screen",
  coding: "Coding",
  "system-design": "System design",
  "technical-deep-dive": "Technical deep dive",
  behavioral: "Behavioral",
  "hiring-manager": "Hiring manager interview",
  "hiring-committee": "Hiring committee",
  "team-match": "Team match",
};

/** Which kinds of question a stage draws when the company's loop does not say. */
export const DEFAULT_STAGE_KINDS: Record<StageId, QuestionKind[]> = {
  "recruiter-screen": ["screen"],
  "online-assessment": ["coding"],
  "phone-screen": ["coding", "concept"],
  coding: ["coding"],
  "system-design": ["system_design"],
  "technical-deep-dive": ["role", "concept"],
  behavioral: ["behavioral"],
  "hiring-manager": ["behavioral", "screen"],
  "hiring-committee": [],
  "team-match": ["screen"],
};

/** Practice questions per round: roughly what fits the round's time with follow-ups. */
export const QUESTIONS_PER_ROUND: Record<StageId, number> = {
  "recruiter-screen": 3,
  "online-assessment": 2,
  "phone-screen": 2,
  coding: 2,
  "system-design": 1,
  "technical-deep-dive": 3,
  behavioral: 3,
  "hiring-manager": 3,
  "hiring-committee": 0,
  "team-match": 2,
};

export type BuildLoopResult = { ok: true; loop: Loop; notes: string[] } | InterviewError;

export function listCompanies(): Array<{ id: CompanyId; name: string }> {
  return COMPANY_LOOPS.map(({ id, name }) => ({ id, name }));
}

export function listRoles(): Array<{ id: RoleId; name: string; description: string }> {
  return ROLES.map((role) => ({ ...role }));
}

/** The company's levels mapped to our ladder; the generic large-company levels for an unknown company. */
export function listLevels(company: string): CompanyLevel[] {
  return findCompany(company).loop.levels.map((level) => ({ ...level, aliases: [...level.aliases] }));
}

function lookupKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The loop on file for a company name or alias; `known` is false when we fell back to the generic loop. */
export function findCompany(company: string): { loop: CompanyLoop; known: boolean } {
  const key = lookupKey(company);
  const loop = COMPANY_LOOPS.find(
    (candidate) => candidate.id === key || candidate.aliases.some((alias) => lookupKey(alias) === key),
  );
  if (loop) return { loop, known: true };
  return { loop: COMPANY_LOOPS.find((candidate) => candidate.id === FALLBACK_COMPANY)!, known: false };
}

/** A company's own level name ("E5", "SDE II", "62", "ICT4") → our ladder; null when unrecognised. */
export function resolveLevel(company: string, label: string): LevelId | null {
  const key = lookupKey(label);
  const { loop } = findCompany(company);
  const level = loop.levels.find(
    (candidate) => candidate.aliases.some((alias) => lookupKey(alias) === key) || lookupKey(candidate.name) === key,
  );
  return level?.id ?? null;
}

export function isLevelId(value: string): value is LevelId {
  return (LEVEL_IDS as readonly string[]).includes(value);
}

export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}

export function levelIndex(level: LevelId): number {
  return LEVEL_IDS.indexOf(level);
}

export function levelInRange(level: LevelId, [min, max]: readonly [LevelId, LevelId]): boolean {
  return levelIndex(level) >= levelIndex(min) && levelIndex(level) <= levelIndex(max);
}

function quoted(text: string): string {
  const trimmed = text.trim();
  return `"${trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed}"`;
}

function levelList(loop: CompanyLoop): string {
  return loop.levels.map((level) => `${level.id} = ${level.name}`).join("; ");
}

/** Our ladder id (case-insensitive), else the company's own level name. Ladder ids win,
 *  so at Amazon "L6" means our L6 (Principal), not Amazon's own L6. */
function parseLevel(loop: CompanyLoop, level: string): LevelId | null {
  const upper = level.trim().toUpperCase();
  if (isLevelId(upper)) return upper;
  return resolveLevel(loop.id, level);
}

export function buildLoop(choice: { company: string; role: string; level: string }): BuildLoopResult {
  const { loop: companyLoop, known } = findCompany(choice.company);
  const role = ROLES.find((candidate) => candidate.id === choice.role.trim().toLowerCase());
  if (!role) {
    const options = ROLES.map((candidate) => `${candidate.name} (${candidate.id})`).join(", ");
    return {
      ok: false,
      error: "unknown_role",
      message: `Unknown role ${quoted(choice.role)}. Choose one of: ${options}.`,
    };
  }
  const levelId = parseLevel(companyLoop, choice.level);
  if (!levelId) {
    return {
      ok: false,
      error: "unknown_level",
      message: `Unknown level ${quoted(choice.level)}. Levels for ${companyLoop.name}: ${levelList(companyLoop)}.`,
    };
  }
  const level = companyLoop.levels.find((candidate) => candidate.id === levelId);
  if (!level) {
    return {
      ok: false,
      error: "level_not_offered",
      message: `${companyLoop.name} has no level matching ${levelId} on file. Levels for ${companyLoop.name}: ${levelList(companyLoop)}.`,
    };
  }

  const stages = companyLoop.stages.flatMap((template): LoopStage[] => {
    const variant = template.byLevel.find((entry) => levelInRange(levelId, entry.levels));
    if (!variant) return [];
    const kinds = template.kinds ?? DEFAULT_STAGE_KINDS[template.stage];
    const questionCount =
      kinds.length === 0 ? 0 : variant.rounds * (template.questionsPerRound ?? QUESTIONS_PER_ROUND[template.stage]);
    return [
      {
        id: template.stage,
        name: template.name,
        assesses: [...template.assesses],
        minutesPerRound: template.minutes,
        rounds: variant.rounds,
        questionCount,
        kinds: [...kinds],
        guidance: template.guidance,
        levelNote: variant.note,
        practised: questionCount > 0,
      },
    ];
  });

  const notes = [
    ...(known
      ? []
      : [
          choice.company.trim() === ""
            ? `No company given, so this is ${companyLoop.name.toLowerCase()}'s loop.`
            : `We have no loop on file for ${quoted(choice.company)}, so this is ${companyLoop.name.toLowerCase()}'s loop. Ask your recruiter which stages to expect.`,
        ]),
    ...companyLoop.notes,
    ...(companyLoop.roleNotes[role.id] ? [companyLoop.roleNotes[role.id]!] : []),
  ];

  return {
    ok: true,
    loop: {
      company: { id: companyLoop.id, name: companyLoop.name },
      role: { id: role.id, name: role.name },
      level: { id: level.id, name: level.name },
      stages,
      totalMinutes: stages.reduce((sum, stage) => sum + stage.minutesPerRound * stage.rounds, 0),
    },
    notes,
  };
}
