// Grammar checks by checkers from the registry, not by the composer: Harper (a grammar
// checker compiled to WebAssembly: agreement, repetition, punctuation, confused words…) and
// retext plugins (a/an before the next word's sound, repeated words, sentence spacing).
// Spelling is left to the people and places in the input: names are not dictionary words.
import { LocalLinter } from "harper.js";
import { binaryInlined } from "harper.js/binaryInlined";
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

let linter: Promise<LocalLinter> | undefined;

function harper(): Promise<LocalLinter> {
  linter ??= (async () => {
    const instance = new LocalLinter({ binary: binaryInlined });
    await instance.setup();
    return instance;
  })();
  return linter;
}

const retextChecker = retext().use(retextIndefiniteArticle).use(retextRepeatedWords).use(retextSentenceSpacing);

/** Harper's lint kinds that judge style or spelling rather than grammar. */
const NOT_GRAMMAR = new Set(["Spelling", "Style", "Readability", "Enhancement", "WordChoice"]);

/** `names` are the people and companies of the input: a lint about how one is spelled or
 *  capitalised ("Sam" read as the acronym SAM) is about the person's data, not the grammar. */
export async function grammarIssues(text: string, names: string[] = []): Promise<GrammarIssue[]> {
  const issues: GrammarIssue[] = [];
  const nameWords = new Set(names.flatMap((name) => name.toLowerCase().split(/\s+/)).filter((word) => word !== ""));
  for (const lint of await (await harper()).lint(text)) {
    const kind = lint.lint_kind();
    if (NOT_GRAMMAR.has(kind)) continue;
    if (nameWords.has(lint.get_problem_text().toLowerCase())) continue;
    issues.push({ checker: "harper", rule: kind, text: lint.get_problem_text(), message: lint.message() });
  }
  const file = await retextChecker.process(text);
  for (const message of file.messages) {
    issues.push({ checker: "retext", rule: message.source ?? message.ruleId ?? "retext", text: message.actual ?? "", message: message.reason });
  }
  return issues;
}
