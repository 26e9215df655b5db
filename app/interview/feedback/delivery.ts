// How the answer would sound: speaking time against the norm for its kind of question,
// judged with a soft band (a little short or long is a note, not a penalty), and filler.
import { SPEAKING_WORDS_PER_MINUTE, speakingSeconds } from "~/writer/length";
import { listPhrase } from "~/writer/lists";
import { countPhrase, countWords, tokenize } from "../text.ts";
import type { LengthVerdict, QuestionKind } from "../types.ts";

/** The one speaking pace of the product, owned by the composition layer. */
export const WORDS_PER_MINUTE = SPEAKING_WORDS_PER_MINUTE;

export interface SpeakingNorm {
  /** The range a strong answer usually falls in, in seconds spoken. */
  target: { min: number; max: number };
  /** Outside target but inside this band is only a note. */
  soft: { min: number; max: number };
  /** Below this there is too little to judge. */
  assessableWords: number;
}

// Sources of the norms: common interview-coaching guidance (one to two minutes for a story,
// up to three; a few sentences for a screening question; a design summary of several minutes).
export const SPEAKING_NORMS: Record<QuestionKind, SpeakingNorm> = {
  behavioral: { target: { min: 60, max: 180 }, soft: { min: 40, max: 240 }, assessableWords: 30 },
  screen: { target: { min: 20, max: 90 }, soft: { min: 12, max: 150 }, assessableWords: 8 },
  role: { target: { min: 30, max: 150 }, soft: { min: 15, max: 240 }, assessableWords: 12 },
  concept: { target: { min: 30, max: 150 }, soft: { min: 15, max: 240 }, assessableWords: 12 },
  system_design: { target: { min: 90, max: 420 }, soft: { min: 45, max: 600 }, assessableWords: 25 },
  coding: { target: { min: 20, max: 120 }, soft: { min: 8, max: 240 }, assessableWords: 8 },
};

const FILLERS = [
  "um",
  "uh",
  "uhm",
  "erm",
  "basically",
  "literally",
  "actually",
  "honestly",
  "you know",
  "i mean",
  "so yeah",
  "kind of",
  "sort of",
  "like",
];
const HEDGES = [
  "i think",
  "i guess",
  "i believe",
  "i feel like",
  "maybe",
  "perhaps",
  "probably",
  "possibly",
  "hopefully",
  "somewhat",
  "not sure",
  "might",
];

/** Filler and hedging count against delivery from this density (per 100 words) and count. */
export const FILLER_LIMIT = { per100Words: 3, count: 4 };

export interface WordCount {
  word: string;
  count: number;
}

export interface Delivery {
  words: number;
  sentences: number;
  speakingSeconds: number;
  target: { min: number; max: number };
  length: LengthVerdict;
  fillers: WordCount[];
  hedges: WordCount[];
  fillerPer100Words: number;
}

function countTerms(tokens: readonly string[], terms: readonly string[]): WordCount[] {
  return terms
    .map((word) => ({ word, count: countPhrase(tokens, word.split(" ")) }))
    .filter((entry) => entry.count > 0);
}

const sum = (counts: readonly WordCount[]) => counts.reduce((total, entry) => total + entry.count, 0);

export function measureDelivery(answer: string, sentenceCount: number, kind: QuestionKind): Delivery {
  const words = countWords(answer);
  const tokens = tokenize(answer);
  const norm = SPEAKING_NORMS[kind];
  const seconds = speakingSeconds(words);
  const length: LengthVerdict =
    seconds < norm.soft.min
      ? "too_short"
      : seconds < norm.target.min
        ? "short"
        : seconds <= norm.target.max
          ? "within"
          : seconds <= norm.soft.max
            ? "long"
            : "too_long";
  // "like" is a filler only in speech-like runs ("it was like, you know"); in "looks like" it is not.
  const fillers = countTerms(
    tokens,
    FILLERS.filter((word) => word !== "like"),
  );
  const likeFillers = (
    answer
      .toLowerCase()
      .match(/(^|[,.] |\b(?:was|is|and|just|um|so)) like\b(?! (a|an|the|this|that|these|those|my|our|it)\b)/g) ?? []
  ).length;
  if (likeFillers > 0) fillers.push({ word: "like", count: likeFillers });
  const hedges = countTerms(tokens, HEDGES);
  return {
    words,
    sentences: sentenceCount,
    speakingSeconds: seconds,
    target: norm.target,
    length,
    fillers,
    hedges,
    fillerPer100Words: words === 0 ? 0 : Math.round(((sum(fillers) + sum(hedges)) / words) * 1000) / 10,
  };
}

export function fillerHeavy(delivery: Delivery, countHedges: boolean): { heavy: boolean; list: string; total: number } {
  const counted = countHedges ? [...delivery.fillers, ...delivery.hedges] : delivery.fillers;
  const total = sum(counted);
  const per100 = delivery.words === 0 ? 0 : (total / delivery.words) * 100;
  return {
    heavy: total >= FILLER_LIMIT.count && per100 > FILLER_LIMIT.per100Words,
    list: listPhrase(counted.map((entry) => `“${entry.word}” ×${entry.count}`)),
    total,
  };
}

/** "45 s", "2 min", "1 min 32 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
