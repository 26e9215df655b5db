// The composition layer's public API: one import for every built-in text (layoff
// explanations, negotiation emails, interview outlines, resume rewrites). Usage and
// rules: app/writer/README.md.
export { indefiniteArticle, withArticle } from "./articles";
export {
  countSentences,
  countWords,
  firstFitting,
  fitSentences,
  speakingSeconds,
  SPEAKING_WORDS_PER_MINUTE,
} from "./length";
export type { SentenceChoice } from "./length";
export { listPhrase } from "./lists";
export { firstName } from "./names";
export {
  capitalizeFirst,
  cleanPhrase,
  clausesOf,
  firstClauses,
  keepWholeClauses,
  lowerFirst,
  sentencesOf,
  stripLeadIn,
} from "./phrases";
export type { Clause } from "./phrases";
export { roleNoun, rolePhrase, roleTitle, roleWithGoal } from "./roles";
export { joinSentences, sentence } from "./sentences";
export {
  asBaseVerbPhrase,
  asGerundPhrase,
  asParticiplePhrase,
  asPastVerbPhrase,
  phraseShape,
  verbForms,
} from "./verbs";
export type { PhraseShape } from "./verbs";
