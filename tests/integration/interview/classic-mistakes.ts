// The wrong answers interviewers see most, one or more per problem; every one must fail at
// least one of the problem's tests.
import type { CodeLanguage } from "~/interview";

export interface ClassicMistake {
  problem: string;
  language: CodeLanguage;
  mistake: string;
  source: string;
}

export const CLASSIC_MISTAKES: ClassicMistake[] = [
  {
    problem: "co-two-sum",
    language: "javascript",
    mistake: "uses the same element twice",
    source:
      "function twoSum(nums, target) { const at = new Map(nums.map((n, i) => [n, i])); for (let i = 0; i < nums.length; i++) { if (at.has(target - nums[i])) return [i, at.get(target - nums[i])]; } return []; }",
  },
  {
    problem: "co-two-sum",
    language: "python",
    mistake: "quadratic search",
    source:
      "def two_sum(nums, target):\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return [i, j]\n    return []",
  },
  {
    problem: "co-group-anagrams",
    language: "javascript",
    mistake: "keys by the set of letters, not their counts",
    source:
      "function groupAnagrams(words) { const g = new Map(); for (const w of words) { const k = [...new Set(w)].sort().join(''); g.set(k, [...(g.get(k) ?? []), w]); } return [...g.values()]; }",
  },
  {
    problem: "co-longest-unique-substring",
    language: "javascript",
    mistake: "left edge moves backwards",
    source:
      "function lengthOfLongestSubstring(s) { const last = new Map(); let left = 0, best = 0; for (let r = 0; r < s.length; r++) { if (last.has(s[r])) left = last.get(s[r]) + 1; last.set(s[r], r); best = Math.max(best, r - left + 1); } return best; }",
  },
  {
    problem: "co-top-k-frequent",
    language: "python",
    mistake: "returns the k largest values, not the most frequent",
    source: "def top_k_frequent(nums, k):\n    return sorted(set(nums), reverse=True)[:k]",
  },
  {
    problem: "co-product-except-self",
    language: "python",
    mistake: "divides, and breaks on zeros",
    source:
      "def product_except_self(nums):\n    total = 1\n    for n in nums:\n        total *= n\n    return [total // n if n else 0 for n in nums]",
  },
  {
    problem: "co-merge-intervals",
    language: "javascript",
    mistake: "does not sort and does not merge touching intervals",
    source:
      "function merge(intervals) { const out = []; for (const [s, e] of intervals) { const last = out[out.length - 1]; if (last && s < last[1]) last[1] = Math.max(last[1], e); else out.push([s, e]); } return out; }",
  },
  {
    problem: "co-subarray-sum-k",
    language: "javascript",
    mistake: "sliding window, wrong with negative numbers",
    source:
      "function subarraySum(nums, k) { let left = 0, sum = 0, count = 0; for (let r = 0; r < nums.length; r++) { sum += nums[r]; while (sum > k && left <= r) sum -= nums[left++]; if (sum === k) count++; } return count; }",
  },
  {
    problem: "co-three-sum",
    language: "python",
    mistake: "returns duplicate triplets",
    source:
      "def three_sum(nums):\n    a = sorted(nums)\n    out = []\n    for i in range(len(a)):\n        for j in range(i + 1, len(a)):\n            for k in range(j + 1, len(a)):\n                if a[i] + a[j] + a[k] == 0:\n                    out.append([a[i], a[j], a[k]])\n    return out",
  },
  {
    problem: "co-valid-parentheses",
    language: "javascript",
    mistake: "counts brackets instead of matching them",
    source:
      "function isValid(s) { let open = 0; for (const c of s) { if ('([{'.includes(c)) open++; else open--; if (open < 0) return false; } return open === 0; }",
  },
  {
    problem: "co-min-stack",
    language: "javascript",
    mistake: "keeps one minimum and loses it on pop",
    source:
      "class MinStack { constructor() { this.a = []; this.min = Infinity; } push(v) { this.a.push(v); this.min = Math.min(this.min, v); } pop() { this.a.pop(); } top() { return this.a[this.a.length - 1]; } getMin() { return this.min; } }",
  },
  {
    problem: "co-lru-cache",
    language: "python",
    mistake: "evicts the oldest insertion, not the least recently used",
    source:
      "class LRUCache:\n    def __init__(self, capacity):\n        self.capacity = capacity\n        self.order = []\n        self.values = {}\n\n    def get(self, key):\n        return self.values.get(key, -1)\n\n    def put(self, key, value):\n        if key not in self.values:\n            self.order.append(key)\n        self.values[key] = value\n        if len(self.order) > self.capacity:\n            del self.values[self.order.pop(0)]",
  },
  {
    problem: "co-sliding-window-max",
    language: "javascript",
    mistake: "recomputes each window: too slow",
    source:
      "function maxSlidingWindow(nums, k) { const out = []; for (let i = 0; i + k <= nums.length; i++) { let m = -Infinity; for (let j = i; j < i + k; j++) m = Math.max(m, nums[j]); out.push(m); } return out; }",
  },
  {
    problem: "co-reverse-list",
    language: "javascript",
    mistake: "loses the rest of the list",
    source:
      "function reverseList(head) { if (!head || !head.next) return head; const second = head.next; second.next = head; head.next = null; return second; }",
  },
  {
    problem: "co-validate-bst",
    language: "python",
    mistake: "compares only with the parent",
    source:
      "def is_valid_bst(root):\n    if root is None:\n        return True\n    if root.left and root.left.val >= root.val:\n        return False\n    if root.right and root.right.val <= root.val:\n        return False\n    return is_valid_bst(root.left) and is_valid_bst(root.right)",
  },
  {
    problem: "co-level-order",
    language: "javascript",
    mistake: "depth-first order, not level by level",
    source:
      "function levelOrder(root) { const out = []; const walk = (n) => { if (!n) return; out.push([n.val]); walk(n.left); walk(n.right); }; walk(root); return out; }",
  },
  {
    problem: "co-number-of-islands",
    language: "javascript",
    mistake: "counts land cells, not islands",
    source:
      "function numIslands(grid) { let c = 0; for (const row of grid) for (const cell of row) if (cell === '1') c++; return c; }",
  },
  {
    problem: "co-number-of-islands",
    language: "python",
    mistake: "joins diagonal cells",
    source:
      "def num_islands(grid):\n    rows, cols = len(grid), len(grid[0]) if grid else 0\n    seen = set()\n    count = 0\n    for r in range(rows):\n        for c in range(cols):\n            if grid[r][c] == '1' and (r, c) not in seen:\n                count += 1\n                stack = [(r, c)]\n                seen.add((r, c))\n                while stack:\n                    y, x = stack.pop()\n                    for dy in (-1, 0, 1):\n                        for dx in (-1, 0, 1):\n                            ny, nx = y + dy, x + dx\n                            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == '1' and (ny, nx) not in seen:\n                                seen.add((ny, nx))\n                                stack.append((ny, nx))\n    return count",
  },
  {
    problem: "co-course-schedule",
    language: "javascript",
    mistake: "misses cycles that do not pass through course 0",
    source:
      "function canFinish(n, pre) { const seen = new Set(); const next = Array.from({ length: n }, () => []); for (const [a, b] of pre) next[b].push(a); const stack = [0]; while (stack.length) { const c = stack.pop(); if (seen.has(c)) return false; seen.add(c); stack.push(...next[c]); } return true; }",
  },
  {
    problem: "co-climbing-stairs",
    language: "python",
    mistake: "exponential recursion",
    source: "def climb_stairs(n):\n    return n if n <= 2 else climb_stairs(n - 1) + climb_stairs(n - 2)",
  },
  {
    problem: "co-coin-change",
    language: "javascript",
    mistake: "greedy, biggest coin first",
    source:
      "function coinChange(coins, amount) { let n = 0; for (const c of [...coins].sort((a, b) => b - a)) { while (amount >= c) { amount -= c; n++; } } return amount === 0 ? n : -1; }",
  },
  {
    problem: "co-lis",
    language: "javascript",
    mistake: "counts non-decreasing, not strictly increasing",
    source:
      "function lengthOfLIS(nums) { const t = []; for (const n of nums) { let lo = 0, hi = t.length; while (lo < hi) { const m = (lo + hi) >> 1; if (t[m] <= n) lo = m + 1; else hi = m; } t[lo] = n; } return t.length; }",
  },
  {
    problem: "co-edit-distance",
    language: "python",
    mistake: "counts differing positions only",
    source:
      "def min_distance(word1, word2):\n    return sum(1 for a, b in zip(word1, word2) if a != b) + abs(len(word1) - len(word2))",
  },
  {
    problem: "co-house-robber",
    language: "javascript",
    mistake: "takes every other house",
    source:
      "function rob(nums) { let a = 0, b = 0; nums.forEach((v, i) => { if (i % 2) b += v; else a += v; }); return Math.max(a, b); }",
  },
  {
    problem: "co-word-break",
    language: "javascript",
    mistake: "greedy longest match",
    source:
      "function wordBreak(s, words) { let i = 0; while (i < s.length) { const w = [...words].sort((a, b) => b.length - a.length).find((x) => s.startsWith(x, i)); if (!w) return false; i += w.length; } return true; }",
  },
  {
    problem: "co-rotated-search",
    language: "python",
    mistake: "plain binary search, ignoring the rotation",
    source:
      "def search(nums, target):\n    lo, hi = 0, len(nums) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if nums[mid] == target:\n            return mid\n        if nums[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1",
  },
  {
    problem: "co-kth-largest",
    language: "python",
    mistake: "drops duplicates",
    source: "def find_kth_largest(nums, k):\n    return sorted(set(nums), reverse=True)[k - 1]",
  },
  {
    problem: "co-binary-search-bounds",
    language: "javascript",
    mistake: "end is one past the last match",
    source:
      "function searchRange(nums, t) { const lb = (v) => { let lo = 0, hi = nums.length; while (lo < hi) { const m = (lo + hi) >> 1; if (nums[m] < v) lo = m + 1; else hi = m; } return lo; }; const f = lb(t); return f === nums.length || nums[f] !== t ? [-1, -1] : [f, lb(t + 1)]; }",
  },
];
