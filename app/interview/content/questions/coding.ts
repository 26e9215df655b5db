// Coding questions. The ones with a runnable problem (content/coding/problems.ts) are
// answered with code that runs against tests; the rest are concepts explained in words.
import type { Question } from "../../types.ts";
import { ALL_ROLES, defineQuestions } from "./define.ts";

const EDGE_CASES = "edge cases :: empty|null|single element|one element|duplicate*|negative*|edge case*|overflow|zero";

const ALL_CODING = defineQuestions(
  "coding",
  { stages: ["online-assessment", "phone-screen", "coding"], roles: ALL_ROLES, levels: ["L3", "L7"] },
  [
    // Arrays, strings and hashing
    [
      "co-two-sum",
      "arrays-hashing",
      "Given an array of integers and a target, return the indices of two numbers that add up to the target. Explain your approach and its complexity.",
      [
        "the brute-force baseline :: brute force|nested loop*|every pair|o(n^2)|n squared",
        "a hash map of seen values to indices :: hash map|hashmap|dictionary|map|hash table|set",
        "a single pass checking the complement :: complement|target minus|one pass|single pass",
        "linear time and space :: o(n)|linear",
        EDGE_CASES,
      ],
    ],
    [
      "co-group-anagrams",
      "arrays-hashing",
      "Group a list of words into anagram groups. How would you do it?",
      [
        "a canonical key per word :: sorted|sort the letters|key|signature|canonical",
        "letter counts as a faster key :: count*|26|frequency|character count*",
        "a map from key to group :: hash map|map|dictionary|group*",
        "the complexity :: o(n|k log k|complexity",
      ],
    ],
    [
      "co-longest-unique-substring",
      "arrays-hashing",
      "Find the length of the longest substring without repeating characters.",
      [
        "a sliding window with two pointers :: sliding window|two pointers|window|left and right",
        "tracking characters in the window :: set|hash map|last seen|last index|map",
        "moving the left edge past a repeat :: move the left|shrink|jump|advance",
        "linear time :: o(n)|linear",
      ],
    ],
    [
      "co-top-k-frequent",
      "arrays-hashing",
      "Return the k most frequent elements in an array.",
      [
        "counting with a hash map :: count*|hash map|frequency|map",
        "a heap of size k :: heap|priority queue|min-heap",
        "bucket sort by frequency for linear time :: bucket*|bucket sort|o(n)",
        "the complexity of each option :: n log k|o(n log|complexity",
      ],
    ],
    [
      "co-product-except-self",
      "arrays-hashing",
      "Return an array where each element is the product of all other elements, without using division.",
      [
        "prefix products :: prefix|left product*",
        "suffix products :: suffix|right product*",
        "combining them in O(1) extra space :: o(1)|constant space|output array|in place",
        "zeros and why division fails :: zero*|division",
      ],
    ],
    [
      "co-merge-intervals",
      "arrays-hashing",
      "Merge all overlapping intervals in a list.",
      [
        "sorting by start :: sort*|start",
        "merging when the next start is within the current end :: overlap*|end|merge|extend",
        "n log n time from the sort :: n log n|o(n log n)",
        "edge cases: touching and contained intervals :: touching|contained|nested|empty|single",
      ],
    ],
    [
      "co-subarray-sum-k",
      "arrays-hashing",
      "Count the contiguous subarrays whose sum equals k.",
      [
        "prefix sums :: prefix sum*|running sum|cumulative",
        "a hash map of prefix sum counts :: hash map|map|count*|frequency",
        "why a sliding window fails with negative numbers :: negative*|sliding window",
        "linear time :: o(n)|linear",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-three-sum",
      "arrays-hashing",
      "Find all unique triplets in an array that sum to zero.",
      [
        "sorting first :: sort*",
        "fixing one number and two pointers for the rest :: two pointers|left and right|fix one",
        "skipping duplicates :: skip*|duplicate*|unique",
        "quadratic time :: o(n^2)|quadratic|n squared",
      ],
    ],
    // Linked lists, stacks and queues
    [
      "co-linked-list-cycle",
      "linked-lists-stacks",
      "How do you detect a cycle in a linked list, and find where it starts?",
      [
        "fast and slow pointers :: fast and slow|two pointers|tortoise|hare|floyd",
        "a hash set alternative and its space cost :: hash set|visited|set|extra space",
        "finding the start of the cycle :: start of the cycle|reset|head|meet again|entry",
        "O(n) time and O(1) space :: o(n)|o(1)|constant space",
      ],
    ],
    [
      "co-reverse-list",
      "linked-lists-stacks",
      "Reverse a singly linked list iteratively and recursively.",
      [
        "three pointers in the iterative version :: prev|previous|current|next pointer*|three pointers",
        "the recursive version :: recurs*",
        "stack depth of recursion :: stack|depth|o(n) space|stack overflow",
        "edge cases: empty and single node :: empty|single node|one node|null",
      ],
    ],
    [
      "co-valid-parentheses",
      "linked-lists-stacks",
      "Check whether a string of brackets is balanced.",
      [
        "a stack of open brackets :: stack|push|pop",
        "matching closing to opening :: match*|pair*|map",
        "an empty stack at the end :: empty at the end|stack is empty|leftover",
        "early failure cases :: closing first|empty stack|mismatch",
      ],
    ],
    [
      "co-min-stack",
      "linked-lists-stacks",
      "Design a stack that returns its minimum element in constant time.",
      [
        "a second stack or paired values :: second stack|auxiliary|pair*|min stack",
        "updating the minimum on push and pop :: push|pop|update",
        "constant time for every operation :: o(1)|constant",
        "handling duplicates of the minimum :: duplicate*|equal|less than or equal",
      ],
    ],
    [
      "co-lru-cache",
      "linked-lists-stacks",
      "Implement an LRU cache with O(1) get and put.",
      [
        "a hash map from key to node :: hash map|map|dictionary",
        "a doubly linked list ordered by recency :: doubly linked list|linked list|recency|order",
        "moving a node to the front on access :: move to front|move to the head|most recent",
        "evicting from the tail at capacity :: evict*|tail|capacity|least recently",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-merge-k-lists",
      "linked-lists-stacks",
      "Merge k sorted linked lists into one sorted list.",
      [
        "a min-heap of the current heads :: heap|priority queue|min-heap",
        "n log k complexity :: n log k|log k",
        "divide-and-conquer pairwise merging :: divide and conquer|pairwise|merge two",
        "empty lists :: empty|null",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-sliding-window-max",
      "linked-lists-stacks",
      "Return the maximum of every window of size k in an array.",
      [
        "a deque of indices :: deque|double-ended queue|monotonic",
        "keeping the deque decreasing :: decreasing|remove smaller|pop from the back",
        "dropping indices that leave the window :: out of the window|front|expire*|leave",
        "linear time :: o(n)|linear|amortiz*",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-queue-two-stacks",
      "linked-lists-stacks",
      "Implement a queue using two stacks.",
      [
        "an input stack and an output stack :: two stacks|input stack|output stack|in stack|out stack",
        "moving elements only when the output stack is empty :: only when|empty|transfer|move",
        "amortised constant time :: amortiz*|o(1)",
      ],
    ],
    // Trees and graphs
    [
      "co-validate-bst",
      "trees-graphs",
      "Check whether a binary tree is a valid binary search tree.",
      [
        "passing min and max bounds down :: bound*|min and max|range|lower|upper",
        "or an in-order traversal that must increase :: in-order|inorder|increasing|sorted",
        "why checking only children is wrong :: only children|immediate|subtree|grandchild",
        "O(n) time :: o(n)|linear",
      ],
    ],
    [
      "co-lca",
      "trees-graphs",
      "Find the lowest common ancestor of two nodes in a binary tree.",
      [
        "recursing into both subtrees :: recurs*|left and right|both subtrees",
        "returning the node where the results split :: split|both non-null|found in both",
        "the simpler case for a binary search tree :: binary search tree|bst|values",
        "O(n) time and recursion depth :: o(n)|height|depth",
      ],
    ],
    [
      "co-level-order",
      "trees-graphs",
      "Return the values of a binary tree level by level.",
      [
        "breadth-first search with a queue :: bfs|breadth-first|breadth first|queue",
        "processing one level at a time :: level size|queue size|one level|each level",
        "O(n) time and width-sized space :: o(n)|width|space",
      ],
    ],
    [
      "co-number-of-islands",
      "trees-graphs",
      "Count the islands in a grid of land and water.",
      [
        "DFS or BFS from each unvisited land cell :: dfs|bfs|depth-first|breadth-first|flood fill",
        "marking visited cells :: visited|mark*|sink",
        "four-directional neighbours and bounds :: neighbo*|four directions|bounds|up down left right",
        "O(rows × cols) time :: o(m|rows|cells|o(n)",
        "union-find as an alternative :: union-find|union find|disjoint set",
      ],
    ],
    [
      "co-course-schedule",
      "trees-graphs",
      "Given courses and prerequisites, can all courses be finished? Return an order if so.",
      [
        "modelling as a directed graph :: directed graph|graph|edges|adjacency",
        "topological sort with in-degrees :: topological|kahn|in-degree|indegree",
        "cycle detection with DFS colours :: cycle|dfs|visiting|colou*|three states",
        "O(V + E) time :: v + e|o(v|vertices and edges",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-word-ladder",
      "trees-graphs",
      "Find the shortest transformation from one word to another, changing one letter at a time using a dictionary.",
      [
        "BFS for shortest path in an unweighted graph :: bfs|breadth-first|shortest path|unweighted",
        "generating neighbours by changing one letter :: neighbo*|one letter|wildcard|pattern",
        "a visited set :: visited|seen",
        "bidirectional BFS as an optimisation :: bidirectional|both ends",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-dijkstra",
      "trees-graphs",
      "How do you find the shortest path in a graph with positive edge weights?",
      [
        "Dijkstra's algorithm :: dijkstra",
        "a priority queue of tentative distances :: priority queue|min-heap|heap|distance",
        "relaxing edges :: relax*|update the distance|shorter",
        "why negative weights break it :: negative|bellman-ford",
        "the complexity :: e log v|log v|complexity",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-serialize-tree",
      "trees-graphs",
      "Serialise a binary tree to a string and back.",
      [
        "a traversal order :: preorder|pre-order|level order|bfs|dfs",
        "markers for null children :: null marker|null|sentinel|placeholder",
        "reconstructing with the same order :: reconstruct*|deserializ*|rebuild|same order",
        "O(n) time and space :: o(n)|linear",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-clone-graph",
      "trees-graphs",
      "Deep-copy an undirected graph.",
      [
        "a map from original to copy :: map|hash map|dictionary|visited",
        "DFS or BFS over the graph :: dfs|bfs|traverse|travers*",
        "handling cycles :: cycle*|already copied|visited",
        "O(V + E) :: v + e|o(v|linear",
      ],
    ],
    [
      "co-union-find",
      "trees-graphs",
      "Count the connected components in a graph given as an edge list.",
      [
        "union-find with parent pointers :: union-find|union find|disjoint set|parent",
        "path compression and union by rank :: path compression|union by rank|union by size",
        "or DFS/BFS from each unvisited node :: dfs|bfs|visited",
        "near-linear complexity :: inverse ackermann|near-linear|nearly constant|alpha",
      ],
      { levels: ["L4", "L7"] },
    ],
    // Dynamic programming
    [
      "co-climbing-stairs",
      "dynamic-programming",
      "How many ways are there to climb n stairs taking one or two steps at a time?",
      [
        "the recurrence :: recurrence|n-1|n - 1|fibonacci",
        "memoisation or a bottom-up table :: memoiz*|bottom-up|table|cache",
        "constant space with two variables :: two variables|o(1)|constant space",
        "why naive recursion is exponential :: exponential|2^n|recompute*",
      ],
    ],
    [
      "co-coin-change",
      "dynamic-programming",
      "Find the minimum number of coins needed to make an amount.",
      [
        "the subproblem: best count for each smaller amount :: subproblem|each amount|smaller amount",
        "a bottom-up table over amounts :: bottom-up|table|array of size|dp",
        "why greedy fails :: greedy",
        "O(amount × coins) time :: amount times|times the number of coins|o(amount|complexity",
        "the impossible case :: impossible|minus one|infinity|cannot",
      ],
    ],
    [
      "co-lis",
      "dynamic-programming",
      "Find the length of the longest increasing subsequence.",
      [
        "the O(n^2) DP :: o(n^2)|quadratic|for each i|dp",
        "patience sorting with binary search :: binary search|patience|tails",
        "n log n complexity :: n log n",
        "subsequence versus subarray :: subsequence|not contiguous|subarray",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-edit-distance",
      "dynamic-programming",
      "Compute the edit distance between two strings.",
      [
        "a 2D table over prefixes :: 2d|table|grid|prefix*|matrix",
        "insert, delete and replace transitions :: insert*|delete*|replace*|substitut*",
        "base cases for empty prefixes :: base case*|empty|first row|first column",
        "O(m × n) time and space reduction to one row :: o(mn)|o(m|one row|two rows|space",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-house-robber",
      "dynamic-programming",
      "Maximise the sum of non-adjacent elements in an array.",
      [
        "the choice at each element: take or skip :: take|skip|rob|include|exclude",
        "the recurrence :: recurrence|max(|i-2|i - 2",
        "constant space :: o(1)|two variables|constant",
        EDGE_CASES,
      ],
    ],
    [
      "co-lcs",
      "dynamic-programming",
      "Find the longest common subsequence of two strings.",
      [
        "a 2D table over prefixes :: 2d|table|grid|matrix|prefix*",
        "the match and no-match transitions :: match*|equal|diagonal|max of",
        "reconstructing the subsequence :: reconstruct*|backtrack*|trace back",
        "O(m × n) complexity :: o(mn)|o(m|m times n",
      ],
    ],
    [
      "co-word-break",
      "dynamic-programming",
      "Decide whether a string can be split into words from a dictionary.",
      [
        "a boolean table over prefixes :: dp|table|prefix*|boolean",
        "checking each split point :: split|each j|substring",
        "a set for fast dictionary lookups :: set|hash set|trie",
        "memoisation instead of exponential recursion :: memoiz*|exponential|cache",
      ],
      { levels: ["L4", "L7"] },
    ],
    // Searching and sorting
    [
      "co-rotated-search",
      "searching-sorting",
      "Search for a value in a sorted array that has been rotated.",
      [
        "modified binary search :: binary search",
        "finding which half is sorted :: sorted half|which half|left half|right half",
        "deciding which half contains the target :: contains the target|range|between",
        "O(log n) :: log n|logarithmic",
      ],
    ],
    [
      "co-kth-largest",
      "searching-sorting",
      "Find the kth largest element in an unsorted array.",
      [
        "a min-heap of size k :: heap|min-heap|priority queue",
        "quickselect with average linear time :: quickselect|partition|average o(n)",
        "worst cases and random pivots :: worst case|random pivot|o(n^2)",
        "sorting as the simple baseline :: sort*|n log n",
      ],
    ],
    [
      "co-binary-search-bounds",
      "searching-sorting",
      "Find the first and last position of a value in a sorted array.",
      [
        "binary search for the left boundary :: lower bound|left boundary|first occurrence|leftmost",
        "binary search for the right boundary :: upper bound|right boundary|last occurrence|rightmost",
        "avoiding off-by-one and overflow :: off-by-one|off by one|mid|overflow|lo + (hi - lo)",
        "O(log n) :: log n|logarithmic",
      ],
    ],
    [
      "co-external-sort",
      "searching-sorting",
      "How would you sort a 100 GB file on a machine with 8 GB of memory?",
      [
        "sorting chunks that fit in memory :: chunk*|fit in memory|runs",
        "writing sorted runs to disk :: disk|temporary file*|runs",
        "a k-way merge with a heap :: k-way|merge|heap|priority queue",
        "I/O as the bottleneck :: i/o|disk|sequential|buffer*",
      ],
      { levels: ["L4", "L7"] },
    ],
    [
      "co-sort-compare",
      "searching-sorting",
      "Compare quicksort, mergesort and heapsort. When would you choose each?",
      [
        "average and worst-case complexity :: n log n|worst case|o(n^2)|average",
        "stability :: stable|stability",
        "memory use :: in place|in-place|extra memory|o(n) space|auxiliary",
        "practical choices like Timsort or introsort :: timsort|introsort|standard library|built-in",
      ],
    ],
    [
      "co-median-stream",
      "searching-sorting",
      "Maintain the median of a stream of numbers.",
      [
        "two heaps: a max-heap and a min-heap :: two heaps|max-heap|min-heap|heap*",
        "rebalancing so sizes differ by at most one :: rebalanc*|sizes|differ by|balance",
        "reading the median from the tops :: top*|peek|median",
        "log n insert and constant median :: log n|o(1)",
      ],
      { levels: ["L4", "L7"] },
    ],
    // Complexity analysis
    [
      "co-amortised",
      "complexity",
      "Why is appending to a dynamic array O(1) amortised, even though it sometimes copies everything?",
      [
        "doubling capacity when full :: doubl*|capacity|resize|grow",
        "copying cost spread over many appends :: amortiz*|spread|average|total cost",
        "the geometric series argument :: geometric|2n|sum|series",
        "why growing by a constant is worse :: constant|o(n^2)|quadratic|fixed amount",
      ],
    ],
    [
      "co-hash-table",
      "complexity",
      "How does a hash table work, and when do its operations degrade to O(n)?",
      [
        "hashing keys to buckets :: hash function|bucket*|index|array",
        "collision handling :: collision*|chaining|open addressing|probing",
        "resizing by load factor :: load factor|resiz*|rehash*",
        "worst cases from bad hashes or attacks :: worst case|bad hash|same bucket|attack|o(n)",
      ],
    ],
    [
      "co-recursion-complexity",
      "complexity",
      "How do you work out the time and space complexity of a recursive function?",
      [
        "the recursion tree or recurrence :: recursion tree|recurrence|calls",
        "the master theorem for divide and conquer :: master theorem|divide and conquer|t(n)",
        "stack space from recursion depth :: stack|depth|call stack",
        "an example :: example|fibonacci|merge sort|binary search",
      ],
    ],
    // Concurrency
    [
      "co-producer-consumer",
      "concurrency",
      "Implement a bounded producer-consumer queue shared by several threads.",
      [
        "a lock protecting the buffer :: lock|mutex|synchroniz*",
        "condition variables or semaphores to wait when full or empty :: condition variable*|semaphore*|wait|notify|signal",
        "re-checking the condition in a loop :: while loop|spurious|re-check|loop",
        "a bounded capacity for backpressure :: bounded|capacity|backpressure|full",
      ],
      { stages: ["phone-screen", "coding"], levels: ["L4", "L7"] },
    ],
    [
      "co-deadlock",
      "concurrency",
      "What causes deadlock, and how do you prevent it?",
      [
        "the four conditions :: mutual exclusion|hold and wait|no preemption|circular wait",
        "lock ordering :: lock order*|same order|global order",
        "timeouts and try-lock :: timeout*|try-lock|trylock|back off",
        "reducing shared locks :: fewer locks|lock-free|immutable|message passing|avoid",
      ],
      { stages: ["phone-screen", "coding"] },
    ],
    [
      "co-race-counter",
      "concurrency",
      "Two threads increment a shared counter a million times each and the result is less than two million. Why, and how do you fix it?",
      [
        "read-modify-write is not atomic :: read-modify-write|not atomic|interleav*|race",
        "a mutex or lock :: mutex|lock|synchroniz*",
        "atomic operations :: atomic*|compare and swap|cas|fetch_add",
        "per-thread counters combined at the end :: per-thread|local counter*|combine|sum at the end",
      ],
      { stages: ["phone-screen", "coding"] },
    ],
    // JavaScript coding
    [
      "co-js-debounce",
      "javascript-coding",
      "Implement debounce in JavaScript and explain where you would use it.",
      [
        "a timer reset on each call :: settimeout|cleartimeout|reset|timer",
        "calling with the latest arguments and this :: arguments|args|this|apply|latest",
        "a use such as search-as-you-type or resize :: search|typing|resize|input",
        "leading or trailing options and cancel :: leading|trailing|cancel|flush",
      ],
      { roles: ["frontend", "full-stack"] },
    ],
    [
      "co-js-throttle",
      "javascript-coding",
      "Implement throttle in JavaScript. How does it differ from debounce?",
      [
        "at most one call per interval :: at most once|interval|per period|rate",
        "tracking the last call time or a pending timer :: last call|timestamp|date.now|timer|settimeout",
        "the difference from debounce :: debounce|waits until|quiet",
        "a use such as scroll handlers :: scroll|mousemove|resize",
      ],
      { roles: ["frontend", "full-stack"] },
    ],
    [
      "co-js-promise-all",
      "javascript-coding",
      "Implement Promise.all from scratch.",
      [
        "results kept in input order :: order|index|results array",
        "rejecting on the first failure :: reject*|first failure|first error",
        "counting completions :: count*|remaining|completed",
        "non-promise values and empty input :: empty|resolve immediately|non-promise|promise.resolve",
      ],
      { roles: ["frontend", "full-stack"] },
    ],
    [
      "co-js-deep-equal",
      "javascript-coding",
      "Write a function that deeply compares two JavaScript values.",
      [
        "primitives and identity first :: primitive*|strict equal*|triple equals|object.is|nan",
        "recursing into arrays and objects :: recurs*|keys|arrays|objects",
        "comparing key sets :: keys|length|same keys",
        "special cases: dates, maps, cycles :: date*|map|set|cycle*|circular",
      ],
      { roles: ["frontend", "full-stack"] },
    ],
    [
      "co-js-event-emitter",
      "javascript-coding",
      "Implement a small event emitter with on, off and emit.",
      [
        "a map from event name to listeners :: map|object|listeners|array",
        "removing listeners safely :: off|remove|filter|splice",
        "emitting with arguments :: emit|arguments|args|call",
        "once and error handling :: once|error|try",
      ],
      { roles: ["frontend", "full-stack"] },
    ],
    [
      "co-js-concurrency-limit",
      "javascript-coding",
      "Run a list of async tasks with at most three running at any time.",
      [
        "a pool of workers pulling from a shared index :: pool|worker*|index|queue",
        "starting the next task when one finishes :: next|finally|then|when one finishes",
        "results in input order :: order|index|results",
        "error handling :: error*|reject*|allsettled|catch",
      ],
      { roles: ["frontend", "full-stack", "backend"], levels: ["L4", "L7"] },
    ],
    // Object-oriented design
    [
      "co-ood-parking-lot",
      "object-oriented-design",
      "Design the classes for a parking lot system.",
      [
        "core classes and responsibilities :: class*|parkinglot|spot|vehicle|ticket|level",
        "spot types and vehicle sizes :: size*|type*|compact|large|motorcycle",
        "finding a free spot efficiently :: free spot|available|find|allocat*",
        "extensibility for pricing or new vehicle types :: extensib*|interface|pricing|strategy|new type*",
      ],
      { stages: ["coding"], levels: ["L3", "L5"] },
    ],
    [
      "co-ood-elevator",
      "object-oriented-design",
      "Design the classes for an elevator system in a building.",
      [
        "elevator, request and controller classes :: elevator|request|controller|class*",
        "elevator states :: state*|idle|moving|up|down",
        "a scheduling strategy :: schedul*|strategy|nearest|scan|algorithm",
        "handling many elevators :: multiple elevators|dispatch*|assign*",
      ],
      { stages: ["coding"], levels: ["L3", "L5"] },
    ],
    [
      "co-ood-vending",
      "object-oriented-design",
      "Design a vending machine in code. How do you model its states?",
      [
        "the state pattern or an explicit state machine :: state pattern|state machine|states|enum",
        "inventory and payment classes :: inventory|product|payment|coin*|balance",
        "invalid transitions :: invalid|not allowed|error|exception",
        "testability :: test*|interface|inject*",
      ],
      { stages: ["coding"], levels: ["L3", "L5"] },
    ],
  ],
);

/** Question ids that have a runnable problem with tests and reference solutions. */
export const RUNNABLE_CODING_IDS: ReadonlySet<string> = new Set([
  "co-two-sum",
  "co-group-anagrams",
  "co-longest-unique-substring",
  "co-top-k-frequent",
  "co-product-except-self",
  "co-merge-intervals",
  "co-subarray-sum-k",
  "co-three-sum",
  "co-valid-parentheses",
  "co-min-stack",
  "co-lru-cache",
  "co-sliding-window-max",
  "co-reverse-list",
  "co-validate-bst",
  "co-level-order",
  "co-number-of-islands",
  "co-course-schedule",
  "co-climbing-stairs",
  "co-coin-change",
  "co-lis",
  "co-edit-distance",
  "co-house-robber",
  "co-word-break",
  "co-rotated-search",
  "co-kth-largest",
  "co-binary-search-bounds",
]);

export const CODING_QUESTIONS: Question[] = ALL_CODING.filter((question) => RUNNABLE_CODING_IDS.has(question.id));

/** Explained in words: design, analysis and concurrency questions with no single function to test. */
export const CONCEPT_QUESTIONS: Question[] = ALL_CODING.filter((question) => !RUNNABLE_CODING_IDS.has(question.id)).map(
  (question) => ({
    ...question,
    kind: "concept",
    stages: ["phone-screen", "technical-deep-dive"],
  }),
);
