// Runnable coding problems: signature, tests (edge cases and the inputs that catch the
// classic wrong answers), large inputs for timing, and reference solutions in TypeScript
// and Python. JavaScript runs the TypeScript reference with its types stripped. A test
// runs every reference against every test (tests/integration/interview/coding-references).
import type { CodingProblem } from "../../coding/types.ts";

const num = { shape: "json", type: "number", pythonType: "int" } as const;
const nums = { shape: "json", type: "number[]", pythonType: "list[int]" } as const;
const bool = { shape: "json", type: "boolean", pythonType: "bool" } as const;
const str = { shape: "json", type: "string", pythonType: "str" } as const;
const p = <T extends object>(name: string, value: T) => ({ name, ...value });

export const CODING_PROBLEMS: CodingProblem[] = [
  {
    id: "co-two-sum",
    form: "function",
    entry: { javascript: "twoSum", python: "two_sum" },
    params: [p("nums", nums), p("target", num)],
    returns: nums,
    compare: "any_order",
    tests: [
      { name: "example", args: [[2, 7, 11, 15], 9], expected: [0, 1] },
      { name: "an element is not used twice", args: [[3, 2, 4], 6], expected: [1, 2] },
      { name: "duplicates", args: [[3, 3], 6], expected: [0, 1] },
      { name: "negative numbers", args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
      { name: "zeros", args: [[0, 4, 3, 0], 0], expected: [0, 3] },
      { name: "pair at the end", args: [[1, 5, 11, 13, 2, 8], 10], expected: [4, 5] },
    ],
    scale: { generator: "two_sum", sizes: [10000, 20000, 40000, 80000], expected: "O(n)" },
    references: {
      typescript: `function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}`,
      python: `def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []`,
    },
  },
  {
    id: "co-group-anagrams",
    form: "function",
    entry: { javascript: "groupAnagrams", python: "group_anagrams" },
    params: [p("words", { shape: "json", type: "string[]", pythonType: "list[str]" })],
    returns: { shape: "json", type: "string[][]", pythonType: "list[list[str]]" },
    compare: "groups_any_order",
    tests: [
      {
        name: "example",
        args: [["eat", "tea", "tan", "ate", "nat", "bat"]],
        expected: [["bat"], ["nat", "tan"], ["ate", "eat", "tea"]],
      },
      { name: "empty word", args: [[""]], expected: [[""]] },
      { name: "one word", args: [["a"]], expected: [["a"]] },
      {
        name: "same letters, different counts",
        args: [["aab", "aba", "abb", "bab"]],
        expected: [
          ["aab", "aba"],
          ["abb", "bab"],
        ],
      },
      { name: "no anagrams", args: [["duh", "ill"]], expected: [["duh"], ["ill"]] },
      { name: "repeated word", args: [["ab", "ba", "ab"]], expected: [["ab", "ba", "ab"]] },
    ],
    scale: { generator: "anagram_words", sizes: [2000, 4000, 8000, 16000], expected: "O(n·k log k)" },
    references: {
      typescript: `function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = [...word].sort().join("");
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}`,
      python: `def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())`,
    },
  },
  {
    id: "co-longest-unique-substring",
    form: "function",
    entry: { javascript: "lengthOfLongestSubstring", python: "length_of_longest_substring" },
    params: [p("s", str)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: ["abcabcbb"], expected: 3 },
      { name: "one letter repeated", args: ["bbbbb"], expected: 1 },
      { name: "repeat inside the window", args: ["pwwkew"], expected: 3 },
      { name: "empty string", args: [""], expected: 0 },
      { name: "a space", args: [" "], expected: 1 },
      { name: "left edge must not move back", args: ["abba"], expected: 2 },
      { name: "restart after a repeat", args: ["dvdf"], expected: 3 },
      { name: "earlier repeat outside the window", args: ["tmmzuxt"], expected: 5 },
    ],
    scale: { generator: "letters", sizes: [20000, 40000, 80000, 160000], expected: "O(n)" },
    references: {
      typescript: `function lengthOfLongestSubstring(s: string): number {
  const last = new Map<string, number>();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const seen = last.get(s[right]);
    if (seen !== undefined && seen >= left) left = seen + 1;
    last.set(s[right], right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}`,
      python: `def length_of_longest_substring(s):
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if last.get(ch, -1) >= left:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best`,
    },
  },
  {
    id: "co-top-k-frequent",
    form: "function",
    entry: { javascript: "topKFrequent", python: "top_k_frequent" },
    params: [p("nums", nums), p("k", num)],
    returns: nums,
    compare: "any_order",
    tests: [
      { name: "example", args: [[1, 1, 1, 2, 2, 3], 2], expected: [1, 2] },
      { name: "one element", args: [[1], 1], expected: [1] },
      { name: "negative numbers", args: [[4, 4, -1, -1, -1, 2], 2], expected: [-1, 4] },
      { name: "most frequent last", args: [[5, 3, 5, 3, 5, 7, 7, 7, 7], 1], expected: [7] },
      { name: "k equals distinct count", args: [[9, 8, 9], 2], expected: [9, 8] },
    ],
    scale: { generator: "frequent", sizes: [5000, 10000, 20000, 40000], expected: "O(n log n) or O(n)" },
    references: {
      typescript: `function topKFrequent(nums: number[], k: number): number[] {
  const counts = new Map<number, number>();
  for (const n of nums) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n]) => n);
}`,
      python: `from collections import Counter

def top_k_frequent(nums, k):
    return [n for n, _ in Counter(nums).most_common(k)]`,
    },
  },
  {
    id: "co-product-except-self",
    form: "function",
    entry: { javascript: "productExceptSelf", python: "product_except_self" },
    params: [p("nums", nums)],
    returns: nums,
    compare: "exact",
    tests: [
      { name: "example", args: [[1, 2, 3, 4]], expected: [24, 12, 8, 6] },
      { name: "one zero", args: [[-1, 1, 0, -3, 3]], expected: [0, 0, 9, 0, 0] },
      { name: "two zeros", args: [[0, 0]], expected: [0, 0] },
      { name: "two elements", args: [[2, 3]], expected: [3, 2] },
      { name: "zero first", args: [[0, 4, 5]], expected: [20, 0, 0] },
      { name: "negative numbers", args: [[-2, -3, 4]], expected: [-12, -8, 6] },
    ],
    scale: { generator: "signs", sizes: [20000, 40000, 80000, 160000], expected: "O(n)" },
    references: {
      typescript: `function productExceptSelf(nums: number[]): number[] {
  const out = new Array<number>(nums.length).fill(1);
  let prefix = 1;
  for (let i = 0; i < nums.length; i++) {
    out[i] = prefix;
    prefix *= nums[i];
  }
  let suffix = 1;
  for (let i = nums.length - 1; i >= 0; i--) {
    out[i] = out[i] * suffix + 0;
    suffix *= nums[i];
  }
  return out;
}`,
      python: `def product_except_self(nums):
    out = [1] * len(nums)
    prefix = 1
    for i, n in enumerate(nums):
        out[i] = prefix
        prefix *= n
    suffix = 1
    for i in range(len(nums) - 1, -1, -1):
        out[i] *= suffix
        suffix *= nums[i]
    return out`,
    },
  },
  {
    id: "co-merge-intervals",
    form: "function",
    entry: { javascript: "merge", python: "merge" },
    params: [p("intervals", { shape: "json", type: "number[][]", pythonType: "list[list[int]]" })],
    returns: { shape: "json", type: "number[][]", pythonType: "list[list[int]]" },
    compare: "exact",
    tests: [
      {
        name: "example",
        args: [
          [
            [1, 3],
            [2, 6],
            [8, 10],
            [15, 18],
          ],
        ],
        expected: [
          [1, 6],
          [8, 10],
          [15, 18],
        ],
      },
      {
        name: "touching intervals",
        args: [
          [
            [1, 4],
            [4, 5],
          ],
        ],
        expected: [[1, 5]],
      },
      {
        name: "contained interval",
        args: [
          [
            [1, 4],
            [2, 3],
          ],
        ],
        expected: [[1, 4]],
      },
      {
        name: "unsorted input",
        args: [
          [
            [1, 4],
            [0, 4],
          ],
        ],
        expected: [[0, 4]],
      },
      { name: "one interval", args: [[[5, 6]]], expected: [[5, 6]] },
      { name: "no intervals", args: [[]], expected: [] },
      {
        name: "one covers all",
        args: [
          [
            [2, 3],
            [4, 5],
            [6, 7],
            [8, 9],
            [1, 10],
          ],
        ],
        expected: [[1, 10]],
      },
    ],
    scale: { generator: "intervals", sizes: [5000, 10000, 20000, 40000], expected: "O(n log n)" },
    references: {
      typescript: `function merge(intervals: number[][]): number[][] {
  const sorted = intervals.map(([a, b]) => [a, b]).sort((x, y) => x[0] - y[0]);
  const out: number[][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}`,
      python: `def merge(intervals):
    out = []
    for start, end in sorted(intervals, key=lambda pair: pair[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out`,
    },
  },
  {
    id: "co-subarray-sum-k",
    form: "function",
    entry: { javascript: "subarraySum", python: "subarray_sum" },
    params: [p("nums", nums), p("k", num)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: [[1, 1, 1], 2], expected: 2 },
      { name: "single element counts", args: [[1, 2, 3], 3], expected: 2 },
      { name: "negative numbers", args: [[1, -1, 0], 0], expected: 3 },
      { name: "negative prefix", args: [[-1, -1, 1], 0], expected: 1 },
      { name: "many overlaps", args: [[3, 4, 7, 2, -3, 1, 4, 2], 7], expected: 4 },
      { name: "zeros", args: [[0, 0, 0], 0], expected: 6 },
    ],
    scale: { generator: "small_ints", sizes: [10000, 20000, 40000, 80000], expected: "O(n)" },
    references: {
      typescript: `function subarraySum(nums: number[], k: number): number {
  const seen = new Map<number, number>([[0, 1]]);
  let sum = 0;
  let count = 0;
  for (const n of nums) {
    sum += n;
    count += seen.get(sum - k) ?? 0;
    seen.set(sum, (seen.get(sum) ?? 0) + 1);
  }
  return count;
}`,
      python: `def subarray_sum(nums, k):
    seen = {0: 1}
    total = count = 0
    for n in nums:
        total += n
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count`,
    },
  },
  {
    id: "co-three-sum",
    form: "function",
    entry: { javascript: "threeSum", python: "three_sum" },
    params: [p("nums", nums)],
    returns: { shape: "json", type: "number[][]", pythonType: "list[list[int]]" },
    compare: "groups_any_order",
    tests: [
      {
        name: "example",
        args: [[-1, 0, 1, 2, -1, -4]],
        expected: [
          [-1, -1, 2],
          [-1, 0, 1],
        ],
      },
      { name: "none", args: [[0, 1, 1]], expected: [] },
      { name: "all zeros", args: [[0, 0, 0]], expected: [[0, 0, 0]] },
      { name: "duplicate triplets once", args: [[0, 0, 0, 0]], expected: [[0, 0, 0]] },
      {
        name: "two answers with a repeat",
        args: [[-2, 0, 1, 1, 2]],
        expected: [
          [-2, 0, 2],
          [-2, 1, 1],
        ],
      },
      { name: "empty", args: [[]], expected: [] },
    ],
    scale: { generator: "three_sum", sizes: [250, 500, 1000, 2000], expected: "O(n²)" },
    references: {
      typescript: `function threeSum(nums: number[]): number[][] {
  const a = [...nums].sort((x, y) => x - y);
  const out: number[][] = [];
  for (let i = 0; i < a.length - 2; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1, hi = a.length - 1;
    while (lo < hi) {
      const sum = a[i] + a[lo] + a[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        out.push([a[i], a[lo], a[hi]]);
        while (lo < hi && a[lo] === a[lo + 1]) lo++;
        while (lo < hi && a[hi] === a[hi - 1]) hi--;
        lo++;
        hi--;
      }
    }
  }
  return out;
}`,
      python: `def three_sum(nums):
    a = sorted(nums)
    out = []
    for i in range(len(a) - 2):
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            total = a[i] + a[lo] + a[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                out.append([a[i], a[lo], a[hi]])
                while lo < hi and a[lo] == a[lo + 1]:
                    lo += 1
                while lo < hi and a[hi] == a[hi - 1]:
                    hi -= 1
                lo += 1
                hi -= 1
    return out`,
    },
  },
  {
    id: "co-valid-parentheses",
    form: "function",
    entry: { javascript: "isValid", python: "is_valid" },
    params: [p("s", str)],
    returns: bool,
    compare: "exact",
    tests: [
      { name: "one pair", args: ["()"], expected: true },
      { name: "three kinds", args: ["()[]{}"], expected: true },
      { name: "wrong closer", args: ["(]"], expected: false },
      { name: "interleaved", args: ["([)]"], expected: false },
      { name: "nested", args: ["{[]}"], expected: true },
      { name: "empty string", args: [""], expected: true },
      { name: "left open", args: ["((("], expected: false },
      { name: "closer first", args: [")("], expected: false },
      { name: "lone closer", args: ["]"], expected: false },
    ],
    scale: { generator: "brackets", sizes: [24000, 48000, 96000, 192000], expected: "O(n)" },
    references: {
      typescript: `function isValid(s: string): boolean {
  const closer: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const stack: string[] = [];
  for (const ch of s) {
    if (ch in closer) stack.push(closer[ch]);
    else if (stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}`,
      python: `def is_valid(s):
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    for ch in s:
        if ch in closer:
            stack.append(closer[ch])
        elif not stack or stack.pop() != ch:
            return False
    return not stack`,
    },
  },
  {
    id: "co-min-stack",
    form: "class",
    entry: { javascript: "MinStack", python: "MinStack" },
    methods: {
      push: { python: "push" },
      pop: { python: "pop" },
      top: { python: "top" },
      getMin: { python: "get_min" },
    },
    params: [],
    returns: { shape: "json", type: "void", pythonType: "None" },
    compare: "exact",
    tests: [
      {
        name: "example",
        args: [[], [["push", -2], ["push", 0], ["push", -3], ["getMin"], ["pop"], ["top"], ["getMin"]]],
        expected: [null, null, null, -3, null, 0, -2],
      },
      {
        name: "equal minimums",
        args: [[], [["push", 1], ["push", 1], ["pop"], ["getMin"]]],
        expected: [null, null, null, 1],
      },
      {
        name: "minimum popped",
        args: [[], [["push", 3], ["push", 1], ["push", 2], ["pop"], ["pop"], ["getMin"], ["top"]]],
        expected: [null, null, null, null, null, 3, 3],
      },
      {
        name: "negative numbers",
        args: [[], [["push", -1], ["push", -5], ["getMin"], ["push", -10], ["getMin"], ["pop"], ["getMin"]]],
        expected: [null, null, -5, null, -10, null, -5],
      },
    ],
    scale: { generator: "min_stack_ops", sizes: [5000, 10000, 20000, 40000], expected: "O(1) per operation" },
    references: {
      typescript: `class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [];
  push(value: number): void {
    this.values.push(value);
    this.mins.push(this.mins.length === 0 ? value : Math.min(value, this.mins[this.mins.length - 1]));
  }
  pop(): void {
    this.values.pop();
    this.mins.pop();
  }
  top(): number {
    return this.values[this.values.length - 1];
  }
  getMin(): number {
    return this.mins[this.mins.length - 1];
  }
}`,
      python: `class MinStack:
    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, value):
        self.values.append(value)
        self.mins.append(value if not self.mins else min(value, self.mins[-1]))

    def pop(self):
        self.values.pop()
        self.mins.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.mins[-1]`,
    },
  },
  {
    id: "co-lru-cache",
    form: "class",
    entry: { javascript: "LRUCache", python: "LRUCache" },
    methods: { get: { python: "get" }, put: { python: "put" } },
    params: [p("capacity", num)],
    returns: { shape: "json", type: "void", pythonType: "None" },
    compare: "exact",
    tests: [
      {
        name: "example",
        args: [
          [2],
          [
            ["put", 1, 1],
            ["put", 2, 2],
            ["get", 1],
            ["put", 3, 3],
            ["get", 2],
            ["put", 4, 4],
            ["get", 1],
            ["get", 3],
            ["get", 4],
          ],
        ],
        expected: [null, null, 1, null, -1, null, -1, 3, 4],
      },
      {
        name: "get refreshes recency",
        args: [
          [2],
          [
            ["put", 1, 1],
            ["put", 2, 2],
            ["get", 1],
            ["put", 3, 3],
            ["get", 1],
            ["get", 2],
          ],
        ],
        expected: [null, null, 1, null, 1, -1],
      },
      {
        name: "update refreshes recency",
        args: [
          [2],
          [
            ["put", 1, 1],
            ["put", 2, 2],
            ["put", 1, 10],
            ["put", 3, 3],
            ["get", 1],
            ["get", 2],
          ],
        ],
        expected: [null, null, null, null, 10, -1],
      },
      {
        name: "capacity one",
        args: [
          [1],
          [
            ["put", 2, 1],
            ["get", 2],
            ["put", 3, 2],
            ["get", 2],
            ["get", 3],
          ],
        ],
        expected: [null, 1, null, -1, 2],
      },
      { name: "missing key", args: [[3], [["get", 7]]], expected: [-1] },
    ],
    scale: { generator: "lru_ops", sizes: [5000, 10000, 20000, 40000], expected: "O(1) per operation" },
    references: {
      typescript: `class LRUCache {
  private readonly entries = new Map<number, number>();
  constructor(private readonly capacity: number) {}
  get(key: number): number {
    const value = this.entries.get(key);
    if (value === undefined) return -1;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  put(key: number, value: number): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as number);
  }
}`,
      python: `from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key):
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key, value):
        self.entries[key] = value
        self.entries.move_to_end(key)
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)`,
    },
  },
  {
    id: "co-sliding-window-max",
    form: "function",
    entry: { javascript: "maxSlidingWindow", python: "max_sliding_window" },
    params: [p("nums", nums), p("k", num)],
    returns: nums,
    compare: "exact",
    tests: [
      { name: "example", args: [[1, 3, -1, -3, 5, 3, 6, 7], 3], expected: [3, 3, 5, 5, 6, 7] },
      { name: "window of one", args: [[1], 1], expected: [1] },
      { name: "decreasing", args: [[9, 8, 7, 6], 2], expected: [9, 8, 7] },
      { name: "window is the whole array", args: [[1, 2, 3, 4], 4], expected: [4] },
      { name: "negative numbers", args: [[4, -2], 2], expected: [4] },
      { name: "equal values", args: [[7, 7, 7, 7], 2], expected: [7, 7, 7] },
    ],
    scale: { generator: "window", sizes: [10000, 20000, 40000, 80000], expected: "O(n)" },
    references: {
      typescript: `function maxSlidingWindow(nums: number[], k: number): number[] {
  const deque: number[] = [];
  let head = 0;
  const out: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > head && nums[deque[deque.length - 1]] <= nums[i]) deque.pop();
    deque.push(i);
    if (deque[head] <= i - k) head++;
    if (i >= k - 1) out.push(nums[deque[head]]);
  }
  return out;
}`,
      python: `from collections import deque

def max_sliding_window(nums, k):
    window = deque()
    out = []
    for i, n in enumerate(nums):
        while window and nums[window[-1]] <= n:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out`,
    },
  },
  {
    id: "co-reverse-list",
    form: "function",
    entry: { javascript: "reverseList", python: "reverse_list" },
    params: [p("head", { shape: "list", type: "ListNode | null", pythonType: "Optional[ListNode]" })],
    returns: { shape: "list", type: "ListNode | null", pythonType: "Optional[ListNode]" },
    compare: "exact",
    tests: [
      { name: "example", args: [[1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1] },
      { name: "two nodes", args: [[1, 2]], expected: [2, 1] },
      { name: "empty list", args: [[]], expected: [] },
      { name: "one node", args: [[7]], expected: [7] },
    ],
    scale: { generator: "list", sizes: [250, 500, 1000, 2000], expected: "O(n)" },
    references: {
      typescript: `function reverseList(head: ListNode | null): ListNode | null {
  let previous: ListNode | null = null;
  while (head) {
    const next: ListNode | null = head.next;
    head.next = previous;
    previous = head;
    head = next;
  }
  return previous;
}`,
      python: `def reverse_list(head):
    previous = None
    while head:
        head.next, previous, head = previous, head, head.next
    return previous`,
    },
  },
  {
    id: "co-validate-bst",
    form: "function",
    entry: { javascript: "isValidBST", python: "is_valid_bst" },
    params: [p("root", { shape: "tree", type: "TreeNode | null", pythonType: "Optional[TreeNode]" })],
    returns: bool,
    compare: "exact",
    tests: [
      { name: "small valid tree", args: [[2, 1, 3]], expected: true },
      { name: "right child smaller than root", args: [[5, 1, 4, null, null, 3, 6]], expected: false },
      { name: "deep node on the wrong side", args: [[5, 4, 6, null, null, 3, 7]], expected: false },
      { name: "duplicate value", args: [[1, 1]], expected: false },
      { name: "empty tree", args: [[]], expected: true },
      { name: "largest 32-bit value", args: [[2147483647]], expected: true },
      { name: "grandchild breaks the bound", args: [[10, 5, 15, null, null, 6, 20]], expected: false },
      { name: "full valid tree", args: [[3, 1, 5, 0, 2, 4, 6]], expected: true },
    ],
    scale: { generator: "bst", sizes: [1000, 2000, 4000, 8000], expected: "O(n)" },
    references: {
      typescript: `function isValidBST(root: TreeNode | null): boolean {
  const stack: Array<[TreeNode, number, number]> = root ? [[root, -Infinity, Infinity]] : [];
  while (stack.length > 0) {
    const [node, low, high] = stack.pop()!;
    if (node.val <= low || node.val >= high) return false;
    if (node.left) stack.push([node.left, low, node.val]);
    if (node.right) stack.push([node.right, node.val, high]);
  }
  return true;
}`,
      python: `def is_valid_bst(root):
    stack = [(root, float("-inf"), float("inf"))] if root else []
    while stack:
        node, low, high = stack.pop()
        if not low < node.val < high:
            return False
        if node.left:
            stack.append((node.left, low, node.val))
        if node.right:
            stack.append((node.right, node.val, high))
    return True`,
    },
  },
  {
    id: "co-level-order",
    form: "function",
    entry: { javascript: "levelOrder", python: "level_order" },
    params: [p("root", { shape: "tree", type: "TreeNode | null", pythonType: "Optional[TreeNode]" })],
    returns: { shape: "json", type: "number[][]", pythonType: "list[list[int]]" },
    compare: "exact",
    tests: [
      { name: "example", args: [[3, 9, 20, null, null, 15, 7]], expected: [[3], [9, 20], [15, 7]] },
      { name: "one node", args: [[1]], expected: [[1]] },
      { name: "empty tree", args: [[]], expected: [] },
      { name: "a chain", args: [[1, 2, null, 3, null, 4]], expected: [[1], [2], [3], [4]] },
      { name: "gaps in a level", args: [[1, 2, 3, 4, null, null, 5]], expected: [[1], [2, 3], [4, 5]] },
    ],
    scale: { generator: "bst", sizes: [1000, 2000, 4000, 8000], expected: "O(n)" },
    references: {
      typescript: `function levelOrder(root: TreeNode | null): number[][] {
  const out: number[][] = [];
  let level = root ? [root] : [];
  while (level.length > 0) {
    out.push(level.map((node) => node.val));
    level = level.flatMap((node) => [node.left, node.right].filter((child): child is TreeNode => child !== null));
  }
  return out;
}`,
      python: `def level_order(root):
    out = []
    level = [root] if root else []
    while level:
        out.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return out`,
    },
  },
  {
    id: "co-number-of-islands",
    form: "function",
    entry: { javascript: "numIslands", python: "num_islands" },
    params: [p("grid", { shape: "json", type: "string[][]", pythonType: "list[list[str]]" })],
    returns: num,
    compare: "exact",
    tests: [
      {
        name: "one island",
        args: [
          [
            ["1", "1", "1", "1", "0"],
            ["1", "1", "0", "1", "0"],
            ["1", "1", "0", "0", "0"],
            ["0", "0", "0", "0", "0"],
          ],
        ],
        expected: 1,
      },
      {
        name: "three islands",
        args: [
          [
            ["1", "1", "0", "0", "0"],
            ["1", "1", "0", "0", "0"],
            ["0", "0", "1", "0", "0"],
            ["0", "0", "0", "1", "1"],
          ],
        ],
        expected: 3,
      },
      {
        name: "diagonal cells are separate",
        args: [
          [
            ["1", "0"],
            ["0", "1"],
          ],
        ],
        expected: 2,
      },
      { name: "water only", args: [[["0"]]], expected: 0 },
      { name: "one cell of land", args: [[["1"]]], expected: 1 },
      {
        name: "a ring around water",
        args: [
          [
            ["1", "1", "1"],
            ["1", "0", "1"],
            ["1", "1", "1"],
          ],
        ],
        expected: 1,
      },
      { name: "one row", args: [[["1", "0", "1", "0", "1"]]], expected: 3 },
    ],
    scale: { generator: "grid", sizes: [2500, 10000, 22500, 40000], expected: "O(rows × columns)" },
    references: {
      typescript: `function numIslands(grid: string[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0].length;
  const seen = grid.map((row) => row.map(() => false));
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen[r][c]) continue;
      count++;
      seen[r][c] = true;
      const stack: Array<[number, number]> = [[r, c]];
      while (stack.length > 0) {
        const [y, x] = stack.pop()!;
        for (const [ny, nx] of [[y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]]) {
          if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === "1" && !seen[ny][nx]) {
            seen[ny][nx] = true;
            stack.push([ny, nx]);
          }
        }
      }
    }
  }
  return count;
}`,
      python: `def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            count += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not seen[ny][nx]:
                        seen[ny][nx] = True
                        stack.append((ny, nx))
    return count`,
    },
  },
  {
    id: "co-course-schedule",
    form: "function",
    entry: { javascript: "canFinish", python: "can_finish" },
    params: [
      p("numCourses", num),
      p("prerequisites", { shape: "json", type: "number[][]", pythonType: "list[list[int]]" }),
    ],
    returns: bool,
    compare: "exact",
    tests: [
      { name: "one prerequisite", args: [2, [[1, 0]]], expected: true },
      {
        name: "a cycle of two",
        args: [
          2,
          [
            [1, 0],
            [0, 1],
          ],
        ],
        expected: false,
      },
      { name: "no prerequisites", args: [3, []], expected: true },
      {
        name: "a longer cycle",
        args: [
          4,
          [
            [1, 0],
            [2, 1],
            [3, 2],
            [1, 3],
          ],
        ],
        expected: false,
      },
      { name: "a course needing itself", args: [1, [[0, 0]]], expected: false },
      {
        name: "a diamond, no cycle",
        args: [
          5,
          [
            [1, 0],
            [2, 0],
            [3, 1],
            [3, 2],
            [4, 3],
          ],
        ],
        expected: true,
      },
      {
        name: "separate parts, one cyclic",
        args: [
          5,
          [
            [1, 0],
            [3, 4],
            [4, 3],
          ],
        ],
        expected: false,
      },
    ],
    scale: { generator: "course_chain", sizes: [500, 1000, 2000, 4000], expected: "O(courses + prerequisites)" },
    references: {
      typescript: `function canFinish(numCourses: number, prerequisites: number[][]): boolean {
  const indegree = new Array<number>(numCourses).fill(0);
  const next: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    next[before].push(course);
    indegree[course]++;
  }
  const ready = indegree.flatMap((d, course) => (d === 0 ? [course] : []));
  let taken = 0;
  while (ready.length > 0) {
    const course = ready.pop()!;
    taken++;
    for (const after of next[course]) if (--indegree[after] === 0) ready.push(after);
  }
  return taken === numCourses;
}`,
      python: `def can_finish(num_courses, prerequisites):
    indegree = [0] * num_courses
    following = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        following[before].append(course)
        indegree[course] += 1
    ready = [c for c in range(num_courses) if indegree[c] == 0]
    taken = 0
    while ready:
        course = ready.pop()
        taken += 1
        for after in following[course]:
            indegree[after] -= 1
            if indegree[after] == 0:
                ready.append(after)
    return taken == num_courses`,
    },
  },
  {
    id: "co-climbing-stairs",
    form: "function",
    entry: { javascript: "climbStairs", python: "climb_stairs" },
    params: [p("n", num)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "one step", args: [1], expected: 1 },
      { name: "two steps", args: [2], expected: 2 },
      { name: "three steps", args: [3], expected: 3 },
      { name: "five steps", args: [5], expected: 8 },
      { name: "ten steps", args: [10], expected: 89 },
    ],
    scale: { generator: "stairs", sizes: [26, 30, 34, 38], expected: "O(n)" },
    references: {
      typescript: `function climbStairs(n: number): number {
  let a = 1, b = 1;
  for (let i = 2; i <= n; i++) [a, b] = [b, a + b];
  return b;
}`,
      python: `def climb_stairs(n):
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b`,
    },
  },
  {
    id: "co-coin-change",
    form: "function",
    entry: { javascript: "coinChange", python: "coin_change" },
    params: [p("coins", nums), p("amount", num)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: [[1, 2, 5], 11], expected: 3 },
      { name: "impossible", args: [[2], 3], expected: -1 },
      { name: "amount zero", args: [[1], 0], expected: 0 },
      { name: "greedy is not optimal", args: [[1, 3, 4], 6], expected: 2 },
      { name: "greedy gets stuck", args: [[2, 5], 6], expected: 3 },
      { name: "unsorted coins", args: [[186, 419, 83, 408], 6249], expected: 20 },
      { name: "one coin, many times", args: [[1], 2], expected: 2 },
    ],
    scale: { generator: "coins", sizes: [1000, 2000, 4000, 8000], expected: "O(amount × coins)" },
    references: {
      typescript: `function coinChange(coins: number[], amount: number): number {
  const best = new Array<number>(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) if (coin <= a && best[a - coin] + 1 < best[a]) best[a] = best[a - coin] + 1;
  }
  return best[amount] === Infinity ? -1 : best[amount];
}`,
      python: `def coin_change(coins, amount):
    best = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return -1 if best[amount] == float("inf") else best[amount]`,
    },
  },
  {
    id: "co-lis",
    form: "function",
    entry: { javascript: "lengthOfLIS", python: "length_of_lis" },
    params: [p("nums", nums)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4 },
      { name: "with repeats", args: [[0, 1, 0, 3, 2, 3]], expected: 4 },
      { name: "strictly increasing only", args: [[7, 7, 7, 7]], expected: 1 },
      { name: "empty", args: [[]], expected: 0 },
      { name: "not the first increasing run", args: [[4, 10, 4, 3, 8, 9]], expected: 3 },
      { name: "decreasing", args: [[5, 4, 3, 2, 1]], expected: 1 },
    ],
    scale: { generator: "random_ints", sizes: [500, 1000, 2000, 4000], expected: "O(n log n) (O(n²) is accepted)" },
    references: {
      typescript: `function lengthOfLIS(nums: number[]): number {
  const tails: number[] = [];
  for (const n of nums) {
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = n;
  }
  return tails.length;
}`,
      python: `from bisect import bisect_left

def length_of_lis(nums):
    tails = []
    for n in nums:
        i = bisect_left(tails, n)
        if i == len(tails):
            tails.append(n)
        else:
            tails[i] = n
    return len(tails)`,
    },
  },
  {
    id: "co-edit-distance",
    form: "function",
    entry: { javascript: "minDistance", python: "min_distance" },
    params: [p("word1", str), p("word2", str)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: ["horse", "ros"], expected: 3 },
      { name: "longer words", args: ["intention", "execution"], expected: 5 },
      { name: "both empty", args: ["", ""], expected: 0 },
      { name: "one empty", args: ["", "abc"], expected: 3 },
      { name: "equal words", args: ["abc", "abc"], expected: 0 },
      { name: "swapped letters", args: ["ab", "ba"], expected: 2 },
    ],
    scale: { generator: "word_pair", sizes: [100, 200, 400, 800], expected: "O(n × m)" },
    references: {
      typescript: `function minDistance(word1: string, word2: string): number {
  let previous = Array.from({ length: word2.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word1.length; i++) {
    const current = [i];
    for (let j = 1; j <= word2.length; j++) {
      current[j] = word1[i - 1] === word2[j - 1] ? previous[j - 1] : 1 + Math.min(previous[j - 1], previous[j], current[j - 1]);
    }
    previous = current;
  }
  return previous[word2.length];
}`,
      python: `def min_distance(word1, word2):
    previous = list(range(len(word2) + 1))
    for i in range(1, len(word1) + 1):
        current = [i]
        for j in range(1, len(word2) + 1):
            if word1[i - 1] == word2[j - 1]:
                current.append(previous[j - 1])
            else:
                current.append(1 + min(previous[j - 1], previous[j], current[j - 1]))
        previous = current
    return previous[-1]`,
    },
  },
  {
    id: "co-house-robber",
    form: "function",
    entry: { javascript: "rob", python: "rob" },
    params: [p("nums", nums)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: [[1, 2, 3, 1]], expected: 4 },
      { name: "longer street", args: [[2, 7, 9, 3, 1]], expected: 12 },
      { name: "no houses", args: [[]], expected: 0 },
      { name: "one house", args: [[5]], expected: 5 },
      { name: "every other house is not optimal", args: [[2, 1, 1, 2]], expected: 4 },
      { name: "middle house wins", args: [[1, 3, 1]], expected: 3 },
    ],
    scale: { generator: "houses", sizes: [10000, 20000, 40000, 80000], expected: "O(n)" },
    references: {
      typescript: `function rob(nums: number[]): number {
  let take = 0, skip = 0;
  for (const value of nums) [take, skip] = [skip + value, Math.max(take, skip)];
  return Math.max(take, skip);
}`,
      python: `def rob(nums):
    take = skip = 0
    for value in nums:
        take, skip = skip + value, max(take, skip)
    return max(take, skip)`,
    },
  },
  {
    id: "co-word-break",
    form: "function",
    entry: { javascript: "wordBreak", python: "word_break" },
    params: [p("s", str), p("words", { shape: "json", type: "string[]", pythonType: "list[str]" })],
    returns: bool,
    compare: "exact",
    tests: [
      { name: "example", args: ["leetcode", ["leet", "code"]], expected: true },
      { name: "a word used twice", args: ["applepenapple", ["apple", "pen"]], expected: true },
      { name: "no split", args: ["catsandog", ["cats", "dog", "sand", "and", "cat"]], expected: false },
      { name: "overlapping words", args: ["aaaaaaa", ["aaaa", "aaa"]], expected: true },
      { name: "greedy longest match fails", args: ["cars", ["car", "ca", "rs"]], expected: true },
      { name: "one word", args: ["a", ["a"]], expected: true },
    ],
    scale: { generator: "word_break", sizes: [100, 200, 400, 800], expected: "O(n × longest word)" },
    references: {
      typescript: `function wordBreak(s: string, words: string[]): boolean {
  const dictionary = new Set(words);
  const longest = Math.max(0, ...words.map((word) => word.length));
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - longest); start < end && !ok[end]; start++) {
      if (ok[start] && dictionary.has(s.slice(start, end))) ok[end] = true;
    }
  }
  return ok[s.length];
}`,
      python: `def word_break(s, words):
    dictionary = set(words)
    longest = max((len(w) for w in words), default=0)
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for start in range(max(0, end - longest), end):
            if ok[start] and s[start:end] in dictionary:
                ok[end] = True
                break
    return ok[-1]`,
    },
  },
  {
    id: "co-rotated-search",
    form: "function",
    entry: { javascript: "search", python: "search" },
    params: [p("nums", nums), p("target", num)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: [[4, 5, 6, 7, 0, 1, 2], 0], expected: 4 },
      { name: "missing value", args: [[4, 5, 6, 7, 0, 1, 2], 3], expected: -1 },
      { name: "one element, missing", args: [[1], 0], expected: -1 },
      { name: "one element, present", args: [[1], 1], expected: 0 },
      { name: "two elements rotated", args: [[3, 1], 1], expected: 1 },
      { name: "target is the first element", args: [[5, 1, 3], 5], expected: 0 },
      { name: "not rotated", args: [[1, 3], 3], expected: 1 },
    ],
    scale: { generator: "rotated", sizes: [10000, 20000, 40000, 80000], expected: "O(log n)" },
    references: {
      typescript: `function search(nums: number[], target: number): number {
  let lo = 0, hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}`,
      python: `def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif nums[mid] < target <= nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1`,
    },
  },
  {
    id: "co-kth-largest",
    form: "function",
    entry: { javascript: "findKthLargest", python: "find_kth_largest" },
    params: [p("nums", nums), p("k", num)],
    returns: num,
    compare: "exact",
    tests: [
      { name: "example", args: [[3, 2, 1, 5, 6, 4], 2], expected: 5 },
      { name: "duplicates count", args: [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4], expected: 4 },
      { name: "one element", args: [[1], 1], expected: 1 },
      { name: "all equal", args: [[-1, -1], 2], expected: -1 },
      { name: "k is the length", args: [[7, 6, 5, 4, 3, 2, 1], 7], expected: 1 },
    ],
    scale: { generator: "kth", sizes: [5000, 10000, 20000, 40000], expected: "O(n log k)" },
    references: {
      typescript: `function findKthLargest(nums: number[], k: number): number {
  return [...nums].sort((a, b) => b - a)[k - 1];
}`,
      python: `import heapq

def find_kth_largest(nums, k):
    return heapq.nlargest(k, nums)[-1]`,
    },
  },
  {
    id: "co-binary-search-bounds",
    form: "function",
    entry: { javascript: "searchRange", python: "search_range" },
    params: [p("nums", nums), p("target", num)],
    returns: nums,
    compare: "exact",
    tests: [
      { name: "example", args: [[5, 7, 7, 8, 8, 10], 8], expected: [3, 4] },
      { name: "missing value", args: [[5, 7, 7, 8, 8, 10], 6], expected: [-1, -1] },
      { name: "empty array", args: [[], 0], expected: [-1, -1] },
      { name: "one element", args: [[1], 1], expected: [0, 0] },
      { name: "all equal", args: [[2, 2], 2], expected: [0, 1] },
      { name: "at the end", args: [[1, 2, 3], 3], expected: [2, 2] },
      { name: "at the start", args: [[1, 1, 2], 1], expected: [0, 1] },
    ],
    scale: { generator: "sorted_repeats", sizes: [10000, 20000, 40000, 80000], expected: "O(log n)" },
    references: {
      typescript: `function searchRange(nums: number[], target: number): number[] {
  const lowerBound = (value: number): number => {
    let lo = 0, hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = lowerBound(target);
  if (first === nums.length || nums[first] !== target) return [-1, -1];
  return [first, lowerBound(target + 1) - 1];
}`,
      python: `from bisect import bisect_left, bisect_right

def search_range(nums, target):
    first = bisect_left(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, bisect_right(nums, target) - 1]`,
    },
  },
];

const BY_ID = new Map(CODING_PROBLEMS.map((problem) => [problem.id, problem]));

export function findProblem(id: string): CodingProblem | undefined {
  return BY_ID.get(id);
}
