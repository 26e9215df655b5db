// The person's own answers, made ready for sentences with the shared composition layer:
// split into whole clauses, stripped of anything the channel rules keep private, and put
// in the tense each sentence needs. Nothing here cuts a clause; a clause that cannot be
// used whole is left out whole. Pure.
import {
  asParticiplePhrase,
  asPastVerbPhrase,
  clausesOf,
  cleanPhrase,
  firstClauses,
  countWords,
  listPhrase,
  lowerFirst,
  phraseShape,
  rolePhrase,
  sentencesOf,
  roleWithGoal,
  stripLeadIn,
  withArticle,
  type PhraseShape,
} from "~/writer/compose";
import { breaksAny } from "./channels";
import type { LayoffInput } from "./schema";

/** Rules whose matches make a clause of the person's own words unusable in any text. */
const UNUSABLE = ["privacy", "no_immigration_status", "no_blame", "no_apology", "no_oversharing"];

/** One clause of the person's answer, with its shape. */
export interface UserClause {
  text: string;
  shape: PhraseShape;
}

/**
 * The clauses of an answer that every channel may use, in order, each with its first
 * word in the case it takes mid-sentence ("Led…" → "led…"; "Kotlin…" stays). `names` is
 * all the person wrote, so a word they capitalise mid-sentence anywhere stays a name.
 */
export function usableClauses(text: string, names: string, alsoDrop: readonly string[] = []): UserClause[] {
  return clausesOf(text)
    .map((c) => cleanPhrase(c.text))
    .filter((c) => c !== "" && !breaksAny([...UNUSABLE, ...alsoDrop], c))
    .map((c) => ({ text: lowerFirst(c, names), shape: phraseShape(c) }));
}

/** All the person wrote, for telling names from ordinary words. */
export function namesContext(input: LayoffInput): string {
  return [
    input.lastRole,
    input.company,
    input.delivered,
    input.sinceDetails,
    input.nextGoal,
    input.targetRole,
    input.whatChanged,
  ].join(" \n ");
}

const VERB_SHAPES: readonly PhraseShape[] = ["past_verb", "base_verb", "gerund", "with_subject"];

export function isVerbClause(clause: UserClause): boolean {
  return VERB_SHAPES.includes(clause.shape);
}

/** "Led the migration" → "led the migration"; "I rebuilt it" → "rebuilt it". */
export function pastClause(clause: UserClause): string | null {
  const past = asPastVerbPhrase(clause.text);
  return past === null ? null : lowerFirst(past);
}

/** For a resume line: past verbs lower-cased, a gerund kept ongoing ("learning Rust"). */
export function resumeClause(clause: UserClause): string {
  if (clause.shape === "gerund" || !isVerbClause(clause)) return lowerFirst(clause.text);
  return pastClause(clause) ?? lowerFirst(clause.text);
}

/** For "I've …": "built 3 React apps", "been learning Rust" (a gerund stays ongoing). */
export function perfectClause(clause: UserClause): string | null {
  if (clause.shape === "gerund") return `been ${lowerFirst(clause.text)}`;
  const participle = asParticiplePhrase(clause.text);
  return participle === null ? null : lowerFirst(participle);
}

/** Whether a noun phrase starts with a capitalised word that may be a name ("Roadmap",
 *  "Airflow migration"): such a phrase is put where a capital can stand, after a colon. */
export function startsWithName(text: string): boolean {
  return /^\p{Lu}/u.test(lowerFirst(cleanPhrase(text)));
}

/** A noun phrase ready to follow "was" or "on": a bare singular noun gets "the". */
export function nounPhrase(text: string): string {
  const phrase = lowerFirst(cleanPhrase(text));
  const first = phrase.split(/\s+/)[0] ?? "";
  if (
    /^(?:a|an|the|my|our|its|their|this|these|those|\d|one|two|three|four|five|several|many|some|every)\b/i.test(phrase)
  ) {
    return phrase;
  }
  // A single bare word such as "Roadmap" reads as a count noun missing its article.
  return phrase.split(/\s+/).length <= 2 && !/s$/i.test(first) && /^\p{Ll}/u.test(first) ? `the ${phrase}` : phrase;
}

/** Verb clauses in one tense, joined as a list: "cut costs and mentored 3 juniors". */
export function joinedVerbClauses(
  clauses: readonly UserClause[],
  tense: (c: UserClause) => string | null,
): string | null {
  const phrases = clauses.map(tense);
  return phrases.every((p): p is string => p !== null) && phrases.length > 0 ? listPhrase(phrases) : null;
}

// ---------- what the person wants next ----------

const GOAL_LEAD_INS = [
  /^i(?:'d| would) (?:like|love) to\s+/i,
  /^i(?:'m| am) (?:looking|hoping) (?:for|to)\s+/i,
  /^i (?:want|hope|plan|aim) to\s+/i,
  /^i want\s+/i,
  /^(?:looking|hoping) (?:for|to)\s+/i,
  /^(?:seeking|ideally|next:?)\s+/i,
];

/** How many whole clauses the goal has (its first sentence). */
export function goalClauseCount(input: LayoffInput): number {
  return clausesOf(sentencesOf(stripLeadIn(cleanPhrase(input.nextGoal), GOAL_LEAD_INS))[0] ?? "").length;
}

/**
 * The goal with "I'm looking for…" and the like taken off, and whether it is a verb goal.
 * It is one thought ("a role where I can stay and grow"), kept whole unless a length
 * limit asks for fewer whole clauses; a second sentence is always left out.
 */
function goalCore(nextGoal: string, names: string, clauses: number): { text: string; verb: boolean } {
  const cleaned = cleanPhrase(nextGoal);
  const whole = lowerFirst(cleanPhrase(sentencesOf(stripLeadIn(cleaned, GOAL_LEAD_INS))[0] ?? ""), names);
  const stripped = clauses === Infinity ? whole : cleanPhrase(firstClauses(whole, clauses));
  const ledByTo = /^i (?:want|hope|plan|aim) to\s|^i(?:'d| would) (?:like|love) to\s/i.test(cleaned);
  return { text: stripped, verb: ledByTo || phraseShape(stripped) === "base_verb" };
}

// A noun phrase that names a job, a role or a place to work takes "looking for"; one that
// names a kind of work ("backend engineering on a product team") takes "focus on".
const NAMES_A_JOB = /\b(?:role|job|position|opening|team|company|startup|scale-up|organi[sz]ation|employer|place)\b/i;

function goalObject(text: string): { phrase: string; kind: "job" | "work" } {
  const phrase = nounPhrase(text);
  if (/^(?:a|an)\s/i.test(phrase)) return { phrase: withArticle(phrase), kind: "job" };
  return NAMES_A_JOB.test(phrase.split(/\s+(?:on|at|in|with|where|that|for)\s+/i)[0])
    ? { phrase, kind: "job" }
    : { phrase, kind: "work" };
}

/**
 * The "what next" clause after "Next, ": "I'm looking for a senior backend engineer role
 * on a payments team", "I want to lead a small platform team", "I'm looking for an SRE
 * role where I can …". The target role and the goal are said once each, never pasted.
 */
export function nextClause(input: LayoffInput, goalClauses = Infinity): string {
  const goal = goalCore(input.nextGoal, namesContext(input), goalClauses);
  const target = input.targetRole.trim();
  // A goal that restates the target role is a noun phrase, whatever its first word ("head of…").
  const merged = target ? roleWithGoal(target, goal.text) : null;
  if (merged) return `I'm looking for ${merged}`;
  if (goal.verb) {
    const verb = lowerFirst(goal.text);
    return target ? `I'm looking for ${rolePhrase(target)} where I can ${verb}` : `I want to ${verb}`;
  }
  if (startsWithName(goal.text)) {
    return target
      ? `I'm looking for ${rolePhrase(target)}, with this in mind: ${goal.text}`
      : `what I want is this: ${goal.text}`;
  }
  const object = goalObject(goal.text);
  if (!target)
    return object.kind === "job" ? `I'm looking for ${object.phrase}` : `I'd like to focus on ${object.phrase}`;
  return object.kind === "job"
    ? `I'm looking for ${object.phrase}, as ${withArticle(rolePhraseBare(target))}`
    : `I'm looking for ${rolePhrase(target)} where I can focus on ${object.phrase}`;
}

function rolePhraseBare(role: string): string {
  return rolePhrase(role, { article: false }).replace(/\s+role$/i, "");
}

/** Words in a clause, for budgets. */
export function words(text: string | null): number {
  return text === null ? 0 : countWords(text);
}
