// Dee: senior and staff level, narrates in "we", strategic vocabulary. Tuning author.
import type { EvalCase } from "./types.ts";

export const DEE_CASES: EvalCase[] = [
  {
    id: "dee-bh-vision-strong-we",
    author: "dee",
    kind: "strong_we",
    question: "bh-lead-vision",
    level: "L6",
    answer: `Two years ago our data platform was twelve pipelines built by six teams, each with its own scheduler and its own idea of data quality, and analysts spent about a third of their time reconciling numbers. As the staff engineer for the area, my goal was a direction that all six teams would actually adopt, not a document nobody read. I interviewed the leads of every team and about twenty analysts first, so the vision started from their pain and not from my preferences. I wrote a two-page vision: one orchestration layer, data contracts owned by the producing teams, and quality checks that block bad data before it lands. I reviewed drafts with each lead one to one, and I changed the plan twice based on their objections. We agreed to migrate the two worst pipelines first as a proof. Those two migrations cut reconciliation incidents for their data by 70%, and after that the other four teams asked to be scheduled in. Within a year, ten of the twelve pipelines were on the shared platform and analyst reconciliation time dropped to under 10%.`,
    expected: "excellent",
    note: "Staff-level scope; own actions (interviews, writing, one-to-ones, revisions) distinct from the team's; numeric results.",
  },
  {
    id: "dee-bh-disagree-commit-we-heavy",
    author: "dee",
    kind: "vague",
    question: "bh-con-disagree-commit",
    level: "L5",
    answer: `We had a big debate about rewriting our API gateway in Go. We felt the existing Node gateway was fine and that a rewrite was risky. We raised our concerns in the architecture review, and we put together data on the current latency. Leadership decided to go ahead with the rewrite anyway. We committed to it and we did the rewrite together over two quarters. We ended up with a gateway that was faster, and we learned a lot.`,
    expected: "mixed",
    note: "On topic but everything is 'we': no sign of what the speaker personally did or argued; vague result.",
  },
  {
    id: "dee-bh-think-big-strong",
    author: "dee",
    kind: "strong",
    question: "bh-inn-think-big",
    level: "L6",
    answer: `I was asked to speed up the release process for our iOS app, which shipped every four weeks and needed a two-day manual regression pass. The request was to automate the regression checklist. When I looked at why releases were slow, the checklist was only part of it: every release waited for the slowest feature, and one bad feature blocked the whole train. So I proposed something larger than asked: weekly release trains, every feature behind a remote flag, and automated UI tests only for the ten flows that had ever caused a rollback. I wrote the proposal with the cost, two engineers for one quarter, and the expected benefit, and I took it to the mobile leads and the head of product. They agreed to a one-quarter trial. I built the flag client and the release automation myself and coached two engineers on the UI test suite. By the end of the quarter we released weekly, manual regression went from two days to three hours, and the share of releases blocked by a single feature went from about one in three to zero, because unfinished work simply stayed behind its flag.`,
    expected: "excellent",
    note: "Asked for X, proposed a bigger Y with its case, own actions, measured results.",
  },
  {
    id: "dee-bh-upward-good-no-metric",
    author: "dee",
    kind: "good_without_metric",
    question: "bh-fb-upward",
    level: "L5",
    answer: `My director had a habit of joining our design reviews late and overturning decisions the team had spent weeks on, which was wearing down morale. I asked her for thirty minutes and gave her two specific examples from the past month, described what happened in each review, and told her how the team felt afterwards, without guessing at her intentions. She had not realised the effect; she thought she was helping by stress-testing the ideas. We agreed she would send questions in writing before the review and that the team would invite her to the early drafts. I also told the team what we had agreed, so they knew something had changed. The next reviews went noticeably better, and she later asked me for feedback on her quarterly planning too.`,
    expected: "good",
    note: "Specific feedback story with own actions and a qualitative outcome; nothing measurable.",
  },
  {
    id: "dee-bh-welcome-off-topic",
    author: "dee",
    kind: "off_topic",
    question: "bh-inc-welcome",
    level: "L5",
    answer: `Our team's on-call load was unsustainable, with about forty pages a week. I led an effort to classify every alert by whether it needed a human, and we deleted or downgraded more than half of them. I also introduced a weekly review of the remaining pages. Within two months we were down to eight pages a week, and nobody has burned out on call since.`,
    expected: "poor",
    note: "A good on-call story, but not about making the team welcoming.",
  },
  {
    id: "dee-bh-failed-project-strong",
    author: "dee",
    kind: "strong",
    question: "bh-fail-project",
    level: "L5",
    answer: `In 2022 I led a project to replace our homegrown search with a vector search service, aimed at improving relevance for product search. My part in the failure was real: I committed to a launch date before we had measured relevance on our own catalogue, because the vendor benchmarks looked so good. We spent three months integrating, and when we finally ran an offline evaluation on our queries, relevance was only 2% better and latency was twice as high. I told my director the same day, with the numbers, and recommended we stop rather than tune for another quarter. We shut it down, kept the evaluation harness, and used it to make two small ranking changes to the old search that improved click-through by 6%. Since then I insist on a small offline evaluation on our own data before any commitment to a date, and I have used that rule on three projects.`,
    expected: "excellent",
    note: "Owns the failure, specific actions, measured outcome and a lesson applied since.",
  },
  {
    id: "dee-bh-stakeholder-rambling",
    author: "dee",
    kind: "rambling",
    question: "bh-com-written",
    level: "L6",
    answer: `Writing is a big part of how I work, and I think it is one of the most underrated skills in engineering, which is why I have spent a lot of time over the years on it, reading books about writing, and trying different formats, like the Amazon six-pager, RFCs, one-pagers, architecture decision records, and so on. At my previous company we had a culture of writing RFCs, but they were often too long and nobody read them, and there was a lot of debate about templates. There was one RFC I wrote about our service ownership model, which was about who owns which service and how on-call works, and it was quite long, maybe twelve pages, and it went through several rounds of comments, and a lot of people had opinions, especially the platform team, who felt that they were getting too much of the load. The discussion went on for a while. There were meetings about it. I think in the end some of the ideas were used, although the reorg happened around the same time so it is hard to say what caused what. Anyway, I think writing is about clarity, and about knowing your audience, and about being concise, which I always try to be.`,
    expected: "mixed",
    note: "Mostly general views; one document mentioned with no clear change in how people worked and no own actions beyond writing it; about three minutes.",
  },
  {
    id: "dee-bh-migration-good-we",
    author: "dee",
    kind: "strong_we",
    question: "bh-del-obstacle",
    level: "L5",
    answer: `We were moving our order service off a shared database so it could scale on its own, and the biggest obstacle was that eleven other services read the order tables directly. Nobody knew all of them; we found them by turning on query logging for a week, which was my idea. I met the owners of each service and offered two options: an events feed or a read API. Most picked events. I designed the event schema and wrote the publishing side, and each team changed their own consumers while I paired with the two teams that had no capacity. When the last reader was gone, we split the database. The service now scales independently and we have not had a cross-team outage from the order tables since the split.`,
    expected: "good",
    note: "Team effort with own part clear; result is qualitative (no measure of scale or time).",
  },
  {
    id: "dee-sc-why-company-vague",
    author: "dee",
    kind: "vague",
    question: "sc-why-company",
    level: "L6",
    answer: `It is a great company with a strong brand and smart people. I am looking for a new challenge and I think this would be a good next step in my career.`,
    expected: "poor",
    note: "Generic, could be said of any company; short.",
  },
  {
    id: "dee-sc-relevant-project-strong",
    author: "dee",
    kind: "strong",
    question: "tm-relevant-project",
    level: "L6",
    answer: `The most relevant is the data-contract platform I led at my last company, because your team is about to build a shared event platform for several product teams, and the hard part of that is not the technology, it is getting producing teams to own their data quality. I designed the contract format and the checks that block bad events at publish time, and I brought six teams onto it over a year. What transfers directly is the rollout playbook: start with the two teams that feel the most pain, measure incidents before and after, and let their results sell the platform. Reconciliation incidents fell by 70% for the first two teams, and the rest asked to join. I would expect to reuse the same approach here, adjusted to your stack, which I understand is Kafka rather than our Pub/Sub.`,
    expected: "excellent",
    note: "Specific project tied explicitly to the team's work, own role, transferable lesson, result.",
  },
  {
    id: "dee-role-boundaries-strong",
    author: "dee",
    kind: "strong",
    question: "be-ms-boundaries",
    level: "L6",
    answer: `I draw service boundaries around business capabilities, using domain-driven design's bounded contexts: each service owns one part of the domain and its data, like orders, payments or inventory, and no other service reads its database. A good boundary means most changes touch one service and one team, so I look at how the code changes together and at team ownership, since Conway's law will shape the architecture anyway. I avoid splitting too early: a modular monolith with clear module boundaries is often the right first step, and I extract a service when it needs to scale or deploy independently. Chatty calls between two services, or a transaction that has to span them, are signs the boundary is wrong. Between services I prefer asynchronous events where eventual consistency is acceptable and keep synchronous calls for queries that need a fresh answer.`,
    expected: "excellent",
    note: "Domain boundaries, data ownership, team alignment, timing of splits, signs of bad boundaries, communication.",
  },
  {
    id: "dee-role-observability-partial",
    author: "dee",
    kind: "partial",
    question: "be-ms-observability",
    level: "L5",
    answer: `The first thing I need is distributed tracing, with a trace id created at the edge and passed through every service, so I can see the whole request and which span failed or was slow. Without that you are grepping logs on ten machines.`,
    expected: "mixed",
    note: "Tracing is right and central, but no structured logs tied to the trace id, no metrics/dashboards, no approach to narrow the failure.",
  },
  {
    id: "dee-role-lb-stuffed",
    author: "dee",
    kind: "keyword_stuffed_wrong",
    question: "be-lb-algorithms",
    level: "L5",
    answer: `Round robin is the best algorithm for every workload, so I would never use least connections, which only adds overhead. Consistent hashing is not a load-balancing technique and does not help with caches. Weighted algorithms are unnecessary because all servers are always the same size. Health checks do not matter if you use round robin.`,
    expected: "poor",
    note: "Each algorithm named to be dismissed with a wrong claim.",
  },
  {
    id: "dee-concept-producer-consumer-partial",
    author: "dee",
    kind: "partial",
    question: "co-producer-consumer",
    level: "L5",
    answer: `I would use a fixed-size buffer protected by a mutex. Producers wait on a not-full condition variable when the buffer is full, and consumers wait on a not-empty condition variable when it is empty. After adding an item the producer signals not-empty, and after removing one the consumer signals not-full.`,
    expected: "good",
    note: "Core design is right (bounded buffer, mutex, two conditions, signalling); misses spurious wakeups/while loop and shutdown.",
  },
  {
    id: "dee-sd-multi-region-strong",
    author: "dee",
    kind: "strong",
    question: "sd-multi-region",
    level: "L6",
    answer: `I would begin with requirements: which data must be strongly consistent and which can be eventually consistent, the recovery targets, say an RPO of seconds and an RTO of minutes, and the traffic, say 200 thousand requests per second split across three regions. Users are routed to the nearest healthy region with geo DNS or anycast, with health checks so a failed region drains automatically. Stateless services run in every region. For data, most user data is partitioned by home region, so each user's writes go to one region and conflicts are avoided; data that must be global, like usernames, goes into a globally consistent store such as Spanner or a consensus-based system, accepting the write latency. Where we do allow writes in several regions, we need conflict resolution, last-writer-wins only for data where that is acceptable, CRDTs for counters. Replication between regions is asynchronous, and I would monitor replication lag per region. We run regular failover drills, because an untested failover is not a plan, and capacity in each region must absorb a failed region's traffic.`,
    expected: "excellent",
    note: "Requirements, routing, data placement and consistency, conflicts, replication, failover and capacity.",
  },
  {
    id: "dee-sd-migration-partial",
    author: "dee",
    kind: "partial",
    question: "sd-platform-migration",
    level: "L6",
    answer: `I would use the strangler fig pattern: put a routing layer in front of the monolith and move one capability at a time into a new service, starting with the part that changes most often, so we get value early. Each move keeps the old path behind a flag so we can switch back.`,
    expected: "mixed",
    note: "A sound core idea but no assessment of the current system, no data migration, no team/organisation plan, no milestones or metrics.",
  },
  {
    id: "dee-co-lru-ts-correct",
    author: "dee",
    kind: "code_correct",
    question: "co-lru-cache",
    level: "L5",
    answer: `A JavaScript Map keeps insertion order, so deleting and re-inserting a key on access moves it to the end; the first key is the least recently used.`,
    code: {
      language: "typescript",
      source: `class LRUCache {
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
    if (this.entries.has(key)) this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as number;
      this.entries.delete(oldest);
    }
  }
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Map insertion order; O(1) operations.",
  },
  {
    id: "dee-co-lru-py-buggy",
    author: "dee",
    kind: "code_buggy",
    question: "co-lru-cache",
    level: "L5",
    answer: `OrderedDict, evicting the oldest entry when full.`,
    code: {
      language: "python",
      source: `from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key):
        return self.entries.get(key, -1)

    def put(self, key, value):
        self.entries[key] = value
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)`,
    },
    expected: "mixed",
    allPass: false,
    note: "Forgets to move keys to the end on get and on update: evicts by insertion order (FIFO), not recency.",
  },
  {
    id: "dee-co-islands-py-correct",
    author: "dee",
    kind: "code_correct",
    question: "co-number-of-islands",
    level: "L5",
    answer: `Breadth-first search from each unvisited land cell, marking cells as visited.`,
    code: {
      language: "python",
      source: `from collections import deque

def num_islands(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not seen[ny][nx]:
                        seen[ny][nx] = True
                        queue.append((ny, nx))
    return islands`,
    },
    expected: "excellent",
    allPass: true,
    note: "BFS flood fill.",
  },
  {
    id: "dee-co-merge-intervals-js-buggy",
    author: "dee",
    kind: "code_buggy",
    question: "co-merge-intervals",
    level: "L4",
    answer: `Sort and merge neighbours.`,
    code: {
      language: "javascript",
      source: `function merge(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start < last[1]) {
      last[1] = end;
    } else {
      out.push([start, end]);
    }
  }
  return out;
}`,
    },
    expected: "mixed",
    allPass: false,
    note: "Two classic bugs: touching intervals ([1,4],[4,5]) are not merged, and a contained interval shrinks the end (last[1] = end instead of max).",
  },
  {
    id: "dee-co-climbing-ts-correct",
    author: "dee",
    kind: "code_correct",
    question: "co-climbing-stairs",
    level: "L3",
    answer: `Fibonacci-style iteration with two variables.`,
    code: {
      language: "typescript",
      source: `function climbStairs(n: number): number {
  let previous = 1;
  let current = 1;
  for (let step = 2; step <= n; step++) {
    const next = previous + current;
    previous = current;
    current = next;
  }
  return current;
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Linear time, constant space.",
  },
];
