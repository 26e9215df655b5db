// Large inputs of a given size for timing, generated the same way every time (a seeded
// generator), so expected outputs can be computed once by the reference solution.
import { mulberry32 } from "~/seeded-random";

const int = (random: () => number, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const ints = (random: () => number, n: number, lo: number, hi: number) =>
  Array.from({ length: n }, () => int(random, lo, hi));
const letters = (random: () => number, n: number, alphabet = "abcdefghijklmnopqrstuvwxyz") =>
  Array.from({ length: n }, () => alphabet[int(random, 0, alphabet.length - 1)]).join("");

/** A balanced BST of n distinct values, as a level-order array. */
function balancedBst(n: number): Array<number | null> {
  const out: Array<number | null> = [];
  const queue: Array<[number, number] | null> = [[1, n]];
  for (let head = 0; head < queue.length; head++) {
    const range = queue[head]!;
    if (range === null || range[0] > range[1]) {
      out.push(null);
      continue;
    }
    const mid = (range[0] + range[1]) >> 1;
    out.push(mid);
    queue.push(range[0] <= mid - 1 ? [range[0], mid - 1] : null, mid + 1 <= range[1] ? [mid + 1, range[1]] : null);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

type Generator = (n: number, random: () => number) => unknown[];

const GENERATORS: Record<string, Generator> = {
  // Multiples of 3 never sum to 5, so the only pair is the last two: a full scan is needed.
  two_sum: (n) => [[...Array.from({ length: n - 2 }, (_, i) => 3 * i + 3), 1, 4], 5],
  anagram_words: (n, r) => [Array.from({ length: n }, () => letters(r, int(r, 3, 8), "abcdef"))],
  letters: (n, r) => [letters(r, n)],
  frequent: (n, r) => [ints(r, n, 0, Math.max(10, n >> 3)), 10],
  signs: (n, r) => [Array.from({ length: n }, () => (r() < 0.5 ? -1 : 1))],
  intervals: (n, r) => [
    Array.from({ length: n }, () => {
      const start = int(r, 0, n * 4);
      return [start, start + int(r, 0, 8)];
    }),
  ],
  small_ints: (n, r) => [ints(r, n, -5, 5), 3],
  // Spread-out values make zero sums rare, so the work is the search, not the output.
  three_sum: (n, r) => [[...ints(r, n - 3, -1_000_000_000, 1_000_000_000), 7, -3, -4]],
  brackets: (n) => ["([{".repeat(n / 6) + "}])".repeat(n / 6)],
  min_stack_ops: (n, r) => [
    [],
    Array.from({ length: n }, (_, i) => (i < n / 2 || r() < 0.5 ? ["push", int(r, -1000, 1000)] : ["getMin"])),
  ],
  lru_ops: (n, r) => [
    [n >> 2],
    Array.from({ length: n }, () => (r() < 0.5 ? ["put", int(r, 0, n), int(r, 0, 1000)] : ["get", int(r, 0, n)])),
  ],
  window: (n, r) => [ints(r, n, -10000, 10000), n >> 1],
  list: (n, r) => [ints(r, n, 0, 1000)],
  bst: (n) => [balancedBst(n)],
  grid: (n, r) => {
    const side = Math.round(Math.sqrt(n));
    return [Array.from({ length: side }, () => Array.from({ length: side }, () => (r() < 0.45 ? "1" : "0")))];
  },
  course_chain: (n) => [n, Array.from({ length: n - 1 }, (_, i) => [i + 1, i])],
  stairs: (n) => [n],
  coins: (n) => [[1, 5, 10, 25, 37], n],
  random_ints: (n, r) => [ints(r, n, -10000, 10000)],
  word_pair: (n, r) => [letters(r, n, "abcd"), letters(r, n, "abcd")],
  // No split exists, and every prefix of a's does: naive backtracking explores them all.
  word_break: (n) => ["a".repeat(n) + "b", ["a", "aa", "aaa", "aaaa"]],
  rotated: (n) => {
    const sorted = Array.from({ length: n }, (_, i) => 2 * i);
    const pivot = Math.floor(n / 3);
    return [[...sorted.slice(pivot), ...sorted.slice(0, pivot)], 2 * (pivot - 1)];
  },
  kth: (n, r) => [ints(r, n, -100000, 100000), Math.max(1, n >> 4)],
  sorted_repeats: (n) => [Array.from({ length: n }, (_, i) => Math.floor(i / 4)), Math.floor(n / 8)],
  houses: (n, r) => [ints(r, n, 0, 400)],
};

export function hasGenerator(name: string): boolean {
  return name in GENERATORS;
}

/** Arguments for one large input; the same name, size and seed always give the same input. */
export function generateInput(name: string, size: number, seed = 1): unknown[] {
  const generator = GENERATORS[name];
  if (!generator) throw new Error(`Unknown input generator ${name}`);
  return generator(size, mulberry32(seed * 7919 + size));
}
