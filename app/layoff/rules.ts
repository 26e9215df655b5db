// The rules every layoff explanation follows, whoever wrote it: brief (length limits),
// no blame, no apology, no oversharing, no claim that the person was not selected
// individually unless they said so, and a pivot to what they want next. Pure.
import { COMMON_WORDS } from "~/writer/common-words";
import type { LayoffExplanation, LayoffInput } from "./schema";
import { countSentences, countWords } from "./words";

export const RULESET_VERSION = "layoff-1";

export const LIMITS = {
  spokenAnswerWords: { min: 65, max: 95 },
  whyChosenWords: { min: 10, max: 70 },
  coverLetterWords: { max: 60 },
  coverLetterSentences: { max: 2 },
  linkedinPostWords: { min: 40, max: 160 },
  linkedinHeadlineChars: { max: 120 },
  resumeGapLineWords: { max: 30 },
} as const;

/** Resume gaps shorter than this many months are not worth a line. */
export const GAP_LINE_MIN_MONTHS = 3;

interface PhraseRule {
  name: "blame" | "apology" | "oversharing" | "not-selected-claim";
  patterns: RegExp[];
}

const BLAME: PhraseRule = {
  name: "blame",
  patterns: [
    /\bunfair(?:ly)?\b/i,
    /\bblam(?:e|ed|es|ing)\b/i,
    /\b(?:their|his|her|management'?s|leadership'?s) fault\b/i,
    /\bincompeten(?:t|ce)\b/i,
    /\b(?:toxic|terrible|awful|horrible|clueless|useless|stupid|greedy|greed)\b/i,
    /\bidiot(?:s|ic)?\b/i,
    /\bmismanag\w*/i,
    /\b(?:bad|poor|poorly|badly) (?:management|leadership|managers?|decisions?|managed|run|led)\b/i,
    /\bbetray\w*/i,
    /\bbackstab\w*/i,
    /\bscapegoat\w*/i,
    /\bpolitics\b/i,
    /\bunder the bus\b/i,
    /\bscrewed\b/i,
  ],
};

const APOLOGY: PhraseRule = {
  name: "apology",
  patterns: [
    /\bsorry\b/i,
    /\bapolog(?:y|ies|ise|ize|ised|ized|ising|izing)\b/i,
    /\bunfortunate(?:ly)?\b/i,
    /\bregret\w*/i,
    /\bmy fault\b/i,
    /\bforgive\b/i,
    /\b(?:ashamed|embarrass\w*)/i,
    /\bI (?:failed|messed up)\b/i,
  ],
};

const OVERSHARING: PhraseRule = {
  name: "oversharing",
  patterns: [
    /\b(?:devastat\w*|depress\w*|heartbr\w*|anxiety|crying|cried|therapy|therapist)\b/i,
    /\b(?:lawsuit|lawyer|attorney|sued|severance|tribunal|diagnos\w*|divorce)\b/i,
  ],
};

// Claims that the person was not chosen as an individual. True for some, but only the
// person knows, and a reference check can contradict it.
const NOT_SELECTED_CLAIM: PhraseRule = {
  name: "not-selected-claim",
  patterns: [
    /\b(?:whole|entire) (?:team|company|department|office|org|organi[sz]ation|division|group|unit)\b/i,
    /\b(?:everyone|all of us|every one of us|all my colleagues)\b/i,
    /\bnot (?:about|because of|related to|due to|a reflection of) (?:me|my (?:performance|work|results))\b/i,
    /\bnothing to do with (?:me|my (?:performance|work|results))\b/i,
    /\b(?:was not|wasn'?t|were not|weren'?t) (?:selected|chosen|picked|singled out|targeted)\b/i,
    /\bnot (?:individually|personally) (?:selected|chosen|affected|targeted)\b/i,
    /\b(?:not|wasn'?t|nothing) (?:performance|personal)\b/i,
    /\b(?:unrelated to|regardless of|independent of) (?:my )?performance\b/i,
  ],
};

/** Whether the person said they were not selected individually. */
export function mayClaimNotSelected(input: LayoffInput): boolean {
  return input.everyoneAffected && input.layoffType !== "performance_adjacent";
}

export interface PhraseFinding {
  rule: PhraseRule["name"];
  phrase: string;
}

/** Blame, apology and oversharing phrases in a text (and "I wasn't selected" claims,
 *  unless `allowNotSelectedClaims`). */
export function findBannedPhrases(text: string, allowNotSelectedClaims: boolean): PhraseFinding[] {
  const rules = allowNotSelectedClaims ? [BLAME, APOLOGY, OVERSHARING] : [BLAME, APOLOGY, OVERSHARING, NOT_SELECTED_CLAIM];
  const findings: PhraseFinding[] = [];
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const match = pattern.exec(text);
      if (match) findings.push({ rule: rule.name, phrase: match[0] });
    }
  }
  return findings;
}

const PART_NAMES: Record<keyof Omit<LayoffExplanation, "gapMonths" | "thingsNotToSay">, string> = {
  spokenAnswer: "The interview answer",
  whyChosenAnswer: "The “why were you chosen?” answer",
  coverLetterLines: "The cover-letter lines",
  linkedinPost: "The LinkedIn post",
  linkedinHeadline: "The LinkedIn headline",
  resumeGapLine: "The resume gap line",
};

const RULE_WORDS: Record<PhraseFinding["rule"], string> = {
  blame: "blames",
  apology: "apologises",
  oversharing: "overshares",
  "not-selected-claim": "claims you weren't selected individually, which you didn't say",
};

/** Content words of a text: what a reader would use to tell whether it is mentioned. */
function keywords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && !COMMON_WORDS.has(w));
}

/** Every rule the explanation breaks, as sentences; empty when it follows them all. */
export function checkLayoffRules(doc: LayoffExplanation, input: LayoffInput): string[] {
  const problems: string[] = [];
  const range = (part: string, count: number, unit: string, min: number, max: number) => {
    if (count < min || count > max) problems.push(`${part} has ${count} ${unit}; it must have ${min}–${max}.`);
  };
  const spokenWords = countWords(doc.spokenAnswer.text);
  range(PART_NAMES.spokenAnswer, spokenWords, "words", LIMITS.spokenAnswerWords.min, LIMITS.spokenAnswerWords.max);
  range(PART_NAMES.whyChosenAnswer, countWords(doc.whyChosenAnswer), "words", LIMITS.whyChosenWords.min, LIMITS.whyChosenWords.max);
  range(PART_NAMES.coverLetterLines, countWords(doc.coverLetterLines), "words", 1, LIMITS.coverLetterWords.max);
  range(PART_NAMES.coverLetterLines, countSentences(doc.coverLetterLines), "sentences", 1, LIMITS.coverLetterSentences.max);
  range(PART_NAMES.linkedinPost, countWords(doc.linkedinPost), "words", LIMITS.linkedinPostWords.min, LIMITS.linkedinPostWords.max);
  range(PART_NAMES.linkedinHeadline, doc.linkedinHeadline.length, "characters", 1, LIMITS.linkedinHeadlineChars.max);
  if (/\n/.test(doc.linkedinHeadline)) problems.push(`${PART_NAMES.linkedinHeadline} must be one line.`);
  if (doc.resumeGapLine !== null) {
    range(PART_NAMES.resumeGapLine, countWords(doc.resumeGapLine), "words", 1, LIMITS.resumeGapLineWords.max);
  }
  if (doc.spokenAnswer.words !== spokenWords) problems.push(`${PART_NAMES.spokenAnswer}'s word count is wrong.`);

  const parts: [string, string | null][] = [
    [PART_NAMES.spokenAnswer, doc.spokenAnswer.text],
    [PART_NAMES.whyChosenAnswer, doc.whyChosenAnswer],
    [PART_NAMES.coverLetterLines, doc.coverLetterLines],
    [PART_NAMES.linkedinPost, doc.linkedinPost],
    [PART_NAMES.linkedinHeadline, doc.linkedinHeadline],
    [PART_NAMES.resumeGapLine, doc.resumeGapLine],
  ];
  for (const [part, text] of parts) {
    if (text === null) continue;
    for (const finding of findBannedPhrases(text, mayClaimNotSelected(input))) {
      problems.push(`${part} ${RULE_WORDS[finding.rule]}: “${finding.phrase}”.`);
    }
  }

  const spoken = doc.spokenAnswer.text.toLowerCase();
  if (!spoken.includes(input.company.toLowerCase())) {
    problems.push(`${PART_NAMES.spokenAnswer} doesn't name ${input.company}.`);
  }
  const next = keywords(`${input.nextGoal} ${input.targetRole}`);
  if (next.length > 0 && !next.some((word) => spoken.includes(word))) {
    problems.push(`${PART_NAMES.spokenAnswer} doesn't say what you want next.`);
  }
  return problems;
}
