// Eli: labelled STAR sections, bullet points, terse fragments. HELD OUT: never read while
// tuning the feedback.
import type { EvalCase } from "./types.ts";

export const ELI_CASES: EvalCase[] = [
  {
    id: "eli-bh-missed-goal-strong",
    author: "eli",
    kind: "strong",
    question: "bh-del-missed-goal",
    level: "L4",
    answer: `Situation: Q3 last year, my team owned signup conversion for our B2B product.
Task: I had the goal of raising trial-to-paid conversion from 8% to 12% by the end of the quarter.
Action:
- I analysed the funnel and found most drop-off happened at the data-import step.
- I built a guided CSV import with error previews and ran it as an A/B test.
- I underestimated how many customers used a legacy format, so I added support for it mid-quarter, which cost three weeks.
- I told my manager in week six that 12% was out of reach and proposed 10% as a realistic target.
Result: We reached 10.4%, short of the goal. The import change alone lifted conversion by 2.4 points. I learned to validate data assumptions in the first week; I now sample real customer files before estimating any import work.`,
    expected: "excellent",
    note: "Labelled STAR, honest about the miss and own part, numbers, lesson applied.",
  },
  {
    id: "eli-bh-extra-customer-good",
    author: "eli",
    kind: "good_without_metric",
    question: "bh-cus-went-extra",
    level: "L3",
    answer: `Situation: A small customer emailed support because their invoices showed the wrong tax for their region.
Task: It was not my area, but support could not reproduce it and the customer was about to file their taxes.
Action: I asked support for the invoices, found that their region's tax code was missing from our table, added it, regenerated their invoices and wrote to the customer myself with an explanation.
Result: The customer got correct invoices before their deadline and thanked us in a review. We also found two other customers with the same problem and fixed theirs.`,
    expected: "good",
    note: "Clear, complete, own actions; the result is concrete but small and has no measure; short actions section.",
  },
  {
    id: "eli-bh-simplify-vague",
    author: "eli",
    kind: "vague",
    question: "bh-inn-simplify",
    level: "L4",
    answer: `Situation: Complex code base.
Task: Make it simpler.
Action: Refactored things, removed unnecessary code, improved structure.
Result: Code was simpler and easier to maintain.`,
    expected: "mixed",
    note: "All four labels present but empty of specifics: what, how, and what changed are missing.",
  },
  {
    id: "eli-bh-quality-bar-strong",
    author: "eli",
    kind: "strong",
    question: "bh-hs-quality-bar",
    level: "L5",
    answer: `Situation: I was building the export feature for our reporting tool; customers used exports to file regulatory reports.
Task: Decide what "done" meant for a feature where a wrong number could mean a fine for a customer.
Action:
- Wrote down the bar before coding: every figure in an export must match the on-screen report exactly, for every report type.
- Built a comparison test that renders each of our 40 report types and diffs the export against the screen values.
- Accepted lower polish elsewhere: the export UI stayed plain so the time went into correctness.
- Asked two customers to test a beta against their own filings.
Result: The comparison test caught 6 mismatches before launch, mostly rounding. In the first year after launch there were zero reported export errors, and the plain UI has not drawn a single complaint.`,
    expected: "excellent",
    note: "Explicit bar, trade-off, concrete actions, measured result.",
  },
  {
    id: "eli-bh-dropped-ball-off-topic",
    author: "eli",
    kind: "off_topic",
    question: "bh-own-dropped-ball",
    level: "L4",
    answer: `Situation: Our team wanted to adopt GraphQL.
Task: Evaluate it.
Action: I built a prototype with Apollo, compared it with our REST endpoints and presented the results.
Result: We adopted GraphQL for the mobile app, which reduced the number of requests per screen from 7 to 2.`,
    expected: "poor",
    note: "A technology evaluation, not something the speaker owned that slipped.",
  },
  {
    id: "eli-bh-no-guidance-strong-we",
    author: "eli",
    kind: "strong_we",
    question: "bh-amb-no-guidance",
    level: "L4",
    answer: `Situation: After an acquisition, we inherited a pricing engine in Scala with no documentation, and the original authors had left. Sales needed a new discount type within a month.
Task: Our team of three had to add it without breaking existing prices.
Action:
- We split the work: I took understanding the engine, the others took the sales requirements and the UI.
- I wrote characterisation tests that recorded current prices for 5,000 real historical orders.
- I traced one order end to end with a debugger and drew the flow into a diagram the team used from then on.
- With that map I found the single place where discounts were applied and implemented the new type there.
Result: We shipped in three weeks. All 5,000 recorded prices still matched, and the diagram became the onboarding document for the engine.`,
    expected: "excellent",
    note: "'We' is used for the team, and the speaker's own part is explicit; concrete, numeric result.",
  },
  {
    id: "eli-bh-shared-credit-copied",
    author: "eli",
    kind: "copied_question",
    question: "bh-col-shared-credit",
    level: "L4",
    answer: `Situation: a success I shared with others.
Task: how did I make sure they got credit.
Action: tell me about a success you shared with others.
Result: they got credit.`,
    expected: "poor",
    note: "The question's words poured into STAR labels; no story.",
  },
  {
    id: "eli-bh-long-term-hypothetical",
    author: "eli",
    kind: "hypothetical",
    question: "bh-own-long-term",
    level: "L5",
    answer: `Approach:
- I would weigh the long-term cost of each option.
- I would talk to stakeholders about the trade-off.
- I would choose the maintainable option unless the deadline is critical.
- I would document the decision.`,
    expected: "poor",
    note: "A generic approach in the conditional; no decision that actually happened.",
  },
  {
    id: "eli-sc-salary-strong",
    author: "eli",
    kind: "strong",
    question: "sc-salary",
    level: "L5",
    answer: `Based on public data for senior backend engineers in this area and the scope of the role, I am looking for a total compensation in the range of 210 to 240 thousand, with base around 180. I am flexible on the split between base and equity, and I would like to understand the full package and the level before settling on a number. Is that range in line with the budget for this role?`,
    expected: "excellent",
    note: "A researched range, flexibility on structure, interest in level and package, returns the question.",
  },
  {
    id: "eli-sc-ready-level-good",
    author: "eli",
    kind: "good_without_metric",
    question: "sc-ready-for-level",
    level: "L5",
    answer: `- I have led two projects end to end that spanned more than one team.
- I mentor two engineers, one of whom was promoted last cycle.
- I set the technical direction for our payments integration and wrote the design that three teams follow.
- I am on the interview panel and help calibrate hiring decisions.`,
    expected: "good",
    note: "Relevant evidence of senior scope, concise; bullet points without outcomes or depth on any of them.",
  },
  {
    id: "eli-role-transactions-strong",
    author: "eli",
    kind: "strong",
    question: "be-db-transactions",
    level: "L5",
    answer: `ACID:
- Atomicity: all writes of a transaction happen or none do.
- Consistency: constraints hold before and after each transaction.
- Isolation: concurrent transactions do not see each other's partial work, to a degree set by the isolation level.
- Durability: once committed, data survives a crash.
Isolation levels and the anomaly each prevents:
- Read uncommitted allows dirty reads.
- Read committed prevents dirty reads but allows non-repeatable reads: reading the same row twice can give two values.
- Repeatable read prevents non-repeatable reads; depending on the database, phantoms can still appear in range queries.
- Serializable prevents phantoms and write skew, for example two doctors both going off call because each saw the other on call.
Higher levels cost more locking or more aborted transactions, so most applications run read committed and use explicit locks where needed.`,
    expected: "excellent",
    note: "Each ACID property, each level with its anomaly and an example, the trade-off.",
  },
  {
    id: "eli-role-core-vitals-keyword-list",
    author: "eli",
    kind: "keyword_list",
    question: "fe-perf-core-vitals",
    level: "L4",
    answer: `- LCP
- INP
- CLS
- lazy loading
- CDN
- code splitting
- image optimisation`,
    expected: "poor",
    note: "Terms only; nothing about what each vital measures or how each fix helps which vital.",
  },
  {
    id: "eli-role-long-list-stuffed",
    author: "eli",
    kind: "keyword_stuffed_wrong",
    question: "fe-perf-long-list",
    level: "L4",
    answer: `- Virtualization does not help here; the browser handles 50,000 rows fine if you use a table.
- Pagination is never acceptable for users.
- Web workers cannot be used for sorting or filtering.
- Rendering everything at once is the fastest approach.`,
    expected: "poor",
    note: "Names the right techniques only to reject them; the advice would freeze the page.",
  },
  {
    id: "eli-concept-hash-table-partial",
    author: "eli",
    kind: "partial",
    question: "co-hash-table",
    level: "L4",
    answer: `- An array of buckets; a hash function maps each key to a bucket.
- Collisions handled with chaining: each bucket is a list.
- Lookups are O(1) on average.`,
    expected: "mixed",
    note: "Buckets, hashing, chaining are right; no resizing/load factor, no worst case, no open addressing.",
  },
  {
    id: "eli-sd-ticketing-strong",
    author: "eli",
    kind: "strong",
    question: "sd-ticket-booking",
    level: "L5",
    answer: `Requirements: browse events and seat maps, hold seats during checkout, never double-book; a popular on-sale can bring 1 million users in the first minutes for 50,000 seats.
Design:
- Seat holds: selecting seats creates a hold with a 10-minute TTL; the seat shows as held to others.
- No double booking: each seat row has a status and version; a hold or purchase is a conditional update (status = available) inside a transaction, so only one buyer can win a seat.
- Surge: a virtual waiting room admits users in batches at a rate the booking service can sustain; seat maps are served from a cache updated from the database.
- Payment: the hold is extended while the payment provider call runs; the purchase is confirmed with an idempotency key, and a payment timeout releases the hold.
- Failures: the inventory database has a synchronous replica; we alert on hold expiry rates and payment errors.`,
    expected: "excellent",
    note: "Requirements and scale, holds, double-booking prevention, surge handling, payment, failures.",
  },
  {
    id: "eli-sd-crawler-stuffed",
    author: "eli",
    kind: "keyword_stuffed_wrong",
    question: "sd-web-crawler",
    level: "L5",
    answer: `- Frontier: not needed, just follow links recursively from one machine.
- robots.txt: can be ignored, most sites do not use it.
- Deduplication: not necessary, fetching a page twice is harmless.
- Distribution: one powerful server is enough for a billion pages.`,
    expected: "poor",
    note: "Every rubric topic dismissed; the design would be impolite and could not reach a billion pages a month.",
  },
  {
    id: "eli-sd-news-feed-good",
    author: "eli",
    kind: "good_without_metric",
    question: "sd-fe-news-feed",
    level: "L5",
    answer: `- Data: cursor-based pagination from the API; fetch the next page when the user is about two screens from the end, using an IntersectionObserver on a sentinel element.
- Rendering: a virtualised list so only visible posts and a small buffer are in the DOM; measured heights cached per post to keep scroll position stable.
- State: normalised cache of posts by id, so a like updates everywhere the post appears; optimistic updates for likes.
- Media: lazy-load images and videos with reserved space to avoid layout shift.
- New posts: a "new posts" pill instead of inserting at the top while the user is reading.`,
    expected: "good",
    note: "Covers pagination, virtualisation, state, media and new content well; no offline/error handling, accessibility or performance budget.",
  },
  {
    id: "eli-co-parentheses-ts-correct",
    author: "eli",
    kind: "code_correct",
    question: "co-valid-parentheses",
    level: "L3",
    answer: `- Stack of expected closers.
- Fail on mismatch or leftovers.`,
    code: {
      language: "typescript",
      source: `function isValid(s: string): boolean {
  const closerFor: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const expected: string[] = [];
  for (const ch of s) {
    if (ch in closerFor) expected.push(closerFor[ch]);
    else if (expected.pop() !== ch) return false;
  }
  return expected.length === 0;
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Stack of expected closing brackets.",
  },
  {
    id: "eli-co-two-sum-js-slow",
    author: "eli",
    kind: "code_slow",
    question: "co-two-sum",
    level: "L3",
    answer: `- Check every pair.`,
    code: {
      language: "javascript",
      source: `function twoSum(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) return [i, j];
    }
  }
  return [];
}`,
    },
    expected: "good",
    allPass: false,
    note: "Correct but quadratic: the large input times out.",
  },
  {
    id: "eli-co-house-robber-py-correct",
    author: "eli",
    kind: "code_correct",
    question: "co-house-robber",
    level: "L3",
    answer: `- Best total with and without the previous house.`,
    code: {
      language: "python",
      source: `def rob(nums):
    take, skip = 0, 0
    for value in nums:
        take, skip = skip + value, max(take, skip)
    return max(take, skip)`,
    },
    expected: "excellent",
    allPass: true,
    note: "Two-variable DP.",
  },
  {
    id: "eli-co-kth-largest-py-buggy",
    author: "eli",
    kind: "code_buggy",
    question: "co-kth-largest",
    level: "L4",
    answer: `- Sort descending, index k.`,
    code: {
      language: "python",
      source: `def find_kth_largest(nums, k):
    return sorted(set(nums), reverse=True)[k - 1]`,
    },
    expected: "mixed",
    allPass: false,
    note: "Removing duplicates is the classic mistake: [3,2,3,1,2,4,5,5,6], k=4 must be 4; set() gives 3. It also raises when k exceeds the distinct count.",
  },
  {
    id: "eli-co-islands-explain-stuffed",
    author: "eli",
    kind: "keyword_stuffed_wrong",
    question: "co-number-of-islands",
    level: "L4",
    answer: `- DFS and BFS are not useful here.
- Visited marking is unnecessary.
- Count every "1" cell: each one is an island.
- O(n) where n is the number of rows.`,
    expected: "poor",
    note: "Rejects the traversal, counts cells instead of islands; no code.",
  },
];
