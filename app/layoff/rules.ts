// The rules every layoff explanation follows, whoever wrote it: each channel's length and
// phrase rules from ./content/channel-rules.json (no blame, no apology, no oversharing,
// privacy, no performance in public texts, job search is not a strength, freelance is
// work, no claim of not being selected unless the person said so), plus naming the
// company and what the person wants next. Pure.
import { COMMON_WORDS } from "~/writer/common-words";
import { countSentences, countWords } from "~/writer/compose";
import { CHANNELS, matchesOf, PHRASE_RULES, ruleAppliesTo, type Channel } from "./channels";
import type { LayoffExplanation, LayoffInput } from "./schema";

export const RULESET_VERSION = "layoff-3";

/** Whether the person said they were not selected individually. */
export function mayClaimNotSelected(input: LayoffInput): boolean {
  return input.everyoneAffected && input.layoffType !== "performance_adjacent";
}

/** Each channel's text in a document; null where the channel is empty (no gap line). */
export function channelTexts(doc: LayoffExplanation): Record<Channel, string | null> {
  return {
    spokenAnswer: doc.spokenAnswer.text,
    whyChosenAnswer: doc.whyChosenAnswer,
    coverLetterLines: doc.coverLetterLines,
    linkedinPost: doc.linkedinPost,
    linkedinHeadline: doc.linkedinHeadline,
    resumeGapLine: doc.resumeGapLine,
    thingsNotToSay: doc.thingsNotToSay.map((t) => `${t.phrase}: ${t.why}`).join("\n"),
  };
}

export interface RuleBreach {
  channel: Channel;
  rule: string;
  /** For the person: "The LinkedIn post discloses …: “partly about performance”." */
  message: string;
}

/** Every phrase rule a document breaks, channel by channel. */
export function phraseBreaches(doc: LayoffExplanation, input: LayoffInput): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const texts = channelTexts(doc);
  for (const rule of PHRASE_RULES) {
    if (rule.when === "freelancing" && !input.since.includes("freelancing")) continue;
    if (rule.unless === "everyone_affected" && mayClaimNotSelected(input)) continue;
    for (const channel of Object.keys(texts) as Channel[]) {
      const text = texts[channel];
      if (text === null || !ruleAppliesTo(rule, channel)) continue;
      for (const match of matchesOf(rule, text)) {
        breaches.push({ channel, rule: rule.id, message: `${CHANNELS[channel].label} ${rule.message}: “${match}”.` });
      }
    }
  }
  return breaches;
}

/** Length breaches: words, sentences, characters and lines, by each channel's rules. */
export function lengthBreaches(doc: LayoffExplanation): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const texts = channelTexts(doc);
  const check = (channel: Channel, count: number, unit: string, limit?: { min?: number; max?: number }) => {
    if (!limit) return;
    const { min = 0, max = Infinity } = limit;
    if (count < min || count > max) {
      breaches.push({
        channel,
        rule: "length",
        message: `${CHANNELS[channel].label} has ${count} ${unit}; it must have ${min}–${max}.`,
      });
    }
  };
  for (const channel of Object.keys(texts) as Channel[]) {
    const text = texts[channel];
    if (text === null || channel === "thingsNotToSay") continue;
    const rules = CHANNELS[channel];
    check(channel, countWords(text), "words", rules.words);
    check(channel, countSentences(text), "sentences", rules.sentences);
    check(channel, text.length, "characters", rules.chars);
    if (rules.lines !== undefined && text.split("\n").length > rules.lines) {
      breaches.push({ channel, rule: "length", message: `${rules.label} must be one line.` });
    }
  }
  if (doc.spokenAnswer.words !== countWords(doc.spokenAnswer.text)) {
    breaches.push({
      channel: "spokenAnswer",
      rule: "length",
      message: `${CHANNELS.spokenAnswer.label}'s word count is wrong.`,
    });
  }
  return breaches;
}

/** Content words of a text: what a reader would use to tell whether it is mentioned. */
function keywords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && !COMMON_WORDS.has(w));
}

/** Every rule the explanation breaks, as sentences; empty when it follows them all. */
export function checkLayoffRules(doc: LayoffExplanation, input: LayoffInput): string[] {
  const problems = [...lengthBreaches(doc), ...phraseBreaches(doc, input)].map((b) => b.message);
  const spoken = doc.spokenAnswer.text.toLowerCase();
  if (!spoken.includes(input.company.toLowerCase())) {
    problems.push(`${CHANNELS.spokenAnswer.label} doesn't name ${input.company}.`);
  }
  const next = keywords(`${input.nextGoal} ${input.targetRole}`);
  if (next.length > 0 && !next.some((word) => spoken.includes(word))) {
    problems.push(`${CHANNELS.spokenAnswer.label} doesn't say what you want next.`);
  }
  return problems;
}
