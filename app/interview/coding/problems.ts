// Runnable coding problems (content/coding/problems.json), checked at load: signature,
// tests (edge cases and the inputs that catch the classic wrong answers), large inputs for
// timing, and reference solutions in TypeScript and Python, written as lists of lines.
// JavaScript runs the TypeScript reference with its types stripped. A test runs every
// reference against every test (tests/integration/interview/coding-references).
import { z } from "zod";
import raw from "../content/coding/problems.json";
import { readContent } from "../read-content.ts";
import { hasGenerator } from "./inputs.ts";
import type { CodingProblem } from "./types.ts";

const value = z.strictObject({
  shape: z.enum(["json", "tree", "list"]),
  type: z.string().min(1),
  pythonType: z.string().min(1),
});
const code = z
  .array(z.string())
  .min(1)
  .transform((lines) => lines.join("\n"));

const problemSchema = z.strictObject({
  id: z.string().regex(/^co-[a-z0-9-]+$/, 'a coding problem id starts with "co-"'),
  form: z.enum(["function", "class"]),
  entry: z.strictObject({ javascript: z.string().min(1), python: z.string().min(1) }),
  methods: z.record(z.string(), z.strictObject({ python: z.string().min(1) })).optional(),
  params: z.array(value.extend({ name: z.string().min(1) })),
  returns: value,
  compare: z.enum(["exact", "any_order", "groups_any_order"]),
  tests: z.array(z.strictObject({ name: z.string().min(1), args: z.array(z.unknown()), expected: z.unknown() })).min(1),
  scale: z
    .strictObject({
      generator: z.string().refine(hasGenerator, "no such input generator in coding/inputs.ts"),
      sizes: z.array(z.number().int().positive()).min(2),
      expected: z.string().min(1),
    })
    .nullable(),
  references: z.strictObject({ typescript: code, python: code }),
});

export const CODING_PROBLEMS: readonly CodingProblem[] = readContent(
  "coding/problems.json",
  raw,
  z.strictObject({ about: z.string(), problems: z.array(problemSchema).min(1) }),
).problems;

const BY_ID = new Map(CODING_PROBLEMS.map((problem) => [problem.id, problem]));

export function findProblem(id: string): CodingProblem | undefined {
  return BY_ID.get(id);
}
