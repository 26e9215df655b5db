// The grammar check every evaluation uses, by checkers from the registry rather than by the
// composer it judges: Harper (a grammar checker compiled to WebAssembly: agreement,
// repetition, punctuation, confused words, a/an…) and retext plugins (a/an before the next
// word's sound, repeated words, sentence spacing). One linter instance per process.
import { Dialect, LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";
import { retext } from "retext";
import retextIndefiniteArticle from "retext-indefinite-article";
import retextRepeatedWords from "retext-repeated-words";
import retextSentenceSpacing from "retext-sentence-spacing";

export interface GrammarIssue {
  checker: "harper" | "retext";
  rule: string;
  text: string;
  message: string;
}

export interface GrammarOptions {
  /** Names, products and places of the input: a lint about how one of their words is spelled
   *  or capitalised ("Sam" read as the acronym SAM) is about the person's data, not grammar. */
  names?: readonly string[];
  /** Harper lint kinds to leave out, beyond style advice (e.g. "Spelling", "Regionalism"). */
  skipKinds?: readonly string[];
}

/** Harper's lint kinds that are style advice, not errors. */
const STYLE_KINDS = ["Style", "Readability", "Enhancement"];

let linter: Promise<LocalLinter> | undefined;

/** The shared Harper linter (American English). */
export function harper(): Promise<LocalLinter> {
  linter ??= (async () => {
    const instance = new LocalLinter({ binary, dialect: Dialect.American });
    await instance.setup();
    return instance;
  })();
  return linter;
}

const retextChecker = retext().use(retextIndefiniteArticle).use(retextRepeatedWords).use(retextSentenceSpacing);

/** Every grammar problem both checkers find in `text`. */
export async function grammarIssues(text: string, options: GrammarOptions = {}): Promise<GrammarIssue[]> {
  const skip = new Set([...STYLE_KINDS, ...(options.skipKinds ?? [])]);
  const nameWords = new Set(
    (options.names ?? []).flatMap((name) => name.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []),
  );
  const issues: GrammarIssue[] = [];
  for (const lint of await (await harper()).lint(text)) {
    const kind = lint.lint_kind();
    if (skip.has(kind)) continue;
    if (
      nameWords.has(
        lint
          .get_problem_text()
          .toLowerCase()
          .replace(/[.,;:!?]+$/, ""),
      )
    )
      continue;
    issues.push({ checker: "harper", rule: kind, text: lint.get_problem_text(), message: lint.message() });
  }
  const file = await retextChecker.process(text);
  for (const message of file.messages) {
    issues.push({
      checker: "retext",
      rule: message.source ?? message.ruleId ?? "retext",
      text: message.actual ?? "",
      message: message.reason,
    });
  }
  return issues;
}

/** Whether Harper's dictionary knows the word in lower case: an ordinary word, not a name. */
export async function isOrdinaryWord(word: string): Promise<boolean> {
  const lints = await (await harper()).lint(`I like the ${word.toLowerCase()} here.`);
  return !lints.some((lint) => lint.lint_kind() === "Spelling" || lint.lint_kind() === "Capitalization");
}
