// Ana: concise, structured, short sentences. Tuning author.
import type { EvalCase } from "./types.ts";

export const ANA_CASES: EvalCase[] = [
  {
    id: "ana-bh-incident-strong",
    author: "ana",
    kind: "strong",
    question: "bh-own-production-incident",
    level: "L4",
    answer: `In March our payments API started returning errors for about a fifth of checkout requests. I was the on-call engineer that week, so the incident was mine from the first page. I opened the dashboards and saw the errors began ten minutes after a config deploy. I rolled the deploy back first, which stopped the errors within four minutes. Then I compared the two configs and found that a connection pool limit had been cut from 50 to 5. I wrote the timeline in our incident channel while it was fresh and ran the blameless review two days later. I added a check to the deploy pipeline that rejects pool sizes below a safe floor, and I added an alert on the error rate per endpoint. We lost about 1,200 checkouts in total. The same class of config mistake has not reached production since, and the new alert fired once on staging and caught a bad value before release.`,
    expected: "excellent",
    note: "Situation, own ownership as on-call (task), ordered actions (mitigate, diagnose, review, prevent), numeric and verifiable result.",
  },
  {
    id: "ana-bh-teammate-good-no-metric",
    author: "ana",
    kind: "good_without_metric",
    question: "bh-con-teammate",
    level: "L4",
    answer: `On my last team, a colleague and I disagreed about how to store user settings. He wanted a JSON column. I wanted a proper table, because we had to query by setting. The argument got tense in a design review. I asked him for a one-on-one the next day. I listened first and learned that his real worry was the migration time before a launch. I proposed a middle path: a table now, with a script I would write to move the data in one evening. He agreed, and we presented it together. The migration went smoothly and we still work well together. I learned to ask what the other person is worried about before I argue for my option.`,
    expected: "good",
    note: "Complete, relevant story with own actions and a qualitative result; no measure of the outcome.",
  },
  {
    id: "ana-bh-deadline-vague",
    author: "ana",
    kind: "vague",
    question: "bh-del-tight-deadline",
    level: "L4",
    answer: `I often work under tight deadlines. I usually start by understanding the priorities. Then I focus on the most important things and communicate with the team. I try to keep stakeholders updated. Sometimes we have to cut scope. In the end we normally deliver on time. I think communication is the key to meeting deadlines.`,
    expected: "mixed",
    note: "On topic but generic habits, no single story, no specific actions or result.",
  },
  {
    id: "ana-bh-mentor-too-short",
    author: "ana",
    kind: "too_short",
    question: "bh-men-onboarding",
    level: "L5",
    answer: `I paired with a new hire for two weeks and she shipped her first feature.`,
    expected: "poor",
    note: "One sentence; too short to judge as a story.",
  },
  {
    id: "ana-bh-fail-off-topic",
    author: "ana",
    kind: "off_topic",
    question: "bh-fail-project",
    level: "L4",
    answer: `I really enjoy working with React and TypeScript. In my current job I build dashboards for the finance team. I like clean code and I write tests for everything. I am also learning Rust in my spare time, and I have a small side project that tracks my running. I think I would be a good fit for a team that values quality.`,
    expected: "poor",
    note: "Does not describe a failed project at all.",
  },
  {
    id: "ana-bh-simplify-copied",
    author: "ana",
    kind: "copied_question",
    question: "bh-inn-simplify",
    level: "L4",
    answer: `Tell me about a time you made something much simpler. A time I made something much simpler.`,
    expected: "poor",
    note: "The question repeated back.",
  },
  {
    id: "ana-bh-lead-project-strong-we",
    author: "ana",
    kind: "strong_we",
    question: "bh-lead-project",
    level: "L5",
    answer: `Last year we moved our search from a self-hosted Elasticsearch cluster to a managed service. It touched four teams and about thirty services, and I was the technical lead. We agreed early that nobody would lose search for more than a minute. My part was the plan and the risky pieces. I wrote the migration design and got sign-off from each team lead. I built the dual-write layer so every change went to both clusters. The other teams moved their own queries, and I reviewed each change and ran a weekly sync to unblock them. We compared results between the clusters for two weeks with a shadow-read job that I wrote. We cut over one team at a time over six weeks. Search latency fell from 180 ms to 60 ms at p95, the hosting bill dropped by 35%, and we had zero minutes of search downtime.`,
    expected: "excellent",
    note: "Team work described with 'we', but the speaker's own part is explicit; strong numeric result.",
  },
  {
    id: "ana-bh-feedback-hypothetical",
    author: "ana",
    kind: "hypothetical",
    question: "bh-fb-upward",
    level: "L4",
    answer: `If I had to give feedback to my manager, I would first ask for a private meeting. I would describe the specific behaviour and its impact, not the person. I would suggest what could be done differently and ask for their view. I would follow up a few weeks later to see if things changed. I believe feedback should be regular and kind.`,
    expected: "poor",
    note: "A hypothetical method, not a time it happened; no story.",
  },
  {
    id: "ana-sc-why-company-good",
    author: "ana",
    kind: "strong",
    question: "sc-why-company",
    level: "L4",
    answer: `Three reasons. First, the product: I use Google Maps every day, and the team's work on routing for cyclists is the kind of problem I want to solve. Second, the engineering culture: I read the public postmortem and SRE material and want to work where reliability is treated as a feature. Third, growth: my last two years were on a small team, and I want to learn from engineers who run systems at a much larger scale. It also fits where I want my career to go, toward backend systems with real users.`,
    expected: "excellent",
    note: "Specific reasons tied to the company's product, culture and the candidate's goals.",
  },
  {
    id: "ana-sc-salary-short",
    author: "ana",
    kind: "too_short",
    question: "sc-salary",
    level: "L4",
    answer: `As much as possible.`,
    expected: "poor",
    note: "Too short and not a usable answer.",
  },
  {
    id: "ana-role-slow-query-strong",
    author: "ana",
    kind: "strong",
    question: "be-db-slow-query",
    level: "L4",
    answer: `First I would confirm it is the query and not the network or a lock, using the slow query log and the database's statistics views. Then I run EXPLAIN ANALYZE on the query to see the actual plan. A jump from 20 ms to 4 seconds usually means the plan changed, for example a sequential scan replaced an index scan because the table grew or the statistics are stale. I check when the change happened and compare it with deploys and data growth. If statistics are stale I run ANALYZE. If an index is missing or not selective, I add a composite index that matches the filter and sort columns, and I create it concurrently so writes are not blocked. I also look for lock contention in pg_stat_activity. Afterwards I compare the plan again and add monitoring on query latency so a regression alerts us.`,
    expected: "excellent",
    note: "Measure first, EXPLAIN, plan change/statistics, indexes, locks, verification.",
  },
  {
    id: "ana-role-cap-stuffed",
    author: "ana",
    kind: "keyword_stuffed_wrong",
    question: "be-ds-cap",
    level: "L4",
    answer: `CAP stands for consistency, availability and partition tolerance. A good distributed database gives you all three at the same time, so you never have to choose. Partitions do not really happen in modern data centres, so partition tolerance is not a concern. Consistency and availability are the same thing in practice. Eventual consistency is just a marketing term.`,
    expected: "poor",
    note: "Uses the terms but every claim is wrong.",
  },
  {
    id: "ana-concept-amortised-partial",
    author: "ana",
    kind: "partial",
    question: "co-amortised",
    level: "L3",
    answer: `A dynamic array has a capacity. When it is full, it allocates a bigger array and copies all the elements, which is O(n) for that append. Most appends do not copy, they just write into the next free slot in O(1).`,
    expected: "mixed",
    note: "Explains the copy but not why the average stays O(1) (doubling, total cost over n appends).",
  },
  {
    id: "ana-role-a11y-good",
    author: "ana",
    kind: "good_without_metric",
    question: "fe-a11y-basics",
    level: "L4",
    answer: `I start with semantic HTML: real buttons, links, headings in order, lists and landmarks like nav and main, because screen readers use them to navigate. Every form field gets a label, and errors are linked to the field with aria-describedby. Everything must work with the keyboard alone, in a sensible tab order, with a visible focus outline. Images get alt text that says what matters, or an empty alt when they are decorative. I only reach for ARIA when HTML has no element for the job. I test with a screen reader such as VoiceOver and with an automated checker like axe.`,
    expected: "excellent",
    note: "Semantics, labels, keyboard, focus, alt text, ARIA restraint, testing.",
  },
  {
    id: "ana-sd-url-strong",
    author: "ana",
    kind: "strong",
    question: "sd-url-shortener",
    level: "L4",
    answer: `I would start with requirements: create a short link, redirect fast, optional custom aliases and expiry. Assume 100 million new links a month and a read-heavy load of about 100 redirects per creation, so roughly 4,000 reads per second at peak. For codes I would use a counter-based unique id encoded in base62; seven characters give over three trillion codes and no collisions. A range of ids is handed to each app server so they do not coordinate on every write. The data model is a key-value table from short code to long URL, owner, created time and expiry. Redirects go through a Redis cache in front of the database, since a small share of links gets most traffic, and I return a 302 so we can count clicks. Click analytics are sent to a queue and aggregated asynchronously, so redirects stay fast. Expired links are removed by a background job. For failures, the database has replicas and the cache can be rebuilt from it, and I would monitor redirect latency and error rates.`,
    expected: "excellent",
    note: "Requirements and estimate, code generation, caching, data model, analytics/expiry, failures.",
  },
  {
    id: "ana-sd-rate-limiter-partial",
    author: "ana",
    kind: "partial",
    question: "sd-rate-limiter",
    level: "L5",
    answer: `I would use a token bucket per API key, because it allows short bursts but enforces an average rate. The buckets live in Redis, and each request runs an atomic script that refills the bucket based on elapsed time and takes a token. If there is no token, the API returns 429 with a Retry-After header.`,
    expected: "mixed",
    note: "Algorithm, shared atomic counters and responses are there; no requirements/scale, no behaviour when Redis is down; short for a design round.",
  },
  {
    id: "ana-sd-chat-stuffed",
    author: "ana",
    kind: "keyword_stuffed_wrong",
    question: "sd-chat",
    level: "L5",
    answer: `WebSockets are not needed for chat; the clients can simply poll the server once a minute. Messages do not need to be stored, because once they are delivered nobody reads them again. Ordering does not matter in a chat. Offline users can just miss their messages, so there is no need for push notifications. Read receipts and delivery acknowledgements are not worth building.`,
    expected: "poor",
    note: "Names every topic of the rubric only to dismiss it; a design that would not work.",
  },
  {
    id: "ana-co-two-sum-ts-correct",
    author: "ana",
    kind: "code_correct",
    question: "co-two-sum",
    level: "L4",
    answer: `One pass with a map from value to index. For each number I look up target minus the number; if it is there I return both indices. O(n) time and O(n) space.`,
    code: {
      language: "typescript",
      source: `function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const other = seen.get(target - nums[i]);
    if (other !== undefined) return [other, i];
    seen.set(nums[i], i);
  }
  return [];
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Standard one-pass hash map solution.",
  },
  {
    id: "ana-co-parentheses-py-buggy",
    author: "ana",
    kind: "code_buggy",
    question: "co-valid-parentheses",
    level: "L3",
    answer: `I use a stack. Push opening brackets and pop when I see a closing one.`,
    code: {
      language: "python",
      source: `def is_valid(s):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif stack and stack[-1] == pairs[ch]:
            stack.pop()
    return True`,
    },
    expected: "poor",
    allPass: false,
    note: "Never fails: ignores mismatches and leftover open brackets, so every unbalanced input is wrongly accepted.",
  },
  {
    id: "ana-co-islands-js-correct",
    author: "ana",
    kind: "code_correct",
    question: "co-number-of-islands",
    level: "L4",
    answer: `Scan the grid; on each unvisited land cell, count an island and flood-fill it with an explicit stack so big grids do not overflow the call stack.`,
    code: {
      language: "javascript",
      source: `function numIslands(grid) {
  const rows = grid.length;
  if (rows === 0) return 0;
  const cols = grid[0].length;
  const seen = grid.map((row) => row.map(() => false));
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== "1" || seen[r][c]) continue;
      count++;
      const stack = [[r, c]];
      seen[r][c] = true;
      while (stack.length > 0) {
        const [y, x] = stack.pop();
        for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const ny = y + dy, nx = x + dx;
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
    },
    expected: "excellent",
    allPass: true,
    note: "Iterative flood fill, linear in the grid size.",
  },
  {
    id: "ana-co-coin-change-explain",
    author: "ana",
    kind: "explanation_only",
    question: "co-coin-change",
    level: "L4",
    answer: `Greedy does not work for arbitrary coins, for example coins 1, 3 and 4 with amount 6, where greedy takes 4+1+1 but 3+3 is better. So I would use dynamic programming: dp[a] is the fewest coins for amount a, dp[0] is 0, and dp[a] is the minimum over coins c of dp[a - c] + 1. Amounts that cannot be made stay at infinity and I return -1 for them. That is O(amount × number of coins) time and O(amount) space.`,
    expected: "good",
    note: "A correct, complete explanation, but no code: capped at good.",
  },
  {
    id: "ana-co-merge-intervals-py-correct",
    author: "ana",
    kind: "code_correct",
    question: "co-merge-intervals",
    level: "L4",
    answer: `Sort by start, then extend the last merged interval while the next one starts before it ends.`,
    code: {
      language: "python",
      source: `def merge(intervals):
    merged = []
    for start, end in sorted(intervals, key=lambda pair: pair[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged`,
    },
    expected: "excellent",
    allPass: true,
    note: "Sort and sweep; touching intervals merge (<=), contained ones handled by max.",
  },
];
