// Whether a clause denies or dismisses what it talks about, read from its grammar rather
// than from whole phrases. A clause is negative when it has an odd number of negators
// (not, never, no, nobody, nothing, rarely …, and words that carry their own negation:
// "impossible", "a myth", "pointless"); "it is not impossible" has two and is positive.
// A negative clause only denies a point when its predicate is evaluative: it says whether
// something happens or is a problem ("does not exist", "never seen", "no downside"), or
// whether it is useful ("makes no difference", "nobody uses", "never have to"). Negated
// advice ("you don't want hot spots", "never sort inside the row") affirms the point, and a
// negative clause about something else ("the leader does not wait") says nothing about it.
// Three constructions carry their own negation without a negator: a restriction to a setting
// the listener is not in ("only matters at Google scale"), a restricted harm ("just slows the
// rollout down", "only hides the problem") and handing the work to something that does not do
// it ("handled for you", "the database's job"). Each counts as one negator, so "it does not
// just slow things down" is positive again.
import { POLARITY } from "./language.ts";
import { tokenize } from "../text.ts";

export type Claim = "denial" | "dismissal" | null;

/** The inflected forms a lexicon word matches: "exist" → exists, existed, existing;
 *  irregular forms ("seen", "paid") are listed in the lexicon themselves. */
function forms(word: string): Set<string> {
  const stemE = word.replace(/e$/, "");
  const stemY = word.replace(/y$/, "i");
  return new Set([
    word,
    `${word}s`,
    `${word}es`,
    `${word}d`,
    `${word}ed`,
    `${word}ing`,
    `${stemE}ing`,
    `${stemY}es`,
    `${stemY}ed`,
  ]);
}

interface Phrase {
  forms: Set<string>[];
}

const compile = (entries: readonly string[]): Phrase[] =>
  entries.map((entry) => ({ forms: tokenize(entry).map(forms) }));

/** Positions where `phrase` starts in `tokens`. */
function occurrences(tokens: readonly string[], phrase: Phrase): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.forms.length <= tokens.length; i++) {
    if (phrase.forms.every((accepted, j) => accepted.has(tokens[i + j]!))) found.push(i);
  }
  return found;
}

const NEGATORS = compile(POLARITY.negators);
const INHERENT_DENIAL = compile(POLARITY.inherentDenial);
const INHERENT_DISMISSAL = compile(POLARITY.inherentDismissal);
const OCCURRENCE = compile(POLARITY.occurrence);
const USEFULNESS = compile(POLARITY.usefulness);
const EXPERIENCE = compile(POLARITY.experience);
const CAUTION = compile(POLARITY.caution);
const GENERIC_SUBJECTS = new Set<string>(POLARITY.experienceSubjects);
const RESTRICTORS = compile(POLARITY.restrictors);
const REMOTE_SETTINGS = compile(POLARITY.remoteSettings);
const HARM = compile(POLARITY.harm);
const DELEGATION = compile(POLARITY.delegation);

const NEGATIVE_OBJECTS = new Set(["nothing", "nobody", "none", "no"]);

const count = (tokens: readonly string[], list: readonly Phrase[]) =>
  list.reduce((sum, phrase) => sum + occurrences(tokens, phrase).length, 0);

/** "I have never seen", "you'll never hit": experience verbs deny only with the speaker or a generic subject. */
function experienceDenied(tokens: readonly string[]): boolean {
  return EXPERIENCE.some((phrase) =>
    occurrences(tokens, phrase).some((at) =>
      tokens.slice(Math.max(0, at - 5), at).some((token) => GENERIC_SUBJECTS.has(token)),
    ),
  );
}

/** What a clause claims about the thing it mentions: that it does not happen or matter
 *  ("denial"), that it is not useful ("dismissal"), or nothing negative (null). */
function tokensOf(clause: string): string[] {
  return tokenize(
    clause
      .replace(/\bcannot\b/gi, "can not")
      .replace(/n['’]t\b/gi, " not")
      // "No more than two milliseconds" is a bound, not a negation.
      .replace(
        /\b(?:no|not) (?:more|less|fewer|later|earlier|longer|shorter|higher|lower|bigger|smaller) than\b/gi,
        "within",
      ),
  );
}

/** Whether a clause negates what it says, whatever its predicate: "we never overwrite a row". */
export const isNegated = (clause: string) => count(tokensOf(clause), NEGATORS) % 2 === 1;

export function claimOf(clause: string): Claim {
  const tokens = tokensOf(clause);
  const restricted = count(tokens, RESTRICTORS) > 0;
  const inherentDenial =
    count(tokens, INHERENT_DENIAL) +
    (restricted && count(tokens, REMOTE_SETTINGS) > 0 ? 1 : 0) +
    (count(tokens, DELEGATION) > 0 ? 1 : 0);
  const restrictedHarm = restricted && count(tokens, HARM) > 0;
  const inherentDismissal = count(tokens, INHERENT_DISMISSAL) + (restrictedHarm ? 1 : 0);
  const negators = count(tokens, NEGATORS) + inherentDenial + inherentDismissal;
  if (negators % 2 === 0) return null;
  // Negated advice keeps the point: "you don't want hot spots", "never forget the index".
  if (count(tokens, CAUTION) > 0) return null;
  // "Timeouts only hide the real problem": the harm is the technique's, whatever else is named.
  if (restrictedHarm && inherentDenial === 0) return "dismissal";
  if (inherentDenial > 0 || count(tokens, OCCURRENCE) > 0 || experienceDenied(tokens)) return "denial";
  // Usefulness is judged by the predicate: "X does not help", "there is no point", "nobody uses it";
  // a usefulness word before the negator is the subject ("a stale value does not live forever").
  const firstNegator = Math.min(...NEGATORS.flatMap((phrase) => occurrences(tokens, phrase)), tokens.length);
  // …or a usefulness verb with a negative object: "adds nothing", "helps nobody".
  const useful = USEFULNESS.some((phrase) =>
    occurrences(tokens, phrase).some(
      (at) =>
        at > firstNegator ||
        firstNegator === tokens.length ||
        NEGATIVE_OBJECTS.has(tokens[at + phrase.forms.length] ?? "") ||
        NEGATIVE_OBJECTS.has(tokens[at + phrase.forms.length + 1] ?? ""),
    ),
  );
  if (inherentDismissal > 0 || useful) return "dismissal";
  return null;
}
