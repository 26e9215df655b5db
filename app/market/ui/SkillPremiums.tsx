import type { SkillView } from "../skills";
import { Cited } from "./Cited";
import { Refs } from "./Refs";

const EVIDENCE_LABELS: Record<SkillView["evidence"]["kind"], string> = {
  salary: "Salary data",
  survey: "Survey data",
  none: "Our judgement",
};

function Skill({ skill, heading: Heading }: { skill: SkillView; heading: "h3" | "h4" }) {
  const { evidence } = skill;
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-skill-evidence={evidence.kind}>
      <Heading className="font-semibold text-stone-900">{skill.name}</Heading>
      <p className="mt-1 text-sm text-stone-700">
        <span className="font-medium text-stone-900">Why it pays: </span>
        {skill.why}
      </p>
      <p className="mt-2 text-sm text-stone-700">
        <span
          className={`mr-1.5 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${
            evidence.kind === "none" ? "bg-stone-100 text-stone-600" : "bg-brand-50 text-brand-800"
          }`}
        >
          {EVIDENCE_LABELS[evidence.kind]}
        </span>
        {evidence.sentence}
        <Refs refs={evidence.refs} />
      </p>
    </li>
  );
}

/** Per role, the skills that command premiums and what supports each claim. */
export function SkillPremiums({ roles }: { roles: { role: string; name: string; skills: SkillView[] }[] }) {
  return (
    <section aria-labelledby="skills-title" className="space-y-3">
      <h2 id="skills-title" className="text-2xl font-semibold tracking-tight">
        Skills that command premiums
      </h2>
      <p className="max-w-3xl text-stone-700">
        Why each skill pays is our judgement. Where our sources have a figure that bears on it, it is shown with its
        source; where they have none, the skill says so. No source measures pay by skill directly: salary data compares
        roles or levels, and survey data compares job titles people chose for themselves (total compensation, medians
        only, so no interval).
      </p>
      <Cited label="Skills that command premiums" className="my-0">
        <div className={`grid gap-6 ${roles.length > 1 ? "lg:grid-cols-2" : ""}`}>
          {roles.map((role) => (
            <div key={role.role}>
              {roles.length > 1 ? <h3 className="mb-2 text-lg font-semibold">{role.name}</h3> : null}
              <ul className="space-y-3">
                {role.skills.map((skill) => (
                  <Skill key={skill.name} skill={skill} heading={roles.length > 1 ? "h4" : "h3"} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Cited>
    </section>
  );
}
