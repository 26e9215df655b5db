// Chen: English as a second language; simple, sometimes ungrammatical sentences, few
// connectives. Tuning author.
import type { EvalCase } from "./types.ts";

export const CHEN_CASES: EvalCase[] = [
  {
    id: "chen-bh-metrics-wrong-strong",
    author: "chen",
    kind: "strong",
    question: "bh-dd-metrics-wrong",
    level: "L4",
    answer: `In my previous company I work on the analytics pipeline. One Monday the daily active users number on the dashboard drop 18 percent. Product team was worried, they think the new release lose users. My job was find out if the drop is real. I compare the raw event counts with the dashboard, and raw counts was normal. So the problem is in the pipeline, not the users. I check each step of the job and find that one deduplication step use a new timezone setting after an upgrade. Events near midnight were counted as duplicates and removed. I write a fix and a test with events around midnight, and I rerun the job for the last seven days. I also add a check that compares raw and final counts every day and alerts if they differ more than 2 percent. The numbers came back to normal, and product team cancel the rollback they were planning. The check found another problem two months later.`,
    expected: "excellent",
    note: "Grammar aside: clear situation, task, investigation steps, fix, prevention and a concrete result.",
  },
  {
    id: "chen-bh-inherit-good-no-metric",
    author: "chen",
    kind: "good_without_metric",
    question: "bh-own-inherit-mess",
    level: "L4",
    answer: `When I join my current team, I get the billing service. It had no tests and the documentation was old. Everybody was afraid to change it. I make a list of the most risky parts, where bugs cost money. First I write tests for the invoice calculation, because this is the most important. Then I add logging and a dashboard so we can see errors. After that I refactor the worst module in small steps, one pull request each week. I also write a short guide for new people. Now the team is not afraid to change billing anymore, and new engineers can make their first change in the first week.`,
    expected: "good",
    note: "Complete story, ordered actions, qualitative result; no measure of improvement.",
  },
  {
    id: "chen-bh-remote-vague",
    author: "chen",
    kind: "vague",
    question: "bh-col-remote",
    level: "L4",
    answer: `I work with teams in other countries many times. It is important to have good communication. We use Slack and video meetings. Time zone is difficult sometimes. I try to be flexible and respect other people. Documentation is also important. Usually it works well.`,
    expected: "mixed",
    note: "On topic but general statements, no story, no actions or result.",
  },
  {
    id: "chen-bh-code-review-strong",
    author: "chen",
    kind: "strong",
    question: "bh-con-code-review",
    level: "L4",
    answer: `Last year I review a pull request from a senior colleague. He added a retry loop around payment calls. I think this can charge the customer two times, because the payment provider may succeed but our request times out. I write this in the review, but he answer that timeouts are rare and the release is tomorrow. The discussion in comments get long and not friendly. I ask for a short call. In the call I show him the provider documentation about idempotency keys, and I offer to write the change myself that evening. He agree. I add an idempotency key to every payment request and a test that simulate a timeout. The release was on time. Three weeks later we had a provider outage with many timeouts, and no customer was charged twice. After that, he asked me to review his payment changes more often.`,
    expected: "excellent",
    note: "Disagreement, own actions to resolve it, a concrete verifiable outcome.",
  },
  {
    id: "chen-bh-understand-short",
    author: "chen",
    kind: "too_short",
    question: "bh-dd-understand-system",
    level: "L3",
    answer: `I read the code and ask questions to my team.`,
    expected: "poor",
    note: "Too short.",
  },
  {
    id: "chen-bh-delegate-off-topic",
    author: "chen",
    kind: "off_topic",
    question: "bh-men-delegate",
    level: "L5",
    answer: `My favourite project was a mobile app for a hospital. I build the appointment booking feature with React Native. The hardest part was offline mode, because the wifi in the hospital is bad. I use a local database and sync when the connection comes back. Doctors liked the app very much and the number of missed appointments go down 25 percent.`,
    expected: "poor",
    note: "A project story, nothing about delegating to grow someone.",
  },
  {
    id: "chen-bh-recurring-bug-strong-we",
    author: "chen",
    kind: "strong_we",
    question: "bh-hs-recurring-bug",
    level: "L5",
    answer: `In our team we had many bugs with dates, around one every month. Mostly they were timezone bugs in reports. We were tired of fixing one by one. I proposed to fix the whole class. First I look at the last twenty bug tickets and I see they all come from converting dates in many different places. We agreed as a team on one rule: store UTC, convert only at display. I write a small date library with the only allowed functions and a lint rule that blocks the old functions. My two teammates moved the old code to the new library, and I reviewed all their changes. We had zero timezone bugs in the next six months.`,
    expected: "excellent",
    note: "Team did the migration, his own part (analysis, library, lint rule, reviews) is clear; numeric result.",
  },
  {
    id: "chen-bh-no-guidance-copied",
    author: "chen",
    kind: "copied_question",
    question: "bh-amb-no-guidance",
    level: "L4",
    answer: `Tell me about a time you had to figure something out with almost no guidance.`,
    expected: "poor",
    note: "The question pasted back.",
  },
  {
    id: "chen-sc-know-company-partial",
    author: "chen",
    kind: "partial",
    question: "sc-know-company",
    level: "L4",
    answer: `Meta builds Facebook and Instagram. Also WhatsApp. Many people use them.`,
    expected: "poor",
    note: "Barely more than the names; no depth, no link to the role; very short.",
  },
  {
    id: "chen-sc-team-questions-strong",
    author: "chen",
    kind: "strong",
    question: "tm-questions-for-team",
    level: "L4",
    answer: `I have some questions. What is the biggest problem the team wants to solve in the next six months? How do you measure success for this team? How does on-call work, and how many pages you get in a normal week? How are decisions made when the team disagrees about design? And what does a new person usually work on in the first month?`,
    expected: "excellent",
    note: "Specific questions about goals, success, on-call, decisions and onboarding.",
  },
  {
    id: "chen-role-replication-strong",
    author: "chen",
    kind: "strong",
    question: "be-db-replication",
    level: "L4",
    answer: `In leader-follower replication, all writes go to the leader. The leader sends its change log to the followers, and followers apply the changes. Reads can go to followers to scale reads. Replication is often asynchronous, so followers can be behind the leader, this is replication lag. Because of lag, a user can write something and then read from a follower and not see their own write. Also two reads from different followers can go back in time. To fix, you can read your own writes from the leader for some seconds, or route one user always to the same follower, or wait until the follower catches up to a position. If the leader fails, a follower is promoted, and with asynchronous replication the last writes can be lost.`,
    expected: "excellent",
    note: "Mechanism, lag, read-your-writes and monotonic reads anomalies, mitigations, failover data loss.",
  },
  {
    id: "chen-role-unknown-any-good",
    author: "chen",
    kind: "good_without_metric",
    question: "fs-ts-unknown-any",
    level: "L3",
    answer: `Both can hold any value. With any, TypeScript stops checking, so you can call any method and you will see the error only at runtime. With unknown, you must check the type first, for example with typeof or a type guard, before you use it. So unknown is the safe one. I use unknown for data from outside, like JSON from an API, and then validate it.`,
    expected: "good",
    note: "Correct difference and use; misses when any is acceptable (migration, escape hatch) and narrowing detail is brief.",
  },
  {
    id: "chen-concept-external-sort-stuffed",
    author: "chen",
    kind: "keyword_stuffed_wrong",
    question: "co-external-sort",
    level: "L4",
    answer: `External sort is not needed, you can load the 100 GB file in memory because the operating system uses swap. Merge sort does not work for files. Chunks are not useful, and a heap is not used in this problem. Just call the normal sort function on the whole file and it is fine.`,
    expected: "poor",
    note: "Dismisses chunking, merging and heaps; the proposal would thrash swap.",
  },
  {
    id: "chen-role-event-loop-keyword-list",
    author: "chen",
    kind: "keyword_list",
    question: "fe-br-event-loop",
    level: "L4",
    answer: `Event loop, call stack, microtask queue, macrotask queue, promises, setTimeout, requestAnimationFrame, rendering, async await, Web APIs.`,
    expected: "poor",
    note: "A list of terms with no explanation.",
  },
  {
    id: "chen-sd-pastebin-strong",
    author: "chen",
    kind: "strong",
    question: "sd-pastebin",
    level: "L4",
    answer: `First requirements: users create a paste and get a link, others read by link, pastes can expire. Assume 1 million new pastes per day and 10 reads per paste, so it is read-heavy, around 120 reads per second on average. The paste text goes to object storage like S3, because it can be large, and the metadata goes to a database: the key, owner, size, created time and expiry time. The key is random, 8 characters of base62, so it is unguessable and collisions are very rare; if one happens we generate again. Popular pastes are cached in a CDN and Redis so most reads do not touch storage. A background job deletes expired pastes from the database and from object storage every hour. For failures, object storage is replicated, the database has a replica, and we monitor error rate and latency.`,
    expected: "excellent",
    note: "Requirements and scale, storage split, keys, expiry, caching, failures.",
  },
  {
    id: "chen-sd-id-generator-partial",
    author: "chen",
    kind: "partial",
    question: "sd-id-generator",
    level: "L5",
    answer: `I will use a format like Snowflake: 41 bits for the timestamp in milliseconds, 10 bits for the machine id, and 12 bits for a sequence number inside the same millisecond. So IDs are sorted by time roughly, and every machine can generate them without talking to others.`,
    expected: "mixed",
    note: "Good core layout, but no requirements or throughput estimate, no clock going backwards, no machine id assignment; short.",
  },
  {
    id: "chen-sd-cache-gibberish",
    author: "chen",
    kind: "gibberish",
    question: "sd-distributed-cache",
    level: "L5",
    answer: `cache cache node node the the redis lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.`,
    expected: "poor",
    note: "Placeholder text with two repeated terms.",
  },
  {
    id: "chen-co-two-sum-py-correct",
    author: "chen",
    kind: "code_correct",
    question: "co-two-sum",
    level: "L3",
    answer: `I use dictionary for the seen numbers.`,
    code: {
      language: "python",
      source: `def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []`,
    },
    expected: "excellent",
    allPass: true,
    note: "One-pass dictionary.",
  },
  {
    id: "chen-co-validate-bst-py-buggy",
    author: "chen",
    kind: "code_buggy",
    question: "co-validate-bst",
    level: "L4",
    answer: `Check every node, left child smaller and right child bigger, recursive.`,
    code: {
      language: "python",
      source: `def is_valid_bst(root):
    if root is None:
        return True
    if root.left and root.left.val >= root.val:
        return False
    if root.right and root.right.val <= root.val:
        return False
    return is_valid_bst(root.left) and is_valid_bst(root.right)`,
    },
    expected: "mixed",
    allPass: false,
    note: "The classic bug: compares only with the parent, so a deeper node on the wrong side passes.",
  },
  {
    id: "chen-co-product-js-correct",
    author: "chen",
    kind: "code_correct",
    question: "co-product-except-self",
    level: "L4",
    answer: `Prefix product from left, then suffix product from right in the same output array.`,
    code: {
      language: "javascript",
      source: `function productExceptSelf(nums) {
  const out = new Array(nums.length).fill(1);
  let prefix = 1;
  for (let i = 0; i < nums.length; i++) {
    out[i] = prefix;
    prefix *= nums[i];
  }
  let suffix = 1;
  for (let i = nums.length - 1; i >= 0; i--) {
    out[i] *= suffix;
    suffix *= nums[i];
  }
  return out;
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Prefix and suffix products, O(1) extra space.",
  },
  {
    id: "chen-co-binary-search-ts-buggy",
    author: "chen",
    kind: "code_buggy",
    question: "co-binary-search-bounds",
    level: "L4",
    answer: `Two binary searches: the first position not smaller than target, and the first position not smaller than target plus one.`,
    code: {
      language: "typescript",
      source: `function searchRange(nums: number[], target: number): number[] {
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
  return [first, lowerBound(target + 1)];
}`,
    },
    expected: "poor",
    allPass: false,
    note: "Off by one: the end is one past the last match, so every case where the target is present fails.",
  },
  {
    id: "chen-co-coin-change-js-buggy",
    author: "chen",
    kind: "code_buggy",
    question: "co-coin-change",
    level: "L4",
    answer: `Greedy, take the biggest coin first.`,
    code: {
      language: "javascript",
      source: `function coinChange(coins, amount) {
  const sorted = [...coins].sort((a, b) => b - a);
  let count = 0;
  let left = amount;
  for (const coin of sorted) {
    while (left >= coin) {
      left -= coin;
      count++;
    }
  }
  return left === 0 ? count : -1;
}`,
    },
    expected: "mixed",
    allPass: false,
    note: "Greedy: right for canonical coin systems, wrong for [1,3,4] → 6 and for cases where greedy gets stuck ([2,5] → 6 works only by not taking 5).",
  },
];
