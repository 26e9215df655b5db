// The built-in writer for layoff explanations: sentences built from the person's facts
// with the shared composition layer (~/writer/compose), fitted to each channel's rules
// (./content/channel-rules.json), with each tone's fixed lines from
// ./content/tone-lines.json. It states only what the person gave (their words, dates and
// numbers) plus durations worked out from the dates, keeps each of their clauses whole or
// leaves it out, and never repeats the "what happened" field: that is context for a
// model and where blame and private detail tend to go. Pure.
import type { WritingContext } from "~/writer/types";
import {
  countSentences,
  countWords,
  joinSentences,
  listPhrase,
  lowerFirst,
  roleNoun,
  rolePhrase,
  roleTitle,
  sentence,
  speakingSeconds,
  withArticle,
} from "~/writer/compose";
import { jobsCut, peopleAffected } from "./affected";
import { thingsNotToSay } from "./advice";
import { CHANNELS } from "./channels";
import { TONE_LINES } from "./content";
import { layoffFacts, type LayoffFacts } from "./facts";
import {
  goalClauseCount,
  isVerbClause,
  joinedVerbClauses,
  namesContext,
  nextClause,
  nounPhrase,
  pastClause,
  perfectClause,
  resumeClause,
  startsWithName,
  usableClauses,
  type UserClause,
} from "./phrasing";
import { mayClaimNotSelected } from "./rules";
import type { LayoffExplanation, LayoffInput, LayoffType, Tone } from "./schema";

/** Everything the sentences are made of, prepared once. */
interface Material {
  input: LayoffInput;
  f: LayoffFacts;
  /** "a senior backend engineer" */
  role: string;
  delivered: UserClause[];
  /** Since-then details that may be said anywhere (nothing private, no job search). */
  details: UserClause[];
  /** For a performance-related exit: what changed, as the person put it. */
  changed: UserClause[];
  /** Sentences already built: fitting a length tries many combinations of the same few. */
  built: Map<string, string | null>;
}

/** A sentence built once per document, however many length variants use it. */
function once(m: Material, key: string, build: () => string | null): string | null {
  if (!m.built.has(key)) m.built.set(key, build());
  return m.built.get(key)!;
}

function material(input: LayoffInput, today: Date): Material {
  return {
    input,
    f: layoffFacts(input, today),
    role: withArticle(roleNoun(input.lastRole)),
    delivered: usableClauses(input.delivered, namesContext(input)),
    details: usableClauses(input.sinceDetails, namesContext(input), ["job_search_not_a_strength"]),
    changed: usableClauses(input.whatChanged, namesContext(input)),
    built: new Map(),
  };
}

// ---------- sentences ----------

function opening(m: Material, tone: Tone): string {
  const { f, role, input } = m;
  switch (tone) {
    case "plain":
      return `I was ${role} at ${input.company} for ${f.tenure}.`;
    case "warm":
      return `I spent ${f.tenure} as ${role} at ${input.company}, and I'm grateful for that time.`;
    case "confident":
      return `For ${f.tenure}, I was ${role} at ${input.company}.`;
  }
}

/** "While there, I cut deploy time from 6 hours to 40 minutes." — `count` whole clauses. */
function deliveredSentence(m: Material, count: number, lead = "While there, I"): string | null {
  const clauses = m.delivered.slice(0, count);
  if (clauses.length === 0) return null;
  if (clauses.every(isVerbClause)) {
    const joined = joinedVerbClauses(clauses, pastClause);
    if (joined) return sentence(lead, joined);
  }
  // A noun phrase ("the design system used across 5 products"): one clause, said as what the work was.
  const np = clauses[0].text;
  const frame = lead.endsWith("work itself: I")
    ? "What I can speak to is the work itself:"
    : startsWithName(np)
      ? "My main work there:"
      : "My main work there was";
  return sentence(frame, nounPhrase(np));
}

/** How it ended, for private channels that may say performance. */
function eventSentence(m: Material, withCount: boolean, audience: "private" | "public"): string {
  const { f, input } = m;
  const affected = withCount ? input.affected : null;
  const cut = affected ? jobsCut(affected) : null;
  const EVENT: Record<LayoffType, () => string> = {
    company_wide: () =>
      affected?.kind === "everyone"
        ? `In ${f.endMonth}, the company let everyone go.`
        : cut
          ? `In ${f.endMonth}, the company cut ${cut}, and my role was one of them.`
          : `In ${f.endMonth}, the company made job cuts, and my role was one of them.`,
    team_closed: () => `In ${f.endMonth}, the company closed my team.`,
    restructuring: () => `In ${f.endMonth}, the company restructured, and my role was removed.`,
    acquisition: () =>
      cut
        ? `After an acquisition, the company cut ${cut} in ${f.endMonth}, and my role was one of them.`
        : `After an acquisition, the company cut roles in ${f.endMonth}, and mine was one of them.`,
    funding: () =>
      affected?.kind === "everyone"
        ? `In ${f.endMonth}, the company ran short of funding and let everyone go.`
        : cut
          ? `In ${f.endMonth}, the company ran short of funding and cut ${cut}, including mine.`
          : `In ${f.endMonth}, the company ran short of funding and cut jobs, including mine.`,
    performance_adjacent: () =>
      audience === "private"
        ? `My time there ended in ${f.endMonth}, partly because of my performance.`
        : `My time there ended in ${f.endMonth}.`,
    contract_end: () => `My contract there ended in ${f.endMonth}.`,
  };
  return EVENT[input.layoffType]();
}

/** A count for the types whose event sentence does not carry one. */
function affectedSentence(m: Material): string | null {
  const { input } = m;
  if (
    !input.affected ||
    ["company_wide", "funding", "acquisition", "performance_adjacent"].includes(input.layoffType)
  ) {
    return null;
  }
  return input.affected.kind === "everyone"
    ? "Everyone in the group was let go."
    : sentence(
        `In all, ${peopleAffected(input.affected)}`,
        input.affected.kind === "count" && input.affected.value === 1 ? "was affected" : "were affected",
      );
}

/** For a performance-related exit in the interview: what changed, from the person or a placeholder. */
function changedSentence(m: Material): string {
  const [first] = m.changed;
  if (!first) return "I took it seriously, and what I changed is [one habit or skill you changed since].";
  if (first.shape === "with_subject") return sentence("I took it seriously:", first.text);
  if (first.shape === "base_verb") return sentence("I took it seriously, and now I", lowerFirst(first.text));
  const perfect = isVerbClause(first) ? perfectClause(first) : null;
  return perfect
    ? sentence("I took it seriously, and since then I've", perfect)
    : sentence("I took it seriously; what changed:", lowerFirst(first.text));
}

// Generic words for a ticked activity the details don't already show.
const ACTIVITY: Record<"learning" | "projects" | "freelancing", string> = {
  learning: "kept learning",
  projects: "built projects of my own",
  freelancing: "done freelance work",
};

/** What the person has done since, as "I've …" phrases: caring for family, then the details, else the ticked activities. */
function sinceItems(m: Material, detailCount: number): string[] {
  const { input } = m;
  const items: string[] = [];
  if (input.since.includes("caregiving")) items.push("cared for family");
  const details = m.details.slice(0, detailCount);
  // Details that start with a name ("Kotlin Multiplatform course") can't follow "I've …"
  // mid-sentence: they follow the activity they belong to, after a colon, at the end.
  const named = details.filter((d) => !isVerbClause(d) && startsWithName(d.text));
  for (const detail of details.filter((d) => !named.includes(d))) {
    const perfect = isVerbClause(detail) ? perfectClause(detail) : null;
    if (perfect) items.push(perfect);
    else if (input.since.includes("freelancing") && !items.some((i) => /freelanc/i.test(i)))
      items.push(`done ${nounPhrase(detail.text)}`);
    else items.push(`focused on ${nounPhrase(detail.text)}`);
  }
  const activities = (["freelancing", "projects", "learning"] as const).filter((a) => input.since.includes(a));
  if (details.length === 0 || named.length > 0) {
    const generic = activities.map((a) => ACTIVITY[a]);
    if (named.length > 0 && generic.length === 0) generic.push("been working on");
    items.push(...generic);
  }
  if (named.length > 0)
    items[items.length - 1] =
      `${items[items.length - 1]}${/on$/.test(items[items.length - 1]) ? "" : ":"} ${listPhrase(named.map((d) => d.text))}`;
  // "been learning Rust and building a site", not "… and been building a site": one "been"
  // carries a run of ongoing activities.
  return items.map((item, i) =>
    i > 0 && /^been /.test(item) && /^been /.test(items[i - 1]) ? item.slice("been ".length) : item,
  );
}

function sinceSentence(m: Material, detailCount: number): string | null {
  const items = sinceItems(m, detailCount);
  return items.length === 0 ? null : sentence(`Since then, I've ${listPhrase(items)}`);
}

/** Said aloud only (never in a public text, where the search is no achievement): what the
 *  time since was for when the person ticked nothing else. */
function searchSentence(m: Material): string | null {
  return m.input.since.includes("job_search")
    ? "Since then, I've been looking carefully for the right next role."
    : null;
}

function nextSentence(m: Material, goalClauses = Infinity): string {
  return sentence(`Next, ${nextClause(m.input, goalClauses)}`);
}

// ---------- the spoken answer, fitted to its channel's length ----------

interface SpokenChoice {
  // Counts of whole clauses kept; `details` -1 leaves the since-then sentence out.
  /** Whole clauses of the goal; all of them unless the answer is too long. */
  goal: number;
  delivered: number;
  details: number;
  withCount: boolean;
  closings: number;
  /** The shortest opening, whatever the tone. */
  plainOpening: boolean;
}

function spokenAnswer(m: Material, c: SpokenChoice): string {
  const performance = m.input.layoffType === "performance_adjacent";
  return joinSentences([
    opening(m, c.plainOpening ? "plain" : m.input.tone),
    once(m, `delivered:${c.delivered}`, () => deliveredSentence(m, c.delivered)),
    once(m, `event:${c.withCount}`, () => eventSentence(m, c.withCount, "private")),
    performance
      ? once(m, "changed", () => changedSentence(m))
      : c.withCount
        ? once(m, "affected", () => affectedSentence(m))
        : null,
    c.details < 0 ? null : once(m, `since:${c.details}`, () => sinceSentence(m, c.details) ?? searchSentence(m)),
    once(m, `next:${c.goal}`, () => nextSentence(m, c.goal)),
    ...TONE_LINES.closings[m.input.tone].slice(0, c.closings),
  ]);
}

/** How much of the person's material a choice keeps; the answer keeps the most that fits. */
function value(m: Material, c: SpokenChoice): number {
  return (
    (c.delivered > 0 ? 100 : 0) +
    (c.details >= 0 ? 50 : 0) +
    (c.details > 0 ? 60 : 0) +
    Math.max(c.delivered - 1, 0) * 20 +
    Math.max(c.details - 1, 0) * 15 +
    (c.withCount && m.input.affected ? 10 : 0) +
    (c.plainOpening ? 0 : 5) +
    c.goal * 30 -
    c.closings
  );
}

function fittedSpokenAnswer(m: Material): string {
  const { min, max } = CHANNELS.spokenAnswer.words!;
  const choices: SpokenChoice[] = [];
  const goals = goalClauseCount(m.input);
  for (let goal = Math.max(goals, 1); goal >= 1; goal--) {
    for (let delivered = m.delivered.length; delivered >= 0; delivered--) {
      // details -1: no since-then sentence at all, only when nothing else fits.
      for (let details = m.details.length; details >= -1; details--) {
        for (const withCount of [true, false]) {
          for (const plainOpening of [false, true]) {
            for (let closings = 0; closings <= TONE_LINES.closings[m.input.tone].length; closings++) {
              choices.push({ goal, delivered, details, withCount, plainOpening, closings });
            }
          }
        }
      }
    }
  }
  const scored = choices
    .map((c) => ({ c, text: spokenAnswer(m, c) }))
    .map((s) => ({ ...s, words: countWords(s.text) }));
  const fitting = scored.filter((s) => s.words >= min! && s.words <= max!);
  if (fitting.length > 0) {
    fitting.sort((a, b) => value(m, b.c) - value(m, a.c) || b.words - a.words);
    return fitting[0].text;
  }
  // Nothing fits: the longest under the maximum, else the shortest.
  const under = scored.filter((s) => s.words <= max!).sort((a, b) => b.words - a.words);
  return (under[0] ?? scored.sort((a, b) => a.words - b.words)[0]).text;
}

// ---------- the other channels ----------

function whyChosenAnswer(m: Material): string {
  const { input, f } = m;
  const max = CHANNELS.whyChosenAnswer.words!.max!;
  const work = (count: number) => deliveredSentence(m, count, "What I can speak to is the work itself: I");
  const fit = (build: (count: number) => string) => {
    for (let count = m.delivered.length; count >= 1; count--) {
      const text = build(count);
      if (countWords(text) <= max) return text;
    }
    return build(1);
  };
  if (input.layoffType === "performance_adjacent") {
    const owned = ["It was partly about my performance, and I own that.", changedSentence(m)];
    const text = joinSentences([...owned, nextSentence(m)]);
    return countWords(text) <= max ? text : joinSentences(owned);
  }
  if (input.layoffType === "contract_end") {
    return fit((count) => joinSentences([`My contract ran until ${f.endMonth}; it was not a layoff.`, work(count)]));
  }
  if (mayClaimNotSelected(input)) {
    const group = input.layoffType === "team_closed" ? "the whole team" : "everyone in my group";
    return fit((count) => joinSentences([`I wasn't selected individually: ${group} was let go.`, work(count)]));
  }
  return fit((count) => joinSentences(["I wasn't told the criteria, and I'd rather not guess.", work(count)]));
}

/** "until company-wide job cuts in March 2026" — how a public text says it ended. */
const ENDED: Record<LayoffType, (month: string) => string> = {
  company_wide: (month) => `until company-wide job cuts in ${month}`,
  team_closed: (month) => `until my team was closed in ${month}`,
  restructuring: (month) => `until the company restructured and removed my role in ${month}`,
  acquisition: (month) => `until job cuts after an acquisition in ${month}`,
  funding: (month) => `until the company ran short of funding in ${month}`,
  performance_adjacent: (month) => `until ${month}`,
  contract_end: (month) => `until my contract ended in ${month}`,
};

function targetPhrase(input: LayoffInput): string {
  if (input.targetRole === "") return "this role";
  const noun = roleNoun(input.targetRole);
  return /\brole$/i.test(noun) ? `this ${noun}` : `this ${noun} role`;
}

function coverLetterLines(m: Material): string {
  const { input, f, role } = m;
  const { max } = CHANNELS.coverLetterLines.words!;
  const first = `I was ${role} at ${input.company} for ${f.tenure}, ${ENDED[input.layoffType](f.endMonth)}.`;
  const candidates: string[] = [];
  for (let details = m.details.length; details >= 0; details--) {
    const items = sinceItems(m, details);
    candidates.push(
      items.length > 0
        ? `${first} Since then, I've ${listPhrase(items)}, and I'm keen to bring that to ${targetPhrase(input)}.`
        : `${first} I'm keen to bring that experience to ${targetPhrase(input)}.`,
    );
  }
  candidates.push(`${first} I'm keen to bring that experience to this role.`);
  return candidates.find((c) => countWords(c) <= max! && countSentences(c) <= 2) ?? candidates[candidates.length - 1];
}

function linkedinPost(m: Material): string {
  const { input, f, role } = m;
  const { min, max } = CHANNELS.linkedinPost.words!;
  const post = (delivered: number, details: number) =>
    [
      TONE_LINES.postOpening[input.tone],
      joinSentences([
        `For ${f.tenure}, I was ${role} at ${input.company}.`,
        deliveredSentence(m, delivered, "There, I"),
        eventSentence(m, true, "public"),
        affectedSentence(m),
      ]),
      joinSentences([sinceSentence(m, details), nextSentence(m)]),
      `${TONE_LINES.postAsk[input.tone]} #OpenToWork`,
    ].join("\n\n");
  for (let delivered = m.delivered.length; delivered >= 1; delivered--) {
    for (let details = m.details.length; details >= 0; details--) {
      const text = post(delivered, details);
      const count = countWords(text);
      if (count <= max! && count >= min!) return text;
    }
  }
  return post(Math.min(1, m.delivered.length), 0);
}

/** A headline reads as the title someone holds, so it leads with the last one; a different
 *  target role is what they are open to, never a title they claim. Longest that fits. */
function linkedinHeadline(m: Material): string {
  const { input } = m;
  const held = roleTitle(input.lastRole);
  const sameRole =
    !input.targetRole || roleNoun(input.targetRole).toLowerCase() === roleNoun(input.lastRole).toLowerCase();
  // After the bar the words are ordinary again: "Open to staff engineer roles".
  const open = sameRole
    ? "Open to work"
    : `Open to ${rolePhrase(input.targetRole, { article: false }).replace(/\brole$/, "roles")}`;
  const max = CHANNELS.linkedinHeadline.chars!.max!;
  const candidates = [`${held} | ${open} | ex-${input.company}`, `${held} | ${open}`, `${held} | Open to work`];
  return candidates.find((headline) => headline.length <= max) ?? candidates[candidates.length - 1]!;
}

/** How a job was held, not what it was: "Contract", "Part-Time", "Interim". */
const EMPLOYMENT_TERMS =
  /^(?:(?:freelance|contract(?:or)?|independent|part[- ]time|full[- ]time|interim|temporary|temp|fixed[- ]term)\s+)+/i;

const GAP_LABELS: Record<"caregiving" | "learning" | "projects", string> = {
  caregiving: "family care",
  learning: "professional development",
  projects: "independent projects",
};

function resumeGapLine(m: Material): string | null {
  const { input, f } = m;
  if (!f.gapLineDue) return null;
  const max = CHANNELS.resumeGapLine.words!.max!;
  const range = `${f.gapStartMonth} – present`;
  const detailText = (count: number) => {
    const clauses = m.details.slice(0, count).map(resumeClause);
    return clauses.join("; ");
  };
  const line = (count: number) => {
    const details = detailText(count);
    if (input.since.includes("freelancing")) {
      // Freelance work is work: a resume entry with a title, not a break. The title is the
      // kind of work without how it was employed ("Contract Frontend Developer" and
      // "Part-Time Frontend Developer" freelance as a "Freelance Frontend Developer"); a
      // founder or executive freelances in the line of work they are aiming for.
      const executive = /\b(?:founder|co-founder|ceo|cto|coo|cfo|owner)\b/i.test(input.lastRole);
      const kind = (executive ? input.targetRole || "Consultant" : input.lastRole).replace(EMPLOYMENT_TERMS, "");
      const title = `Freelance ${roleTitle(kind)}`;
      const work = details.replace(/^freelance\s+/i, "");
      return sentence(`${title}, ${range}${work ? `: ${work}` : ""}`);
    }
    // Time spent building or studying is an entry of its own; "Career break" is for time
    // that includes caring for family, or that held nothing to list.
    if (!input.since.includes("caregiving") && (input.since.includes("projects") || input.since.includes("learning"))) {
      const title = input.since.includes("projects") ? "Independent projects" : "Professional development";
      const also =
        input.since.includes("projects") && input.since.includes("learning") && !details
          ? ` and ${GAP_LABELS.learning}`
          : "";
      return sentence(`${title}${also}, ${range}${details ? `: ${details}` : ""}`);
    }
    const labels = (["caregiving", "learning", "projects"] as const)
      .filter((a) => input.since.includes(a))
      .map((a) => GAP_LABELS[a]);
    const what = [labels.length > 0 ? listPhrase(labels) : null, details || null].filter(Boolean).join("; ");
    return sentence(`Career break, ${range}${what ? `: ${what}` : ""}`);
  };
  for (let count = m.details.length; count >= 0; count--) {
    const text = line(count);
    if (countWords(text) <= max) return text;
  }
  return line(0);
}

// ---------- the document ----------

/** The built-in writer's layoff explanation. */
export function composeLayoffExplanation(input: LayoffInput, context: WritingContext): LayoffExplanation {
  const m = material(input, context.today);
  const spoken = fittedSpokenAnswer(m);
  const words = countWords(spoken);
  return {
    spokenAnswer: { text: spoken, words, seconds: speakingSeconds(words) },
    whyChosenAnswer: whyChosenAnswer(m),
    coverLetterLines: coverLetterLines(m),
    linkedinPost: linkedinPost(m),
    linkedinHeadline: linkedinHeadline(m),
    resumeGapLine: resumeGapLine(m),
    gapMonths: m.f.gap.months,
    thingsNotToSay: thingsNotToSay(input, m.f),
  };
}
