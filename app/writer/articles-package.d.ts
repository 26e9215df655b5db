// Types for the `articles` package (CommonJS, ships none).
declare module "articles" {
  /** "a" or "an" for the word or phrase. */
  export function find(word: string): string;
  /** The phrase with its article: "an hour". */
  export function articlize(phrase: string): string;
  const articles: { find: typeof find; articlize: typeof articlize };
  export default articles;
}
