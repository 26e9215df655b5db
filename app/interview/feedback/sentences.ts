// What each sentence of an answer does, read with compromise (a rule-based English
// tagger): who the subject of each verb is, the verb's infinitive, tense and mood, and
// whether it is negated. The STAR and talking-point checks work from these facts rather
// than from cue words, so "I rolled it back" is an action wherever it sits in the answer.
import { lazyPackage } from "~/server/lazy-package";
import { DISCOURSE_WORDS, FILLER_SENTENCE, HABITUAL_WORDS, HYPOTHETICAL_MODALS } from "./language.ts";
import { countWords, hasNumber, splitSentences, tokenize } from "../text.ts";

// Loaded on first use, not at server start (see lazy-package.ts).
const nlp = lazyPackage<typeof import("compromise").default>("compromise");

export type Actor = "self" | "team" | "other" | "none";

export interface Clause {
  actor: Actor;
  /** Lower-case infinitive: "roll back", "be", "find". */
  verb: string;
  past: boolean;
  negative: boolean;
  /** "would", "could", "will" …: something that did not (yet) happen. */
  hypothetical: boolean;
  copula: boolean;
  progressive: boolean;
  /** "(six weeks) to launch …": an infinitive of purpose, a goal rather than something done. */
  purpose: boolean;
}

export type StarLabel = "situation" | "task" | "action" | "result";

export interface Sentence {
  text: string;
  /** Lower-case, for pattern tests. */
  lower: string;
  index: number;
  /** 0 at the first sentence, 1 at the last. */
  position: number;
  words: number;
  clauses: Clause[];
  hasNumber: boolean;
  /** "I usually …": the speaker's (or the team's) habit rather than an event. Someone else's
   *  habit ("she froze whenever …") sets the scene instead. */
  habitual: boolean;
  /** Carries no content ("So yeah, that's it."). */
  filler: boolean;
  /** "Situation:" and similar labels, carried down to the lines under them. */
  label: StarLabel | null;
  /** A bare list of terms ("LCP, INP, CLS") with no verb. */
  termList: boolean;
  /** Lower-case parts of the sentence, on one side of a colon or a dash, that are bare lists of
   *  terms: "Race condition, row locks, version columns — those are the terms" names them. */
  listParts: string[];
  /** Opens at a later time ("By the autumn", "Two months later", "Within a week"). */
  laterTime: boolean;
  /** The numbers it states, as written ("40%", "six", "twice"). */
  numbers: string[];
}

const SELF = new Set(["i", "me", "myself"]);
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "our",
  "my",
  "their",
  "his",
  "her",
  "its",
  "this",
  "that",
  "every",
  "each",
]);
const TEAM = /^(we|us|our team|my team|the team|the two of us|both of us|together we|our group)$/;
const LABELS: Record<string, StarLabel> = {
  situation: "situation",
  context: "situation",
  background: "situation",
  task: "task",
  goal: "task",
  problem: "task",
  challenge: "task",
  action: "action",
  actions: "action",
  approach: "action",
  what: "action",
  result: "result",
  results: "result",
  outcome: "result",
  impact: "result",
};
const LABEL =
  /^\s*(situation|context|background|task|goal|problem|challenge|actions?|approach|results?|outcome|impact)\s*[:\-–—]\s*/i;

function actorOf(subject: string): Actor {
  const text = subject
    .toLowerCase()
    .replace(/[^a-z' ]/g, "")
    .trim();
  if (text === "") return "none";
  if (SELF.has(text) || /^i\b/.test(text)) return "self";
  if (TEAM.test(text) || /^we\b/.test(text)) return "team";
  return "other";
}

interface VerbJson {
  text: string;
  verb: {
    infinitive?: string;
    auxiliary?: string;
    negative?: boolean;
    grammar?: { tense?: string; form?: string; copula?: boolean };
  };
}

function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let previousActor: Actor = "none";
  let previousHypothetical = false;
  // "If I had to …, I would …": the whole sentence is a supposition.
  const supposition = /^(if|suppose|imagine|say|assuming|in case)\b/i.test(text.trim());
  nlp()(text)
    .verbs()
    .forEach((verb) => {
      const json = (verb.json() as VerbJson[])[0];
      if (!json) return;
      // "a backend engineer": a noun after a determiner that the tagger took for a verb.
      const before = text
        .slice(0, Math.max(0, text.indexOf(json.text)))
        .trim()
        .split(/\s+/)
        .pop()
        ?.toLowerCase();
      if (before && DETERMINERS.has(before)) return;
      const subject = (verb as unknown as { subjects(): { text(): string } }).subjects().text();
      let actor = actorOf(subject);
      // "I profiled the queries and found …": the second verb shares the first one's subject,
      // and "I would suggest … and ask" shares its mood.
      const inherits = actor === "none";
      if (inherits) actor = previousActor;
      previousActor = actor;
      const words = tokenize(json.text);
      const auxiliary = tokenize(json.verb.auxiliary ?? "");
      const infinitive = (json.verb.infinitive ?? words.join(" ")).toLowerCase().replace(/^to /, "");
      const form = json.verb.grammar?.form ?? "";
      const modal =
        supposition ||
        (inherits && previousHypothetical) ||
        [...auxiliary, ...words].some((word) => (HYPOTHETICAL_MODALS as readonly string[]).includes(word));
      previousHypothetical = modal;
      clauses.push({
        actor,
        verb:
          modal && HYPOTHETICAL_MODALS.includes(infinitive as never)
            ? nextVerbAfterModal(text, infinitive)
            : infinitive,
        past: json.verb.grammar?.tense === "PastTense",
        negative: json.verb.negative === true,
        hypothetical: modal,
        copula: json.verb.grammar?.copula === true,
        progressive: /progressive/.test(form),
        purpose: before === "to" || /^to\s/i.test(json.text),
      });
    });
  return clauses;
}

/** compromise reports "would" as the verb of "I would ask"; the action is the next word. */
function nextVerbAfterModal(text: string, modal: string): string {
  const tokens = tokenize(text);
  const at = tokens.indexOf(modal);
  const skip = new Set(["first", "then", "also", "probably", "just", "not", "never", "really", "definitely"]);
  for (let i = at + 1; i < tokens.length; i++) if (!skip.has(tokens[i]!)) return tokens[i]!;
  return modal;
}

/** "Event loop, call stack, microtask queue, …": three or more short items, the first
 *  without a verb of their own (so "CAP stands for consistency, availability and partition
 *  tolerance" is a sentence, not a list). */
function isTermList(text: string, clauses: readonly Clause[]): boolean {
  return isListOfTerms(text) || (clauses.length === 0 && countWords(text) <= 4);
}

function isListOfTerms(text: string): boolean {
  const items = text
    .split(/[,;]|\s+-\s+|\band\b/)
    .map((item) => item.trim())
    .filter(Boolean);
  // Single nouns often tag as verbs ("network", "fakes"), so the first item must be verbless and
  // then most items are, or the list is so long (five or more short items) that it can only be a list.
  if (items.length >= 3 && items.every((item) => countWords(item) <= 4)) {
    const verbless = items.map((item) => nlp()(item).verbs().length === 0);
    return verbless[0]! && (items.length >= 5 || verbless.filter(Boolean).length >= items.length * 0.7);
  }
  return false;
}

/** The list before a dash ("A, B, C — those are the terms") or after a colon ("…: A, B, C"). */
function listPartsOf(lower: string): string[] {
  const dash = lower.split(/\s[-–—]\s|\s?[–—]\s?/);
  const colon = lower.split(/:\s/);
  return [
    ...(dash.length > 1 && isListOfTerms(dash[0]!) ? [dash[0]!] : []),
    ...(colon.length > 1 && isListOfTerms(colon[colon.length - 1]!) ? [colon[colon.length - 1]!] : []),
  ];
}

function isFiller(text: string): boolean {
  if (FILLER_SENTENCE.test(text.trim())) return true;
  const content = tokenize(text).filter((word) => !DISCOURSE_WORDS.has(word) && word.length > 1);
  return content.length <= 1;
}

/** "By the autumn", "Within two months", "A year later", "Afterwards": the sentence moves the
 *  story on in time. A time noun (compromise's #Date/#Duration, or a season) in the opening
 *  words after a preposition of later time, or a duration followed by "later" / "on". */
function opensLater(text: string): boolean {
  const opening = tokenize(text).slice(0, 7);
  if (/^(afterwards|eventually|later|since then|ever since|from then on|in the end)\b/i.test(text.trim())) return true;
  // "Things were back to normal soon after that": the closing words move the story on too.
  if (/\b(soon after(wards| that)?|after that|afterwards|since then|later on|in the end)[.!?]*$/i.test(text.trim()))
    return true;
  const timeNoun = (word: string) => TIME_WORDS.has(word) || nlp()(word).has("(#Date|#Duration)");
  const first = opening[0] ?? "";
  if (LATER_PREPOSITIONS.has(first)) return opening.slice(1, 5).some(timeNoun);
  const later = opening.findIndex((word) => word === "later" || word === "on");
  return later > 0 && later <= 4 && opening.slice(0, later).some(timeNoun);
}

const LATER_PREPOSITIONS = new Set(["by", "within", "over", "after", "since"]);
const TIME_WORDS = new Set(["autumn", "spring", "summer", "winter", "fall", "end", "time", "launch", "release"]);

/** The numbers a sentence states, leaving out those after a definite determiner: "the two
 *  engineers" refers back to people already in the story, it does not measure anything. */
function numbersIn(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.filter((token, i) => (/^\d/.test(token) || hasNumber(token)) && !ANAPHORIC.has(tokens[i - 1] ?? ""));
}

const ANAPHORIC = new Set(["the", "those", "these", "both", "all"]);

const HABITUAL = new RegExp(`\\b(${HABITUAL_WORDS.join("|")})\\b`);

/** The answer's sentences with what each one does. */
export function readSentences(answer: string): Sentence[] {
  const raw = splitSentences(answer);
  let label: StarLabel | null = null;
  const sentences = raw.map((text, index): Sentence => {
    const labelled = LABEL.exec(text);
    if (labelled) label = LABELS[labelled[1]!.toLowerCase()] ?? null;
    const body = labelled ? text.slice(labelled[0].length) : text;
    const bare = body.replace(/^\s*[-*•]\s*/, "");
    const clauses = bare === "" ? [] : clausesOf(bare);
    const lower = bare.toLowerCase();
    return {
      text,
      lower,
      index,
      position: raw.length <= 1 ? 0 : index / (raw.length - 1),
      words: countWords(bare),
      clauses,
      hasNumber: hasNumber(bare),
      habitual:
        HABITUAL.test(lower) &&
        (clauses.length === 0 || clauses.some((clause) => clause.actor === "self" || clause.actor === "team")),
      filler: bare === "" ? true : isFiller(bare),
      label,
      termList: isTermList(bare, clauses),
      listParts: listPartsOf(lower),
      laterTime: opensLater(bare),
      numbers: numbersIn(bare),
    };
  });
  return sentences;
}
