// Whether a word is an ordinary English word: the ~275,000 lower-case words of
// an-array-of-english-words (from SCOWL, kept by the words/ collective), read into a set
// on first use. Names the list lacks (Salesforce, Kubernetes, Figma) stay names. Pure.
// Loaded with `require` on first use: the package is a bare JSON file, which the server
// bundle's ES import cannot load without an import attribute, and few requests need it.
import { lazyPackage } from "~/server/lazy-package";

const englishWords = lazyPackage<readonly string[]>("an-array-of-english-words");

let dictionary: ReadonlySet<string> | undefined;

/** Whether the lower-case form of `word` is in the English word list. */
export function isEnglishWord(word: string): boolean {
  dictionary ??= new Set(englishWords());
  return dictionary.has(word.toLowerCase());
}
