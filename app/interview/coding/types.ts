// The shape of a runnable coding problem: how its function or class is called, its tests,
// its large inputs for timing, and reference solutions in every language we run.
import type { CodeLanguage } from "../types.ts";

/** How an argument or a return value crosses into the candidate's code. */
export type ValueShape = "json" | "tree" | "list";

/** How a returned value is compared with the expected one. */
export type CompareMode =
  /** Deep equality. */
  | "exact"
  /** The same elements in any order. */
  | "any_order"
  /** A list of lists, each in any order and the lists in any order (groups, triplets). */
  | "groups_any_order";

export interface CodingTest {
  name: string;
  /** Function problems: the arguments. Class problems: [constructor arguments, [[method, ...arguments], ...]]. */
  args: unknown[];
  /** Class problems: one value per method call, null for methods that return nothing. */
  expected: unknown;
}

/** Large inputs of growing size: correctness and time, and the complexity hint. */
export interface ScaleSpec {
  /** A generator in coding/inputs.ts. */
  generator: string;
  sizes: number[];
  /** The class a good solution has, shown beside the measured hint: "O(n)". */
  expected: string;
}

export interface CodingProblem {
  /** The question id in the bank. */
  id: string;
  form: "function" | "class";
  /** Function or class name per language; TypeScript uses the JavaScript name. */
  entry: { javascript: string; python: string };
  /** Class problems: method names differ in Python ("getMin" → "get_min"). */
  methods?: Record<string, { python: string }>;
  params: Array<{ name: string; shape: ValueShape; type: string; pythonType: string }>;
  returns: { shape: ValueShape; type: string; pythonType: string };
  compare: CompareMode;
  tests: CodingTest[];
  scale: ScaleSpec | null;
  references: Record<Exclude<CodeLanguage, "javascript">, string>;
}
