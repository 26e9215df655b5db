// Ben: long, talkative, digresses; complete when he is good. Tuning author.
import type { EvalCase } from "./types.ts";

export const BEN_CASES: EvalCase[] = [
  {
    id: "ben-bh-outside-role-strong",
    author: "ben",
    kind: "strong",
    question: "bh-own-outside-role",
    level: "L4",
    answer: `So this was at a logistics startup where I was a backend engineer, about two years ago. Nobody owned our build system; it had been set up by someone who had left, and the CI pipeline took around 40 minutes per run, which meant people batched their changes and reviews got huge. It was not my job at all, my job was the routing service, but it was slowing every single person on the team down, including me. I told my manager I wanted to spend a couple of days a week on it for a month, and she agreed as long as routing work did not slip. I started by measuring where the time went, and it turned out most of it was tests that ran serially and a Docker image rebuilt from scratch on every run. I split the test suite into four parallel jobs, added layer caching to the image build, and removed a set of end-to-end tests that duplicated unit tests, after checking with the people who wrote them. Then I wrote a short runbook and handed the pipeline over to our platform engineer when we hired one. The pipeline went from 40 minutes to 9, and the number of merged pull requests per week went up by about a third over the next quarter.`,
    expected: "excellent",
    note: "Long-ish but complete: unowned problem, initiative with agreement, concrete actions, handover, numeric result. About 1.7 minutes spoken.",
  },
  {
    id: "ben-bh-tech-direction-rambling",
    author: "ben",
    kind: "rambling",
    question: "bh-inf-tech-direction",
    level: "L5",
    answer: `Okay so this one is a bit of a long story, and to explain it I need to go back to how the company was organised, because we had gone through maybe three reorgs in two years, and each time the teams were split differently, so the front-end was split between the growth team and the core team, and the growth team had their own way of doing things, they had a lot of experiments running all the time, and the core team, which is where I was, cared a lot more about stability. And there was this whole thing with our design system, which had been started by a contractor, and nobody really liked it, and there were like four versions of the button component. And my manager at the time was great, really supportive, though she left later to go to a competitor, and the new manager had a different style. Anyway at some point there were a lot of discussions about whether we should move to a monorepo, and people had very strong opinions on both sides, some people said it would slow down the build, other people said it would make sharing code easier, and there was a big thread on Slack that went on for weeks. I wrote some messages in that thread, and I talked to a few people about it at lunch. There were also discussions about TypeScript, which some teams used and others did not. Eventually the company did move to a monorepo, though it took a long time, and I think a lot of people were happier after that, although the build did get slower for a while. So yeah, that is the story about the technical direction.`,
    expected: "mixed",
    note: "On topic but buried in context; his own influence is barely there (a few messages, lunch chats); no clear result attributable to him. Over three minutes.",
  },
  {
    id: "ben-bh-incident-good-no-metric",
    author: "ben",
    kind: "good_without_metric",
    question: "bh-fail-broke-prod",
    level: "L4",
    answer: `I broke the login page once, which is not a great feeling. I was working on a small change to how we read a feature flag, and I had tested it locally and on staging, but staging had the flag set and production did not, and my code did not handle the missing value. Right after the deploy, people started reporting that they could not sign in. I saw the reports in the support channel, told the team I thought it was my change, and rolled it back myself, which fixed it. Then I wrote a test for the missing-flag case, fixed the code to fall back to the default, and shipped it again the next morning. I also wrote up what happened for the team and suggested that our staging environment copy the production flag values every night, which the platform team then set up. It was embarrassing, but I learned to test the path where configuration is missing, and I still do that.`,
    expected: "good",
    note: "Clear story, owned the mistake, specific actions, qualitative result and a lesson; no measure (duration, users affected).",
  },
  {
    id: "ben-bh-prioritise-vague",
    author: "ben",
    kind: "vague",
    question: "bh-pri-too-much",
    level: "L4",
    answer: `Honestly this happens all the time, I think every engineer has more work than they can do. What I usually do is look at everything on my plate and think about what matters most to the business, and what my manager wants, and what is urgent versus important, you know, like the Eisenhower matrix. Sometimes I talk to my manager and we agree on priorities. Sometimes I have to say no to things, which is hard. I also try to be realistic about estimates. Basically it is about being organised and communicating, and I am pretty good at that.`,
    expected: "mixed",
    note: "On topic, but a general habit, not a story; no specific actions or result; fillers.",
  },
  {
    id: "ben-bh-customer-off-topic",
    author: "ben",
    kind: "off_topic",
    question: "bh-cus-went-extra",
    level: "L4",
    answer: `Let me tell you about the time we migrated our database from MySQL to PostgreSQL. We had a big monolith and the MySQL version was very old. I planned the migration with the DBA, we set up replication with a tool that copies rows continuously, and we ran both databases side by side for three weeks. I wrote scripts to compare row counts and checksums every night. When everything matched, we switched the application over during a quiet Sunday morning, and the downtime was under five minutes. Performance improved a lot after the switch, query times dropped by about forty percent.`,
    expected: "poor",
    note: "A decent story, but about a database migration, not about going out of the way for a customer or user.",
  },
  {
    id: "ben-bh-shared-credit-strong-we",
    author: "ben",
    kind: "strong_we",
    question: "bh-col-shared-credit",
    level: "L5",
    answer: `The project I am proudest of was rebuilding our mobile checkout, which we did as a team of five over a quarter. I was the most senior engineer, so I set up the architecture and the plan, but the work was genuinely shared: our designer ran the user research, two engineers built the payment screens, and a junior engineer, Priya, built the address autocomplete, which turned out to be the feature users loved most. We shipped in eleven weeks, and checkout conversion went up from 61% to 68%. When leadership asked me to present the results at the all-hands, I asked Priya and the designer to present their parts themselves, and I wrote the launch email naming each person and what they built. In Priya's promotion packet, I wrote a detailed example of the autocomplete work and its impact. She was promoted that cycle, and the designer told me later that it was the first time her research had been credited in front of the whole company.`,
    expected: "excellent",
    note: "Team story in 'we' with his own part and his credit-sharing actions explicit; numeric result and a concrete outcome of sharing credit.",
  },
  {
    id: "ben-bh-experiment-gibberish",
    author: "ben",
    kind: "gibberish",
    question: "bh-bfa-experiment",
    level: "L4",
    answer: `asdkj qwe lkjasd qwlekj zxcmnb qwpoie asdlkj qwe zxc mnbv lkjh poiu qwer asdf zxcv lkjqwe poiasd mnbzxc qwe asd zxc qwe lkj.`,
    expected: "poor",
    note: "Keyboard noise.",
  },
  {
    id: "ben-bh-stop-project-strong",
    author: "ben",
    kind: "strong",
    question: "bh-pri-stop-project",
    level: "L5",
    answer: `At my last company we were six months into building our own feature-flag service, and I was asked to take over as its lead when the previous lead moved teams. The goal I was given was to get it to general availability in one more quarter. When I looked at it properly, I found it had about half the features of the commercial tools, it needed two engineers just to keep running, and only three internal teams used it. I put together a comparison with two vendors, with the cost of each over three years, including our own engineering time, and ours came out roughly four times more expensive. I showed it to my manager first and then to the director, and I recommended we stop, migrate to a vendor and move the two engineers onto the search project that was short-staffed. It was not popular with the people who had built it, so I met each of them before the decision was announced and made sure they had good work to move to. We stopped the project, migrated all three teams within five weeks, and saved around 300 thousand dollars a year.`,
    expected: "excellent",
    note: "Clear task, analysis, recommendation, handling of people, measured result.",
  },
  {
    id: "ben-sc-timeline-strong",
    author: "ben",
    kind: "strong",
    question: "sc-timeline",
    level: "L4",
    answer: `Sure, I am happy to be open about it. I am actively interviewing, and I am in the final rounds with one other company, and I expect to hear from them within the next two weeks or so. This role is my first choice, though, because of the team's focus on developer tooling, so if there is a way to move through the process in that time, I would really appreciate it. I could start about three weeks after accepting an offer, since I want to give my current team a proper handover.`,
    expected: "excellent",
    note: "Honest, specific timeline, competing process, start date, interest in this role.",
  },
  {
    id: "ben-sc-ready-level-rambling",
    author: "ben",
    kind: "rambling",
    question: "sc-ready-for-level",
    level: "L5",
    answer: `Well I have been coding since I was a teenager, I started with Pascal actually, and then I did a computer science degree, which was a lot of theory, a lot of maths, which I did not love at the time but I appreciate now. My first job was at an agency, we built websites for restaurants and hotels, it was fun but chaotic, we had tight deadlines and clients changed their minds all the time. Then I moved to a bank, which was the opposite, very slow, lots of process, lots of meetings. Then I was at a startup for three years. I have used Java, Python, Go, JavaScript, some Ruby. I like learning new things and I read a lot of blogs. I think experience is the main thing, and I have a lot of it, so I think I am ready.`,
    expected: "poor",
    note: "A career history with no evidence of senior-level scope (leading, influence, ownership of outcomes); does not answer what makes him ready.",
  },
  {
    id: "ben-role-cache-strong",
    author: "ben",
    kind: "strong",
    question: "be-cache-strategies",
    level: "L4",
    answer: `With cache-aside, which is the most common one, the application checks the cache first, and on a miss it reads from the database and puts the value into the cache itself, so the cache only holds what was actually asked for; the downside is that the first read is slow and the data can be stale until it expires or is invalidated. With write-through, every write goes to the cache and the database together, synchronously, so the cache is always fresh, but writes are slower and you cache things nobody reads. With write-behind, or write-back, the write goes to the cache and is flushed to the database later, asynchronously, which makes writes very fast but risks losing data if the cache node dies before it flushes. I would pick cache-aside for read-heavy data that tolerates a little staleness, write-through where reads must see the latest write, and write-behind only for things like counters where losing a few updates is acceptable. Whichever one, you need a plan for invalidation and a TTL as a safety net.`,
    expected: "excellent",
    note: "All three strategies, their trade-offs, when to pick each, invalidation.",
  },
  {
    id: "ben-role-flaky-partial",
    author: "ben",
    kind: "partial",
    question: "gen-test-flaky",
    level: "L4",
    answer: `Flaky tests are really annoying, and they make people stop trusting CI, which is the real danger, because then people just hit retry until it is green and real bugs get through. In my experience it is usually something with timing, like a test that waits a fixed amount of time for something, or tests that depend on each other's data. I would fix those by waiting for the actual condition instead of sleeping.`,
    expected: "mixed",
    note: "Explains the cost and two causes; no process (tracking, quarantine, ownership), no detection of flakiness.",
  },
  {
    id: "ben-concept-deadlock-stuffed",
    author: "ben",
    kind: "keyword_stuffed_wrong",
    question: "co-deadlock",
    level: "L4",
    answer: `A deadlock is when one thread is slower than the others, so it is really a performance problem. Taking locks in a consistent order does not help at all, since the operating system decides the order anyway. Timeouts cannot prevent deadlocks. The only real fix is to add more threads so that one of them eventually gets through, and mutual exclusion is not one of the conditions.`,
    expected: "poor",
    note: "Every claim is wrong (deadlock definition, lock ordering, conditions).",
  },
  {
    id: "ben-role-rest-good",
    author: "ben",
    kind: "good_without_metric",
    question: "fs-api-rest-design",
    level: "L3",
    answer: `I would have one resource, todos, so GET /todos lists them, POST /todos creates one and returns 201 with the new item and a Location header, GET /todos/{id} reads one, PATCH /todos/{id} updates fields like the title or done flag, and DELETE /todos/{id} removes it and returns 204. If the id does not exist you get 404, and if the body is invalid, like a missing title, you get 400 with a message saying which field is wrong. For the list I would add pagination with a limit and a cursor, because the list can grow, and maybe filtering by done.`,
    expected: "excellent",
    note: "Resources, methods, status codes, validation errors, pagination.",
  },
  {
    id: "ben-sd-notification-strong",
    author: "ben",
    kind: "strong",
    question: "sd-notification",
    level: "L5",
    answer: `Let me start with requirements, because they change the design a lot: we send push, email and SMS, triggered by other services, say 50 million notifications a day with spikes during marketing campaigns, and transactional ones like password resets must go out within seconds while marketing can wait. So producers call a notification API, which validates the request, checks the user's preferences and opt-outs, and puts a message on a queue, Kafka or SQS, with separate queues per priority so a campaign never delays a password reset. Workers per channel read from the queues and call the providers, APNs and FCM for push, an email provider, an SMS provider, with retries and exponential backoff, and a dead-letter queue for messages that keep failing. Each message carries an idempotency key, so a retry never sends the same notification twice, and we store a delivery status per message so support can see what happened. Per-user rate limits and quiet hours are applied before enqueueing. We monitor queue depth, provider error rates and latency per priority, and if one provider is down we can fail over to a second one.`,
    expected: "excellent",
    note: "Requirements/scale, queue, providers with retries, preferences/rate limits, dedup/tracking, failure handling.",
  },
  {
    id: "ben-sd-typeahead-vague",
    author: "ben",
    kind: "vague",
    question: "sd-typeahead",
    level: "L5",
    answer: `Autocomplete is really important for user experience, people expect it everywhere now. I would build a service that takes what the user has typed and returns suggestions. It would need to be fast and scalable, and highly available, and we would put it in the cloud with auto-scaling. We would use a good database and maybe machine learning to rank suggestions. We would also monitor it.`,
    expected: "poor",
    note: "Buzzwords, no data structure, no ranking approach, no caching or latency budget, no estimate.",
  },
  {
    id: "ben-sd-job-scheduler-partial",
    author: "ben",
    kind: "partial",
    question: "sd-job-scheduler",
    level: "L5",
    answer: `I would store the jobs in a database table with the next run time, and index on that column. A set of scheduler processes polls for jobs whose run time has passed and pushes them onto a queue, and workers pick them up and run them. To stop two schedulers from picking the same job, each one claims a job with a conditional update that sets an owner and a lease, so if the scheduler dies the lease expires and another picks it up. When a job finishes, the worker computes the next run time for recurring jobs.`,
    expected: "mixed",
    note: "Storage, polling and claiming are sound; no requirements or scale estimate, no retries/at-least-once semantics, no monitoring; short for the level.",
  },
  {
    id: "ben-co-longest-substring-js-buggy",
    author: "ben",
    kind: "code_buggy",
    question: "co-longest-unique-substring",
    level: "L4",
    answer: `Sliding window with a map of the last index of each character. When I see a repeat I move the left edge just past it.`,
    code: {
      language: "javascript",
      source: `function lengthOfLongestSubstring(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    if (last.has(s[right])) {
      left = last.get(s[right]) + 1;
    }
    last.set(s[right], right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}`,
    },
    expected: "mixed",
    allPass: false,
    note: 'Classic bug: the left edge can move backwards ("abba"); most tests still pass.',
  },
  {
    id: "ben-co-climbing-py-slow",
    author: "ben",
    kind: "code_slow",
    question: "co-climbing-stairs",
    level: "L3",
    answer: `The number of ways to reach step n is the ways to reach n-1 plus the ways to reach n-2, so recursion.`,
    code: {
      language: "python",
      source: `def climb_stairs(n):
    if n <= 2:
        return n
    return climb_stairs(n - 1) + climb_stairs(n - 2)`,
    },
    expected: "good",
    allPass: false,
    note: "Correct but exponential: small inputs pass, the large input times out.",
  },
  {
    id: "ben-co-kth-largest-ts-correct",
    author: "ben",
    kind: "code_correct",
    question: "co-kth-largest",
    level: "L4",
    answer: `A min-heap of size k: push every number and pop when the heap grows past k; the top is the answer. O(n log k).`,
    code: {
      language: "typescript",
      source: `function findKthLargest(nums: number[], k: number): number {
  const heap: number[] = [];
  const swap = (a: number, b: number) => { const t = heap[a]; heap[a] = heap[b]; heap[b] = t; };
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      swap(parent, i);
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let smallest = i;
      if (l < heap.length && heap[l] < heap[smallest]) smallest = l;
      if (r < heap.length && heap[r] < heap[smallest]) smallest = r;
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  };
  for (const n of nums) {
    heap.push(n);
    up(heap.length - 1);
    if (heap.length > k) {
      heap[0] = heap[heap.length - 1];
      heap.pop();
      down(0);
    }
  }
  return heap[0];
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Hand-written min-heap of size k.",
  },
  {
    id: "ben-co-house-robber-stuffed",
    author: "ben",
    kind: "keyword_stuffed_wrong",
    question: "co-house-robber",
    level: "L3",
    answer: `Dynamic programming does not apply here because the houses are independent. The best answer is just to take every other house starting from the first one, which is greedy and always optimal. There is no need to compare robbing or skipping a house, and the complexity is O(n^2) anyway because you have to check every pair of houses.`,
    expected: "poor",
    note: "Rejects DP, claims alternate-houses greedy is optimal (it is not: [2,1,1,2]), wrong complexity.",
  },
  {
    id: "ben-co-group-anagrams-py-correct",
    author: "ben",
    kind: "code_correct",
    question: "co-group-anagrams",
    level: "L4",
    answer: `Key each word by its sorted letters and collect words with the same key in a dictionary.`,
    code: {
      language: "python",
      source: `from collections import defaultdict

def group_anagrams(words):
    groups = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())`,
    },
    expected: "excellent",
    allPass: true,
    note: "Sorted-letters key.",
  },
];
