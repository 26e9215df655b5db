// Roles and job titles in prose. A title is a name ("Senior Backend Engineer" on a
// headline); inside a sentence the same words are ordinary ("a senior backend engineer
// role"). Only ordinary words change case (./data/role-words.json, then the English word
// list unless the word names a technology); Go, iOS, AWS, SRE, II, Salesforce… stay as
// written. Pure.
import { withArticle } from "./articles";
import roleWords from "./data/role-words.json";
import { canonicalSkill } from "~/resume/skills";
import { isEnglishWord } from "./english-words";
import { cleanPhrase } from "./phrases";

const ROLE_WORDS = new Set(roleWords.words.map((word) => word.toLowerCase()));
const SMALL_WORDS = new Set(["of", "and", "for", "the", "in", "at", "to", "a", "an", "on"]);
const ROLE_HEADS = /\b(?:role|roles|position|positions|job|jobs|opening|opportunity)\b/i;

/** A dictionary word that is not also a technology's name ("Swift", "Go", "Rust"). */
function isPlainEnglish(word: string): boolean {
  const skill = canonicalSkill(word);
  return isEnglishWord(word) && !(skill !== null && /\p{Lu}/u.test(skill));
}

function isOrdinaryRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  // As typed in capitals ("SRE", "QA") it is an acronym, unless it is a plain word shouted.
  if (/^\p{Lu}{2,}$/u.test(word) && !ROLE_WORDS.has(lower)) return false;
  // The title words of data/role-words.json first; then any dictionary word ("Business
  // Analyst", "Maths Teacher"), as titles are mostly ordinary words.
  return lower.split("-").every((part) => ROLE_WORDS.has(part) || isPlainEnglish(part));
}

function mapWords(role: string, map: (word: string, index: number) => string): string {
  let index = 0;
  return cleanPhrase(role).replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => map(word, index++));
}

/** A role inside a sentence: "Senior Backend Engineer" → "senior backend engineer", "Senior iOS Engineer" → "senior iOS engineer". */
export function roleNoun(role: string): string {
  // Words with capitals inside ("DevOps", "iOS") or all capitals ("SRE") are names.
  const isName = (word: string) => word.split("-").some((part) => /\p{Lu}/u.test(part.slice(1)));
  return mapWords(role, (word) => (isName(word) || !isOrdinaryRoleWord(word) ? word : word.toLowerCase()));
}

/** A role as a title: "senior backend engineer" → "Senior Backend Engineer", "head of data" → "Head of Data". */
export function roleTitle(role: string): string {
  return mapWords(role, (word, index) => {
    if (/\p{Lu}/u.test(word.slice(1)) || /^\p{Lu}{2,}$/u.test(word)) return word; // iOS, AWS, DevOps
    if (index > 0 && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
    if (!isOrdinaryRoleWord(word)) return word.charAt(0).toUpperCase() + word.slice(1);
    return word
      .split("-")
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
      .join("-");
  });
}

/** "a senior backend engineer role", "an SRE role"; "role" is not doubled ("a staff role"). */
export function rolePhrase(role: string, options: { article?: boolean } = {}): string {
  const noun = roleNoun(role).replace(/^(?:a|an|the)\s+/i, "");
  const phrase = ROLE_HEADS.test(noun) ? noun : `${noun} role`;
  return options.article === false ? phrase : withArticle(phrase);
}

/** Crude stems so "engineering" meets "engineer" and "roles" meets "role". */
function stemOf(word: string): string {
  let stem = word.toLowerCase();
  for (;;) {
    const next = stem.replace(/(?:ing|ers|er|s)$/, "");
    if (next === stem || next.length < 3) return stem;
    stem = next;
  }
}

/**
 * A goal that already names the target role, with the role said once: target "Senior
 * Backend Engineer" and goal "A senior backend role on a payments team" give "a senior
 * backend engineer role on a payments team". Null when the goal names some other thing
 * (the caller then says both).
 */
export function roleWithGoal(targetRole: string, goal: string): string | null {
  const target = new Set(
    roleNoun(targetRole)
      .split(/[\s-]+/)
      .map(stemOf),
  );
  const body = cleanPhrase(goal).replace(/^(?:a|an|the)\s+/i, "");
  const words = body.split(/\s+/);
  const head = words.findIndex((w) => ROLE_HEADS.test(w));
  // The words that describe the role: up to its head word, or up to the first preposition.
  const end = head >= 0 ? head + 1 : words.findIndex((w) => /^(?:on|at|in|with|for|where|that|who|which|,)$/i.test(w));
  const described = words.slice(0, end === -1 ? words.length : end);
  const describing = described.filter((w) => !ROLE_HEADS.test(w)).flatMap((w) => w.split("-"));
  if (describing.length === 0 || !describing.every((w) => target.has(stemOf(w.replace(/[^\p{L}\p{N}]/gu, "")))))
    return null;
  // What follows the role, with the punctuation the person put after it ("…role, ideally remote").
  const after = described[described.length - 1].match(/[,;:]$/)?.[0] ?? "";
  const rest = words.slice(described.length).join(" ");
  return rest === "" ? rolePhrase(targetRole) : `${rolePhrase(targetRole)}${after} ${rest}`;
}
