// The layoff evaluation's checks, independent of the composer: they read the stories'
// hand-written expectations, the channel rules data, the shared fact check (the same guard
// the model path passes through) and the shared grammar check (Harper and retext). Used by
// `npm run eval:layoff` (every story) and by the CI guard test (a sample).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CHANNELS, type Channel } from "~/layoff/channels";
import { composeLayoffExplanation } from "~/layoff/compose";
import { channelTexts, phraseBreaches, lengthBreaches } from "~/layoff/rules";
import { parseLayoffForm, type LayoffExplanation, type LayoffInput } from "~/layoff/schema";
import { layoffExplanationSpec } from "~/layoff/spec";
import { checkFacts } from "~/writer/fact-check";
import { grammarIssues, isOrdinaryWord, type GrammarIssue } from "../../support/grammar";

export type Part = "tuning" | "held-out";

export interface Story {
  id: string;
  kind: string;
  today: string;
  form: Record<string, unknown>;
  expect: {
    tenure: string;
    gapMonths: number;
    gapLine: boolean;
    keepWhole: string[];
    include: Partial<Record<Channel | "*", string[]>>;
    exclude: Partial<Record<Channel | "*", string[]>>;
  };
}

export interface StoryResult {
  story: Story;
  part: Part;
  doc: LayoffExplanation | null;
  failures: { check: Check; detail: string }[];
}

export const CHECKS = [
  "truncated",
  "invented",
  "dates",
  "spoken_length",
  "channel_rules",
  "grammar",
  "input_rejected",
] as const;
export type Check = (typeof CHECKS)[number];

const HERE = path.dirname(new URL(import.meta.url).pathname);

export function loadStories(part: Part): Story[] {
  const dir = path.join(HERE, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Story[]);
}

// ---------- text helpers (the evaluation's own, not the composer's) ----------

const norm = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’%$.,-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu;
const tokens = (text: string) => (norm(text).match(WORD) ?? []).map((t) => t.replace(/[.,]$/, ""));
const STOP = new Set("a an the of for to in on at and or with by from my our its is was as that this".split(" "));

/** Words as a listener counts them. */
export function spokenWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A phrase to keep whole, cut: part of it is in the text but not all of it. "Part" is a
 * word of a two-word phrase, a pair of words of a three-word one, three words of a longer
 * one, each holding a word that is not a stop word.
 */
function cutPhrase(phrase: string, text: string): boolean {
  const t = norm(text);
  if (t.includes(norm(phrase))) return false;
  const words = tokens(phrase);
  // The phrase whole with its leading verb in another tense ("saving the team a day" →
  // "saved the team a day"), as the composition layer may change a heading verb's tense.
  const stem = words[0]?.replace(/(?:ing|ed|es|s)$/, "").slice(0, 4) ?? "";
  if (
    words.length >= 3 &&
    stem.length >= 3 &&
    new RegExp(`(?:^|[^\\p{L}])${escape(stem)}\\p{L}* ${escape(words.slice(1).join(" "))}`, "u").test(t)
  )
    return false;
  // Two words: the first without the second ("the finance." for "finance team").
  if (words.length === 2)
    return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(words[0])}(?![\\p{L}\\p{N}])(?! ${escape(words[1])})`, "u").test(
      t,
    );
  const size = words.length === 3 ? 2 : 3;
  for (let i = 0; i + size <= words.length; i++) {
    const piece = words.slice(i, i + size);
    if (piece.every((w) => STOP.has(w))) continue;
    if (new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(piece.join(" "))}(?:$|[^\\p{L}\\p{N}])`, "u").test(t)) return true;
  }
  return false;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Where the person's own text may stop: its end, a punctuation mark, or a word that starts a new clause.
const CLAUSE_WORDS = new Set("and or but which where while who including so because when".split(" "));

/**
 * Runs of 3+ words copied from the person's text that stop where their phrase does not:
 * "…from 6 hours to 40." from "…from 6 hours to 40 minutes". A run may stop where the
 * writer inserted a word and then went on with the phrase ("a senior backend engineer role").
 */
function truncatedRuns(source: string, text: string, otherFields: string): string[] {
  const rawWords = source.split(/\s+/).filter(Boolean);
  const src = rawWords.map((w) => norm(w).replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ""));
  const boundaryAfter = rawWords.map(
    (w, i) => i === rawWords.length - 1 || /[,;:.!?)"”]$/.test(w) || CLAUSE_WORDS.has(src[i + 1]),
  );
  const out = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => norm(w).replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ""));
  const found: string[] = [];
  for (let i = 0; i < src.length; i++) {
    for (let j = 0; j < out.length; j++) {
      if (src[i] !== out[j] || (i > 0 && j > 0 && src[i - 1] === out[j - 1])) continue;
      let n = 0;
      while (i + n < src.length && j + n < out.length && src[i + n] === out[j + n]) n++;
      if (n < 3) continue;
      const end = i + n - 1;
      if (boundaryAfter[end]) continue;
      // A run of mostly small words ("a team that") or one another field holds whole
      // ("a senior backend" from the job title) is not this phrase being cut.
      const run = src.slice(i, end + 1);
      const core = run.join(" ").replace(new RegExp(`^(?:(?:${[...STOP].join("|")}) )+`), "");
      if (run.filter((w) => !STOP.has(w)).length < 2 || norm(otherFields).includes(core)) continue;
      // It resumes within three words, or the next word was swapped for its role-title form
      // ("a data engineering role" said as the target's "a data engineer role").
      const next = src[end + 1] ?? "";
      const resumes = out
        .slice(j + n, j + n + 3)
        .some((w) => w === next || (next.length > 5 && w.length > 5 && w.slice(0, 6) === next.slice(0, 6)));
      if (!resumes) found.push(rawWords.slice(i, end + 2).join(" "));
    }
  }
  return found;
}

/** Runs of `size` words, two of them not stop words, that both texts hold. */
function sharedRuns(a: string, b: string, size: number): string[] {
  const left = tokens(a);
  const right = ` ${tokens(b).join(" ")} `;
  const runs: string[] = [];
  for (let i = 0; i + size <= left.length; i++) {
    const run = left.slice(i, i + size);
    if (
      run.filter((w) => !STOP.has(w) && !["was", "it", "were", "i", "me", "we", "they", "but"].includes(w)).length < 2
    )
      continue;
    if (right.includes(` ${run.join(" ")} `)) runs.push(run.join(" "));
  }
  return runs;
}

// ---------- grammar (tests/support/grammar: Harper and retext) ----------

export interface GrammarChecker {
  /** Problems in `text` except those the checkers also find in the person's own fields. */
  problems(text: string, ownFields: readonly string[]): Promise<string[]>;
  /** Whether the word is an ordinary dictionary word (not a name) in lower case. */
  isOrdinaryWord(word: string): Promise<boolean>;
}

/** A person may write British or American English; their spelling of names is theirs. */
const SKIP_KINDS = ["Regionalism"];

export async function grammarChecker(): Promise<GrammarChecker> {
  // The same problem, whether or not a checker took a following full stop with it ("s" / "s.").
  const key = (issue: GrammarIssue) => `${issue.rule}:${norm(issue.text).replace(/[.,;:!?]+$/, "")}`;
  const fieldIssues = new Map<string, string[]>();
  const issuesOfField = async (field: string) => {
    if (!fieldIssues.has(field)) {
      const keys: string[] = [];
      // As written, and as it reads when a sentence ends on it.
      for (const version of [field, `${field.replace(/[.!?]$/, "")}.`]) {
        for (const issue of await grammarIssues(version, { skipKinds: SKIP_KINDS })) keys.push(key(issue));
      }
      fieldIssues.set(field, keys);
    }
    return fieldIssues.get(field)!;
  };
  return {
    async problems(text, ownFields) {
      const theirs = new Set<string>();
      for (const field of ownFields) {
        if (field.trim() !== "") for (const k of await issuesOfField(field)) theirs.add(k);
      }
      const names = [...ownFields, "LinkedIn", "OpenToWork"];
      return (await grammarIssues(text, { names, skipKinds: SKIP_KINDS }))
        .filter((issue) => !theirs.has(key(issue)))
        .map((issue) => `${issue.checker} ${issue.rule}: “${issue.text}” — ${issue.message}`);
    },
    isOrdinaryWord,
  };
}

// ---------- one story ----------

const DURATION =
  /\b(?:about\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|months?)(?:\s+and\s+(\d+)\s+months?)?/gi;

function ownFields(input: LayoffInput): string[] {
  return [
    input.lastRole,
    input.company,
    input.delivered,
    input.sinceDetails,
    input.nextGoal,
    input.targetRole,
    input.whatChanged,
    input.affectedCount,
  ];
}

function writtenOwnWords(input: LayoffInput): string {
  return ownFields(input).join(" ");
}

export async function evaluateStory(story: Story, part: Part, grammar: GrammarChecker): Promise<StoryResult> {
  const failures: StoryResult["failures"] = [];
  const today = new Date(`${story.today}T12:00:00Z`);
  const parsed = parseLayoffForm(story.form, today);
  if (!parsed.ok) {
    return {
      story,
      part,
      doc: null,
      failures: [{ check: "input_rejected", detail: JSON.stringify(parsed.fieldErrors) }],
    };
  }
  const input = parsed.input;
  const doc = composeLayoffExplanation(input, { today });
  const texts = channelTexts(doc);
  const channels = Object.keys(texts) as Channel[];
  const written = channels.filter((c) => c !== "thingsNotToSay");
  const fail = (check: Check, detail: string) => failures.push({ check, detail });
  const e = story.expect;

  // Facts kept whole.
  for (const channel of written) {
    const text = texts[channel];
    if (text === null) continue;
    for (const phrase of e.keepWhole) if (cutPhrase(phrase, text)) fail("truncated", `${channel} cuts “${phrase}”`);
    for (const source of [input.delivered, input.sinceDetails, input.nextGoal, input.whatChanged]) {
      // A run the writer built from a role field ("this product analyst role") is not the goal cut.
      for (const run of truncatedRuns(
        source,
        text,
        `${input.lastRole} role | ${input.targetRole} role | ${input.company}`,
      )) {
        fail("truncated", `${channel} stops inside “${run}…”`);
      }
    }
  }

  // Nothing invented, and nothing that must never appear; what must appear.
  const invented = checkFacts(
    layoffExplanationSpec.writtenParts(doc),
    layoffExplanationSpec.allowedFacts(input, { today }),
  );
  for (const v of invented) fail("invented", `${v.kind} “${v.value}” is not in the story`);
  for (const channel of written) {
    const text = texts[channel];
    if (text === null) continue;
    for (const word of [...(e.exclude["*"] ?? []), ...(e.exclude[channel] ?? [])]) {
      if (norm(text).includes(norm(word)))
        fail(CHANNELS[channel].audience === "public" ? "channel_rules" : "invented", `${channel} says “${word}”`);
    }
  }
  // The advice may name kinds of phrase ("“I'm sorry, but…”"), but never quote the
  // person's own account back: no three words in a row from what they wrote happened.
  for (const run of sharedRuns(input.whatHappened, texts.thingsNotToSay ?? "", 3))
    fail("invented", `thingsNotToSay quotes “${run}”`);
  for (const channel of channels) {
    for (const word of [...(e.include["*"] ?? []), ...(e.include[channel] ?? [])]) {
      const text = texts[channel];
      if (text === null || !norm(text).includes(norm(word))) fail("truncated", `${channel} leaves out “${word}”`);
    }
  }

  // Month arithmetic.
  if (!norm(doc.spokenAnswer.text).includes(norm(e.tenure))) fail("dates", `spoken answer doesn't say “${e.tenure}”`);
  if (doc.gapMonths !== e.gapMonths) fail("dates", `gap of ${doc.gapMonths} months, expected ${e.gapMonths}`);
  if ((doc.resumeGapLine !== null) !== e.gapLine)
    fail("dates", `gap line ${doc.resumeGapLine === null ? "missing" : "present"}`);
  if (doc.resumeGapLine !== null) {
    const [y, mo] = String(story.form.endDate).split("-").map(Number);
    const start = new Date(Date.UTC(y, mo, 1));
    const labels = (["short", "long"] as const).map(
      (month) => `${start.toLocaleString("en-US", { month, timeZone: "UTC" })} ${start.getUTCFullYear()}`,
    );
    if (!labels.some((label) => doc.resumeGapLine!.includes(label)))
      fail("dates", `gap line doesn't start at ${labels[1]}`);
  }
  const allowedDurations = new Set([
    norm(e.tenure),
    ...[...writtenOwnWords(input).matchAll(DURATION)].map((m) => norm(m[0])),
  ]);
  const gapSaid = (n: number) => [`about ${n} months`, `${n} months`, `about ${n} month`, `${n} month`];
  for (const channel of written) {
    const text = texts[channel];
    if (text === null) continue;
    for (const match of text.matchAll(DURATION)) {
      const said = norm(match[0]);
      if (
        ![...allowedDurations].some((d) => d.includes(said) || said.includes(d)) &&
        !gapSaid(e.gapMonths).includes(said)
      ) {
        fail("dates", `${channel} says “${match[0]}”`);
      }
    }
  }

  // Spoken length, counted here, not by the composer.
  const words = spokenWords(doc.spokenAnswer.text);
  const { min = 0, max = Infinity } = CHANNELS.spokenAnswer.words!;
  if (words < min || words > max) fail("spoken_length", `${words} words (${Math.round((words / 150) * 60)} s)`);

  // Channel rules from the data, and lengths per channel.
  for (const breach of [...phraseBreaches(doc, input), ...lengthBreaches(doc)]) {
    if (breach.rule === "length" && breach.channel === "spokenAnswer") continue;
    fail("channel_rules", breach.message);
  }

  // Casing: a word the person capitalised only because it began their answer ("Rewrote…",
  // "Roadmap") must not stay capitalised in the middle of a sentence.
  for (const field of [input.delivered, input.sinceDetails, input.nextGoal, input.whatChanged]) {
    const first = /^(\p{Lu}\p{Ll}+)\b/u.exec(field)?.[1];
    if (!first || ownFields(input).some((f) => new RegExp(`\\S\\s+${first}\\b`, "u").test(f))) continue;
    if (!(await grammar.isOrdinaryWord(first))) continue; // a name (Kotlin, Figma) may stay capitalised
    for (const channel of written) {
      const text = texts[channel];
      if (text !== null && new RegExp(`[\\p{Ll},]\\s+${first}\\b`, "u").test(text))
        fail("grammar", `${channel}: “${first}” capitalised mid-sentence`);
    }
  }

  // The same for job titles inside a sentence: "a business analyst", not "a Business analyst".
  const prose: Channel[] = ["spokenAnswer", "whyChosenAnswer", "coverLetterLines", "linkedinPost"];
  const sentenceFields = [input.company, input.delivered, input.sinceDetails, input.nextGoal, input.whatChanged];
  for (const word of new Set(`${input.lastRole} ${input.targetRole}`.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [])) {
    if (sentenceFields.some((f) => new RegExp(`\\b${word}\\b`, "u").test(f)) || !(await grammar.isOrdinaryWord(word)))
      continue;
    for (const channel of prose) {
      const text = texts[channel];
      if (text !== null && new RegExp(`[\\p{Ll},]\\s+${word}\\b`, "u").test(text))
        fail("grammar", `${channel}: the title word “${word}” capitalised mid-sentence`);
    }
  }

  // Grammar, by Harper and retext.
  for (const channel of written) {
    const text = texts[channel];
    if (text === null) continue;
    for (const problem of await grammar.problems(text, ownFields(input))) fail("grammar", `${channel}: ${problem}`);
  }

  return { story, part, doc, failures };
}

/** Failures by check. */
export function tally(results: StoryResult[]): Record<Check, number> {
  const counts = Object.fromEntries(CHECKS.map((c) => [c, 0])) as Record<Check, number>;
  for (const result of results) for (const failure of result.failures) counts[failure.check]++;
  return counts;
}
