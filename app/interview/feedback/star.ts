// STAR parts by what sentences do. An action is a clause whose subject is the speaker (or
// the team) doing something, in the past, not negated and not hypothetical; a result is
// how things turned out (an outcome verb, a change "from … to …", "since then"); the
// situation sets the scene; the task is the speaker's goal or part, which may be implied
// by the situation. One sentence can carry two parts ("I was on call, so the incident was
// mine"). Filler sentences carry none.
import {
  AFTERWARDS_WORDS,
  OUTCOME_VERBS,
  OUTCOME_WORDS,
  REFLECTION_VERBS,
  RESULT_PATTERNS,
  SETTING_PATTERNS,
  STATIVE_VERBS,
  TASK_PATTERNS,
} from "./language.ts";
import { STAR_PARTS, type StarPart } from "../types.ts";
import type { Clause, Sentence } from "./sentences.ts";

export interface StarFindings {
  parts: Record<StarPart, { found: boolean; implicit: boolean; sentences: string[] }>;
  /** What the speaker says they learned. */
  reflection: string[];
  actionShare: number;
  selfActions: number;
  teamActions: number;
  /** "I would …" clauses: a method, not an event. */
  hypotheticalClauses: number;
  /** Sentences describing habits ("I usually"). */
  habitualSentences: number;
  resultHasNumber: boolean;
  /** Share of the words in sentences that carry a STAR part or a lesson; the rest is digression. */
  storyShare: number;
}

const matchesVerb = (list: readonly string[], verb: string) =>
  list.some((entry) => verb === entry || verb.startsWith(`${entry} `));

function isActionClause(clause: Clause): boolean {
  if (clause.actor !== "self" && clause.actor !== "team") return false;
  if (clause.negative || clause.hypothetical || clause.copula || clause.purpose) return false;
  return !matchesVerb(STATIVE_VERBS, clause.verb) && !matchesVerb(REFLECTION_VERBS, clause.verb);
}

function isOutcomeClause(clause: Clause, sentence: Sentence): boolean {
  if (clause.hypothetical || clause.purpose) return false;
  if (!matchesVerb(OUTCOME_VERBS, clause.verb)) return false;
  // "I cut the scope" early on is an action; "we cut costs by 30%" at the end is a result.
  if (clause.actor === "self" || clause.actor === "team") return sentence.hasNumber || sentence.position >= 0.6;
  return !clause.negative || /\b(since|again|anymore|any more)\b/.test(sentence.lower);
}

function isReflection(sentence: Sentence): boolean {
  return (
    sentence.clauses.some((clause) => clause.actor === "self" && matchesVerb(REFLECTION_VERBS, clause.verb)) ||
    /\b(lesson|takeaway|next time|now i (always|insist|check|make sure|ask|start|sample|test)|since then i|i now)\b/.test(
      sentence.lower,
    )
  );
}

const COMPARISON = /\b(instead of|compared (with|to)|down from|up from)\b/;

interface SentenceRoles {
  roles: Set<StarPart>;
  selfActions: number;
  teamActions: number;
}

/** "He rewrote his checklist and shared it", "the complaints stopped": near the end, after the
 *  speaker has acted, what other people (or things) then did is how it turned out. */
function othersRespond(sentence: Sentence, afterOwnActions: boolean): boolean {
  const events = sentence.clauses.filter((clause) => !clause.purpose);
  // Every clause is someone else's, past and real, and at least one is an event (not a state).
  return (
    afterOwnActions &&
    sentence.position >= 0.75 &&
    !sentence.habitual &&
    events.length > 0 &&
    events.every((clause) => clause.actor === "other" && clause.past && !clause.negative && !clause.hypothetical) &&
    events.some((clause) => !clause.copula && !clause.progressive && !matchesVerb(STATIVE_VERBS, clause.verb))
  );
}

function rolesOf(sentence: Sentence, afterOwnActions = false): SentenceRoles {
  const roles = new Set<StarPart>();
  if (sentence.filler) return { roles, selfActions: 0, teamActions: 0 };
  const actions = sentence.habitual ? [] : sentence.clauses.filter(isActionClause);
  const selfActions = actions.filter((clause) => clause.actor === "self").length;
  const teamActions = actions.length - selfActions;
  const outcome =
    !sentence.habitual &&
    (sentence.clauses.some((clause) => isOutcomeClause(clause, sentence)) ||
      (OUTCOME_WORDS.test(sentence.lower) && (sentence.hasNumber || sentence.position >= 0.6)) ||
      (AFTERWARDS_WORDS.test(sentence.lower) && sentence.position >= 0.6));
  const resultPhrase = RESULT_PATTERNS.some((pattern) => pattern.test(sentence.lower));
  // "We had six weeks to launch …", "My manager asked me to …": an early purpose clause beside
  // the speaker's or the team's state or request states the goal.
  const goal =
    sentence.position < 0.5 &&
    sentence.clauses.some((clause) => clause.purpose) &&
    // The goal is the speaker's: their own state ("we had six weeks to …") or a request to them
    // ("asked me to …"); "he wanted to rewrite it" is someone else's wish.
    (/\b(me|us) to\b/.test(sentence.lower) ||
      sentence.clauses.some(
        (clause) =>
          !clause.purpose &&
          (clause.actor === "self" || clause.actor === "team") &&
          (clause.copula || matchesVerb(STATIVE_VERBS, clause.verb)),
      ));
  const task = goal || TASK_PATTERNS.some((pattern) => pattern.test(sentence.lower));
  const setting = SETTING_PATTERNS.some((pattern) => pattern.test(sentence.lower));
  // Others' "would" in a past story is their habit ("she would wait days rather than ask"): scene too.
  const scene = sentence.clauses.some(
    (clause) =>
      (!clause.hypothetical || clause.actor === "other") &&
      (clause.copula || clause.progressive || matchesVerb(STATIVE_VERBS, clause.verb) || clause.actor === "other"),
  );

  if (sentence.label) roles.add(sentence.label);
  if (task) roles.add("task");
  // "As a result, we shipped …" reports an outcome; its verbs are not new actions.
  const reportsResult = RESULT_PATTERNS.slice(0, 2).some((pattern) => pattern.test(sentence.lower));
  if (!reportsResult && actions.length > 0 && !task) roles.add("action");
  else if (!reportsResult && actions.length > 1) roles.add("action");
  if ((outcome || resultPhrase) && (sentence.position >= 0.34 || resultPhrase)) roles.add("result");
  // The opening sentence sets the scene when others act in it, even beside the speaker's first step
  // ("We had planned X, but 300 users asked for Y"): one sentence can carry two parts.
  // An outcome verb in the opening sentence ("the service had grown four formats") is the state
  // the story starts from.
  const opening = sentence.position === 0;
  if (
    !sentence.habitual &&
    (setting || (scene && sentence.position < 0.45 && (actions.length === 0 || opening) && (!outcome || opening)))
  )
    roles.add("situation");
  // A late number with no clause of its own ("Down from 2 s to 300 ms.") reports a result, and so
  // does a late sentence that moves the story on in time ("By the autumn she was leading …").
  if (roles.size === 0 && sentence.hasNumber && sentence.position >= 0.6) roles.add("result");
  if (sentence.laterTime && sentence.position >= 0.6 && !sentence.habitual) roles.add("result");
  if (othersRespond(sentence, afterOwnActions)) roles.add("result");
  // A late comparison is a before-and-after ("in under a minute instead of an hour").
  if (sentence.position >= 0.6 && COMPARISON.test(sentence.lower)) roles.add("result");
  return { roles, selfActions, teamActions };
}

export function analyseStar(sentences: readonly Sentence[]): StarFindings {
  const parts: StarFindings["parts"] = {
    situation: { found: false, implicit: false, sentences: [] },
    task: { found: false, implicit: false, sentences: [] },
    action: { found: false, implicit: false, sentences: [] },
    result: { found: false, implicit: false, sentences: [] },
  };
  const reflection: string[] = [];
  let actionWords = 0;
  let totalWords = 0;
  let totalClauses = 0;
  let selfActions = 0;
  let teamActions = 0;
  let storyWords = 0;
  for (const sentence of sentences) {
    totalWords += sentence.words;
    if (!sentence.filler) totalClauses += sentence.clauses.length;
    if (isReflection(sentence)) {
      reflection.push(sentence.text);
      storyWords += sentence.words;
      continue;
    }
    const found = rolesOf(sentence, selfActions > 0);
    selfActions += found.selfActions;
    teamActions += found.teamActions;
    for (const part of found.roles) {
      parts[part].found = true;
      parts[part].sentences.push(sentence.text);
    }
    if (found.roles.has("action")) actionWords += sentence.words;
    if (found.roles.size > 0) storyWords += sentence.words;
  }
  // The task is often implied by the situation ("the pipeline took 40 minutes…") when the
  // actions that follow address it; an interviewer would not ask for it separately.
  if (!parts.task.found && parts.situation.found && parts.action.found) {
    parts.task = {
      found: true,
      implicit: true,
      sentences: [parts.situation.sentences[parts.situation.sentences.length - 1]!],
    };
  }
  return {
    parts,
    reflection,
    // The larger of two readings: words in action sentences, and action clauses among all
    // clauses, so one dense sentence of three actions in a short story is not read as background.
    actionShare: Math.max(
      totalWords === 0 ? 0 : Math.round((actionWords / totalWords) * 100) / 100,
      totalClauses === 0 ? 0 : Math.round(((selfActions + teamActions) / totalClauses) * 100) / 100,
    ),
    selfActions,
    teamActions,
    hypotheticalClauses: sentences
      .flatMap((sentence) => sentence.clauses)
      .filter((clause) => clause.hypothetical && clause.actor !== "other").length,
    habitualSentences: sentences.filter((sentence) => sentence.habitual).length,
    resultHasNumber: resultMeasured(sentences, parts.result.sentences),
    storyShare: totalWords === 0 ? 0 : Math.round((storyWords / totalWords) * 100) / 100,
  };
}

/** A result carries a measure when it states a number of its own ("went from 41% to 68%"). */
function resultMeasured(sentences: readonly Sentence[], resultTexts: readonly string[]): boolean {
  return sentences.some((sentence) => resultTexts.includes(sentence.text) && sentence.numbers.length > 0);
}

export { STAR_PARTS };
