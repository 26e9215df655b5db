// Tense for the user's own phrases: what shape a phrase has ("Led a team" is a past verb
// phrase, "a backend role" a noun phrase) and the same phrase in another tense, changing
// only the verbs that head it ("build 3 React apps" → "built 3 React apps"). Tagging is
// wink-nlp's (./nlp.server.ts); conjugation is compromise's. Anything the tagger is unsure of is
// left as written: the callers then choose a sentence frame that needs no change. Pure.
import { memoized } from "./memo.ts";
import { conjugate, infinitiveAfterI, readsAsPastAfterI, tag, toInfinitive, type TaggedToken } from "./nlp.server";

/**
 * past_verb "Led the migration", base_verb "lead a platform team", gerund "mentoring
 * juniors", with_subject "I rebuilt the pipeline" / "We shipped…", noun_phrase "a backend
 * role", "backend engineering on a product team", "the AWS certification".
 */
export type PhraseShape = "past_verb" | "base_verb" | "gerund" | "with_subject" | "noun_phrase";

const SUBJECTS = new Set(["i", "we", "my", "our"]);
// After a verb these start its object or complement ("work on", "move into", "return to").
const AFTER_VERB = new Set(["ADP", "DET", "PRON", "PART", "NUM", "ADV"]);
// Past forms the tagger reads as nouns or adjectives when they start a fragment.
const PAST_FORMS =
  /^(?:\p{L}+ed|led|built|ran|grew|cut|made|wrote|took|won|drove|set|kept|began|brought|taught|sold|spent|found|held|got|gave|did|put|became|rebuilt|oversaw|met|paid|sent|shut|spun|stood|sped|split|shipped)$/iu;

function firstWordIsPastForm(token: TaggedToken): boolean {
  const word = token.text.toLowerCase();
  const lemma = token.lemma.toLowerCase();
  // The lemma differs from the word ("rewrote" → "rewrite"), and not by an -ing or -s ending.
  const inflected = lemma !== word && !/(?:ing|s)$/.test(word);
  const regularPastVerb = token.pos === "VERB" && /[^e]ed$/.test(word) && word.length > 4; // "dockerised", unknown to the lexicon
  return (
    regularPastVerb ||
    (inflected &&
      (PAST_FORMS.test(token.text) || (token.pos === "VERB" && !word.startsWith(lemma)) || /ed$/.test(word)))
  );
}

/** The shape of a short phrase, from its first words. */
export function phraseShape(text: string): PhraseShape {
  const tokens = tag(sentenceCaseFirst(text.trim())).filter((t) => t.pos !== "PUNCT");
  const [first, second] = tokens;
  if (!first) return "noun_phrase";
  const word = first.text.toLowerCase();
  if (SUBJECTS.has(word) && (word === "i" || word === "we" || second?.pos === "NOUN")) return "with_subject";
  if (first.pos === "VERB" || first.pos === "AUX") {
    if (/ing$/i.test(first.text) && first.lemma !== word) return "gerund";
    if (firstWordIsPastForm(first)) return "past_verb";
    return "base_verb";
  }
  if (
    first.pos === "NOUN" &&
    /ing$/i.test(first.text) &&
    second &&
    AFTER_VERB.has(second.pos) &&
    second.pos !== "NUM"
  ) {
    return "gerund";
  }
  if (firstWordIsPastForm(first) && first.pos !== "DET") return "past_verb";
  // A past form wink's lexicon lacks ("rewrote"), as compromise reads it after "I".
  if ((first.pos === "NOUN" || first.pos === "PROPN") && readsAsPastAfterI(sentenceCaseFirst(text.trim())))
    return "past_verb";
  // "work on payments", "move into a staff role": a noun-or-verb word followed by what
  // only follows verbs, and read as a verb after "to". The same words before a noun
  // ("contract work") or that are only nouns ("security at a bank") stay nouns.
  if (
    first.pos === "NOUN" &&
    second &&
    AFTER_VERB.has(second.pos) &&
    second.pos !== "NUM" &&
    readsAsVerbAfterTo(text)
  ) {
    return "base_verb";
  }
  return "noun_phrase";
}

interface Forms {
  infinitive: string;
  past: string;
  participle: string;
  gerund: string;
}

// compromise leaves some participles out (it gives "ran" for "run"); these differ from the past.
const PARTICIPLES: Record<string, string> = {
  run: "run",
  become: "become",
  come: "come",
  overcome: "overcome",
  outrun: "outrun",
};

function regularPast(infinitive: string): string {
  if (/e$/.test(infinitive)) return `${infinitive}d`;
  if (/[^aeiou]y$/.test(infinitive)) return `${infinitive.slice(0, -1)}ied`;
  return `${infinitive}ed`;
}

/** "Rewrote the engine" → "rewrote the engine": the tagger reads any capitalised first
 *  word as a name. Acronyms and mixed case ("AWS", "iOS") are left alone. */
export function sentenceCaseFirst(text: string): string {
  return text.replace(
    /^(\p{Lu})(\p{Ll}+)(?=[\s,.;:!?]|$)/u,
    (_, first: string, rest: string) => first.toLowerCase() + rest,
  );
}

function readsAsVerbAfterTo(text: string): boolean {
  const tokens = tag(`I want to ${sentenceCaseFirst(text.trim())}`);
  return tokens[3]?.pos === "VERB";
}

/** The base form of a verb form; wink's lemma first, compromise's when wink keeps the word. */
function infinitiveOf(token: TaggedToken): string {
  const lower = token.text.toLowerCase();
  const lemma = token.lemma.toLowerCase();
  if (lemma !== lower) return lemma;
  // wink keeps words it does not know ("rewrote", "caring"); compromise may know them.
  const base = [toInfinitive(lower), infinitiveAfterI(lower)].find((b) => b && b !== lower && !/\s/.test(b));
  if (!base) return lower;
  const forms = conjugate(base);
  return forms && [forms.PastTense, forms.Participle, forms.Gerund].includes(lower) ? base : lower;
}

/** Every form of a verb, from any of its forms ("Led", "leading", "lead"). */
export function verbForms(word: string): Forms | null {
  return formsOf(word.toLowerCase());
}

// Conjugating through compromise costs more than the rest of a bullet's rewrite, and
// bullets open with the same few dozen verbs.
const formsOf = memoized((lower: string): Forms | null => {
  const [token] = tag(lower);
  const infinitive = token ? infinitiveOf(token) : lower;
  const forms = conjugate(infinitive);
  if (!forms || !forms.PastTense || !forms.Gerund) return null;
  // compromise gives some regular verbs an unchanged past ("mentor"); verbs whose past is
  // really unchanged end in t or d ("cut", "set", "spread").
  const past = forms.PastTense === infinitive && !/[td]$/.test(infinitive) ? regularPast(infinitive) : forms.PastTense;
  return { infinitive, past, participle: PARTICIPLES[infinitive] ?? forms.Participle ?? past, gerund: forms.Gerund };
});

type Form = keyof Forms;

/** The same capitalisation as `model` had: "Led" → "Built", "led" → "built". */
function likeCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * Re-inflects the verbs that head a verb phrase and its coordinated parts ("Mentoring
 * juniors and owning releases" → "mentored juniors and owned releases"). Every other word
 * is kept exactly as written. Null when the phrase does not start with a verb.
 */
function reinflect(text: string, form: Form): string | null {
  const trimmed = text.trim().replace(/^I\s+(?!['’])/, "");
  const shape = phraseShape(trimmed);
  if (shape !== "past_verb" && shape !== "base_verb" && shape !== "gerund") return null;
  const words = trimmed.split(/(\s+)/);
  // A verb already in the wanted form is kept as written; otherwise its forms must be known
  // and must lead back to the word as written ("rewrote" → past "rewrote").
  const alreadyInForm =
    (shape === "past_verb" && form === "past") ||
    (shape === "base_verb" && form === "infinitive") ||
    (shape === "gerund" && form === "gerund");
  if (!alreadyInForm) {
    const firstForms = verbForms(words[0]);
    const lower = words[0].toLowerCase();
    const own = { past_verb: firstForms?.past, base_verb: firstForms?.infinitive, gerund: firstForms?.gerund }[shape];
    if (!firstForms || own !== lower) return null;
    words[0] = likeCase(words[0], firstForms[form]);
  }
  // A later verb of the same shape right after "and"/"or" (or ", ") heads a coordinated phrase.
  for (let i = 2; i < words.length; i += 2) {
    const joiner = words[i - 2].toLowerCase();
    if (!/^(?:and|or)$/.test(joiner) && !/,$/.test(words[i - 2])) continue;
    const candidate = words[i].replace(/[^\p{L}'-]/gu, "");
    if (candidate === "" || phraseShape(words.slice(i).join("")) !== shape) continue;
    const forms = verbForms(candidate);
    if (forms) words[i] = words[i].replace(candidate, likeCase(candidate, forms[form]));
  }
  return words.join("");
}

/** "build 3 React apps" → "built 3 React apps"; "Led…" stays "Led…"; null for a noun phrase. */
export function asPastVerbPhrase(text: string): string | null {
  return reinflect(text, "past");
}

/** For "I've …": "build 3 React apps" → "built 3 React apps", "write a book" → "written a book". */
export function asParticiplePhrase(text: string): string | null {
  return reinflect(text, "participle");
}

/** For "I want to …": "leading a platform team" → "lead a platform team". */
export function asBaseVerbPhrase(text: string): string | null {
  return reinflect(text, "infinitive");
}

/** For "I enjoy …": "lead a team" → "leading a team". */
export function asGerundPhrase(text: string): string | null {
  return reinflect(text, "gerund");
}
