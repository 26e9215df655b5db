// Hal: tuning cases for the classes the first round missed — "term: verdict" bullets (right
// and wrong), keyword-stuffed wrong technical claims in prose, spoken transcripts, strong
// answers in "we" and strong-but-short ones. Rated on SCALE.md before they were first run.
// TUNING: read freely while tuning.
import type { EvalCase } from "./types.ts";

export const HAL_CASES: EvalCase[] = [
  {
    id: "hal-role-sticky-term-verdict-strong",
    author: "hal",
    kind: "strong",
    question: "be-lb-sticky",
    level: "L4",
    answer: `- Sticky sessions: the load balancer sends a user to the same server every time, usually by a cookie.
- Why teams avoid them: load becomes uneven when a few heavy users stick to one box, and when that server dies its users lose their sessions.
- What to do instead: keep the services stateless and put session data in shared storage such as Redis, or in a signed token.
- When affinity still helps: long-lived websockets and servers with a warm local cache.`,
    expected: "excellent",
    note: "'term: verdict' bullets, every point made correctly with its reason.",
  },
  {
    id: "hal-role-sharding-term-verdict-wrong",
    author: "hal",
    kind: "keyword_stuffed_wrong",
    question: "be-db-sharding",
    level: "L4",
    answer: `- Shard key: does not matter much, any column works because the database spreads rows evenly on its own.
- Hot spots: cannot happen once data is sharded.
- Cross-shard joins and transactions: work exactly like on one machine, so there is nothing to design for.
- Resharding: never needed if you pick enough shards on day one.`,
    expected: "poor",
    note: "Every rubric term as a heading with a wrong verdict after it.",
  },
  {
    id: "hal-role-mocking-stuffed-wrong",
    author: "hal",
    kind: "keyword_stuffed_wrong",
    question: "gen-test-mocking",
    level: "L3",
    answer: `You should mock everything, including your own classes, because tests that touch real code are always brittle. Over-mocking is not a real problem; coupling tests to the implementation is fine since the implementation rarely changes. Fakes and in-memory implementations are a waste of time compared with mocks. Integration tests with a real database in Docker are never worth it, they only slow the pipeline down.`,
    expected: "poor",
    note: "Uses over-mocking, implementation, fakes, in-memory, real database, Docker and integration to say wrong things about each.",
  },
  {
    id: "hal-role-invalidation-stuffed-absolute",
    author: "hal",
    kind: "keyword_stuffed_wrong",
    question: "be-cache-invalidation",
    level: "L3",
    answer: `A TTL alone always keeps the cache correct, so invalidation on write is unnecessary. Change data capture and events are only for analytics and have nothing to do with caches. Races between a read and an invalidation cannot happen, because the cache and the database are always updated at the same instant.`,
    expected: "poor",
    note: "Absolute wrong claims ('always keeps the cache correct', 'cannot happen') stuffed with the rubric's terms.",
  },
  {
    id: "hal-role-sharding-spoken-good",
    author: "hal",
    kind: "good_without_metric",
    question: "be-db-sharding",
    level: "L4",
    answer: `um so you shard when one machine can't hold the data anymore or can't take the write volume, like vertical scaling has hit its limits. and the big decision is the shard key, so something like the tenant id or a hash of the user id, and you want it to spread load, because if you pick badly you get hot spots, like one celebrity user hammering one shard. and then the pain is cross-shard queries, joins and transactions across shards get really hard so you design to avoid them.`,
    expected: "good",
    note: "Spoken, light filler; four of five points made correctly (no resharding).",
  },
  {
    id: "hal-bh-feedback-spoken-we-strong",
    author: "hal",
    kind: "strong_we",
    question: "bh-cus-feedback",
    level: "L4",
    answer: `so at my last job we had planned a big dashboard redesign for the quarter, it was on the roadmap and the designs were done. but before we built it i set up five usability interviews with customers, because our support tickets kept mentioning exports and i wanted to check our assumption. and it turned out nobody cared much about the dashboard, what they really wanted was scheduled csv exports so they could put the numbers into their own reports. so we changed the plan, we dropped most of the redesign and i built the scheduled exports with one other engineer, i did the scheduler and the email delivery and she did the settings page. within two months about 40 percent of active accounts had set up a scheduled export, and support tickets about exports went down by about two thirds.`,
    expected: "excellent",
    note: "Spoken run-on in 'we' and 'i', own part clear (ran the interviews, built scheduler and delivery), planned versus changed, measured impact.",
  },
  {
    id: "hal-bh-feedback-short-strong",
    author: "hal",
    kind: "strong",
    question: "bh-cus-feedback",
    level: "L3",
    answer: `We had planned to add a dark mode next, but in our quarterly survey 300 users asked for keyboard shortcuts instead and almost nobody mentioned dark mode. I proposed swapping the two, wrote the shortcut system myself in two weeks and added a cheat sheet. Within a month 28% of weekly users were using shortcuts, and the survey score for speed went from 6.1 to 7.4.`,
    expected: "excellent",
    note: "Strong but short (about 70 words): feedback and how it was gathered, the original plan, the change with own part, measured impact.",
  },
  {
    id: "hal-role-mocking-salad",
    author: "hal",
    kind: "keyword_list",
    question: "gen-test-mocking",
    level: "L3",
    answer: `External boundaries, network, third-party, payment, over-mocking, brittle, coupled to implementation, fakes, in-memory, test doubles, stubs, testcontainers, Docker, real database, integration tests.`,
    expected: "poor",
    note: "A keyword salad, no sentence about any of them.",
  },
];
