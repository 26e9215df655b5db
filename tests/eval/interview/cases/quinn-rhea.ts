// Blind held-out set F: authors `quinn` and `rhea`, written and rated on SCALE.md in one
// sitting on 2026-12-07, after the tuning batch pia and before either was run, and committed
// before its first run. It is run once, at the end of the round of tuning that follows, and
// reported as blind; it is never read while tuning. `quinn` is a data engineer at a bank who
// writes long sentences joined with "which" and "and so", with British spelling; `rhea` is a
// frontend lead at a news publisher whose answers are spoken transcripts that count their
// points ("one … two …") and start with "so". Companies, stages and questions differ from
// the earlier sets where the bank allows.
// HELD OUT (blind): never read while tuning.
import type { EvalCase } from "./types.ts";

export const QUINN_RHEA_CASES: EvalCase[] = [
  // ---------- quinn: behavioural ----------
  {
    id: "quinn-bh-metrics-wrong-strong",
    author: "quinn",
    kind: "strong",
    question: "bh-dd-metrics-wrong",
    level: "L4",
    answer: `In my second year at the bank the daily fraud report showed card fraud falling by a third over a fortnight, which everyone upstairs was delighted about and which I did not believe, because nothing in our rules had changed. I pulled the raw transaction counts for the same fortnight and found that the total number of card transactions had fallen by almost exactly the same third, and so the rate had not moved at all. I traced the drop to one of our three card processors, whose nightly file had been arriving half-empty since a change on their side, and I wrote a check into the pipeline that compared each file's row count with the same weekday of the previous four weeks and stopped the report if it was more than 20% out. The processor resent eleven days of files, the fraud figures were corrected before the quarterly risk committee saw them, and the row-count check has since caught two more bad files.`,
    expected: "excellent",
    note: "A number that looked wrong, the speaker's own investigation and fix, a concrete checkable result with figures.",
  },
  {
    id: "quinn-bh-stop-project-we-strong",
    author: "quinn",
    kind: "strong_we",
    question: "bh-pri-stop-project",
    level: "L5",
    answer: `We were four months into rebuilding the bank's customer data warehouse on a new platform when the vendor announced it was dropping the region we were required to host in. The team's instinct was to keep going and find a workaround. My part was to work out what a workaround would really cost, and so I costed three options over a week — staying with a self-hosted version, moving region with a legal exemption, or stopping and extending the old warehouse — and wrote them up on two pages with the risks of each. I took the paper to our director and recommended stopping, which nobody enjoyed hearing. She agreed, we froze the work that Friday, and the money left in the budget, about 600,000 pounds, went to extending the old warehouse for two years instead of being spent on a platform we would have had to leave.`,
    expected: "excellent",
    note: "Team context in 'we', the speaker's own part explicit (costing, writing, recommending), a concrete result with a figure.",
  },
  {
    id: "quinn-bh-mentee-qualitative-good",
    author: "quinn",
    kind: "good_without_metric",
    question: "bh-men-mentee",
    level: "L5",
    answer: `I mentored a graduate, Eilidh, who joined the data team straight from a statistics degree and who could model anything but had never used version control or written a test. We met for an hour each week, and rather than lecturing I had her bring whatever she was stuck on, which early on was mostly git. I paired with her on her first two pipeline changes and then let her take the next one alone, reviewing it afterwards rather than during. Over the year she became far more confident and she is now someone the team goes to with questions.`,
    expected: "good",
    note: "Clear situation and actions; the result ('far more confident', 'someone the team goes to') is real but has no measure or checkable outcome: one gap.",
  },
  {
    id: "quinn-bh-hard-call-rambling",
    author: "quinn",
    kind: "rambling",
    question: "bh-lead-hard-call",
    level: "L4",
    answer: `Hard calls are a funny thing in banking, because so much of what we do is governed by policy that you rarely get to make one yourself, and I think that is mostly a good thing, although it does mean that when one does land on you there is not much practice to draw on. I have always felt that the people who make the best calls are the ones who are comfortable being wrong, which is not something they teach you. In any case there was one time when a batch job that feeds the regulators failed on the last night of the quarter and I had to decide whether to rerun it with data that might have been incomplete or file late, and I decided to rerun it. There were a lot of people involved and it was a long night, and I remember the coffee machine was broken, which did not help anyone's mood. Regulation in general has become much heavier since 2008, and I suspect most engineers outside banking have no idea how much of our time goes on it. Anyway it turned out fine in the end.`,
    expected: "mixed",
    note: "A real decision is buried in general views and digressions; almost no account of how the call was made, a vague result. So long and wandering that the story is buried.",
  },
  {
    id: "quinn-bh-off-topic-complete",
    author: "quinn",
    kind: "off_topic",
    question: "bh-inc-quiet-voices",
    level: "L4",
    answer: `Last year our nightly reconciliation job started taking six hours instead of two, which meant the morning reports were late for the traders. I profiled it and found that a join on account numbers was being done in Python row by row rather than in the database. I rewrote that step as a single SQL query with an index on the account column and added a timing alert. The job went back to under ninety minutes and the reports have been on time every morning since.`,
    expected: "poor",
    note: "A complete, measured story, but about a performance fix; the question asks about making sure quieter people were heard. Off topic.",
  },
  {
    id: "quinn-bh-too-short",
    author: "quinn",
    kind: "too_short",
    question: "bh-col-remote",
    level: "L3",
    answer: `I worked with a team in Pune on a data feed. The time difference was hard but we managed it well.`,
    expected: "poor",
    note: "Two sentences: too short to judge, no actions, no result.",
  },
  // ---------- quinn: technical ----------
  {
    id: "quinn-role-replication-strong",
    author: "quinn",
    kind: "strong",
    question: "be-db-replication",
    level: "L4",
    answer: `All writes go to one leader, which streams its change log to the followers, and reads can be spread over the followers. If the leader waits for a follower to confirm before acknowledging a write, that is synchronous replication, which is safer but slower and stalls when that follower is down; most systems replicate asynchronously, or semi-synchronously with one confirmed follower. Asynchronous replication means followers lag, and so a user who updates their address and then reloads the page may read from a follower that has not caught up and see the old one, which is why you route a user's reads to the leader for a short while after they write, to get read-your-writes. If the leader dies and an asynchronous follower is promoted, any writes it had not received are lost, and if the old leader comes back still thinking it is the leader you get split brain, so failover needs fencing.`,
    expected: "excellent",
    note: "Leader and followers, sync versus async, stale reads with read-your-writes, failover and data loss: all four, explained.",
  },
  {
    id: "quinn-role-transactions-stuffed",
    author: "quinn",
    kind: "keyword_stuffed_wrong",
    question: "be-db-transactions",
    level: "L4",
    answer: `ACID stands for atomicity, consistency, isolation and durability, and the isolation levels are read uncommitted, read committed, repeatable read and serializable. In practice the level you choose makes no difference to what you can see, because every modern database prevents dirty reads, non-repeatable reads and phantoms at every level anyway, and so serializable costs nothing extra over read committed and you may as well always use it.`,
    expected: "poor",
    note: "The names are right, but the claims are wrong: the levels differ exactly in which anomalies they allow, and serializable has a real cost in locking and retries.",
  },
  {
    id: "quinn-role-connection-pool-partial",
    author: "quinn",
    kind: "partial",
    question: "be-db-connection-pool",
    level: "L3",
    answer: `A connection pool keeps a set of open database connections and lends them out to requests, because opening a new connection each time means a network handshake and authentication, which is slow. The database can only accept so many connections at once, so the pool also stops the application from going over that limit.`,
    expected: "mixed",
    note: "Reuse and the connection limit are explained; nothing on sizing, exhaustion symptoms or a proxy: some of the points.",
  },
  {
    id: "quinn-concept-external-sort-good",
    author: "quinn",
    kind: "good_without_metric",
    question: "co-external-sort",
    level: "L4",
    answer: `You cannot load 100 GB into 8 GB, and so you read the file in chunks of about 6 GB, sort each chunk in memory and write it out to disk as a sorted run, which gives you around seventeen runs. Then you merge the runs: open all seventeen, keep the current smallest line of each in a min-heap, repeatedly take the smallest and write it out, refilling from the run it came from.`,
    expected: "good",
    note: "Chunks that fit in memory, sorted runs on disk, a k-way merge with a heap; nothing on I/O being the bottleneck or buffering: most points.",
  },
  {
    id: "quinn-sd-payments-paraphrase",
    author: "quinn",
    kind: "strong",
    question: "sd-payments",
    level: "L6",
    answer: `I would start by sizing it: say two million charges a day, peaks of around 200 a second at month end, and a rule that we must never charge a customer twice or lose track of money. Every charge request carries a key chosen by the caller, and we store the key with the outcome, so a caller that retries after a timeout gets the first result back rather than a second charge. Money movements are recorded in an append-only ledger where each movement is two entries, a debit and a credit, which always balance, and nothing in it is ever updated in place. The awkward case is the outside provider timing out: we do not know whether the charge happened, so the payment sits in a pending state, and we settle it either from the provider's callback or by asking the provider for its status later. Each night we match our ledger line by line against the provider's settlement file and raise anything that does not agree. Card numbers never touch our systems: the provider's page collects them and gives us a token, which keeps us out of most of the card-industry compliance burden.`,
    expected: "excellent",
    note: "Scale, idempotency keys, a double-entry ledger, unknown states after timeouts, reconciliation, and tokenisation for compliance, partly in paraphrase.",
  },
  {
    id: "quinn-sd-job-scheduler-contradiction",
    author: "quinn",
    kind: "keyword_stuffed_wrong",
    question: "sd-job-scheduler",
    level: "L5",
    answer: `About five million jobs a day, so roughly sixty a second on average. Jobs go into a table indexed on their due time, and a set of dispatcher processes poll for due jobs and hand them to workers through a queue, with leases so a crashed worker's job is picked up again. To make sure each job runs exactly once, every dispatcher simply takes all the due jobs it finds without any locking or claiming, since two dispatchers will never read the same row at the same moment. Failed jobs are retried with backoff and moved to a dead-letter queue after five tries.`,
    expected: "poor",
    note: "Sounds complete, but the exactly-once claim is false and fatal: dispatchers polling the same table without claiming rows will run the same job twice. The terms are right; the design does not do what it says.",
  },
  // ---------- rhea: behavioural ----------
  {
    id: "rhea-bh-accessibility-result-first",
    author: "rhea",
    kind: "strong",
    question: "bh-cus-accessibility",
    level: "L5",
    answer: `So the short version is that screen-reader users went from not being able to finish our paywall sign-up at all to finishing it at about the same rate as everyone else. How we got there: one, a reader who is blind emailed the newsroom saying she had given up subscribing after twenty minutes, and the editor forwarded it to me. Two, I sat with her on a video call while she tried it, and the problems were obvious once I heard it: the plan cards were divs with click handlers, the card form trapped focus and the errors were only shown in red. Three, I rebuilt the plan picker as radio buttons, fixed the focus order, and tied each error message to its field so it is read out. And four, I added an automated accessibility check to our pipeline so it cannot quietly break again. She subscribed the week it shipped, and our analytics showed completion with a screen reader going from zero to 61%, against 64% overall.`,
    expected: "excellent",
    note: "Result first, then a numbered situation and the speaker's own actions, and a measured result: complete, in an unusual order.",
  },
  {
    id: "rhea-bh-changed-priorities-we-good",
    author: "rhea",
    kind: "strong_we",
    question: "bh-amb-changed-priorities",
    level: "L4",
    answer: `So we were halfway through rebuilding the article page when the election was called six weeks early, and suddenly the priority was the live results map. We dropped the article work the same afternoon. We split the map into pieces, we got a results feed from the data desk, we built it, we load tested it, and we shipped it four days before polling day. On the night it handled about three times our normal traffic without falling over.`,
    expected: "good",
    note: "A clear situation and a measured result, but every step is 'we' and the speaker's own part is never said: one gap.",
  },
  {
    id: "rhea-bh-code-review-strong",
    author: "rhea",
    kind: "strong",
    question: "bh-con-code-review",
    level: "L4",
    answer: `So a senior engineer on another team blocked my pull request that moved our image component to native lazy loading, and the thread got to forty comments with both of us getting short with each other. His worry was that lazy images would hurt our largest contentful paint on article pages, where the lead photo matters. I stopped replying in the thread and asked him for half an hour instead. I suggested we settle it with numbers: I put the change behind a flag on ten percent of article traffic for a week and left the lead image eager, which was his real concern. The field data came back with LCP unchanged and page weight down by about 30% on long articles, he approved the PR that Monday, and we wrote the eager-lead-image rule into our component docs together.`,
    expected: "excellent",
    note: "The disagreement, the speaker's own steps (a call, an experiment that addressed his concern), a measured result and a lasting change.",
  },
  {
    id: "rhea-bh-habits-vague",
    author: "rhea",
    kind: "vague",
    question: "bh-hs-testing",
    level: "L4",
    answer: `So I always push for tests, that is kind of my thing. Usually when I join a team I look at what they have, and normally there are some unit tests but not many end-to-end ones, so I tend to add a few and talk to people about why they matter. I generally find that once people see a test catch a bug they come round. I also like to make the test suite fast, because nobody runs slow tests.`,
    expected: "mixed",
    note: "On topic, but general habits ('always', 'usually', 'tend to') instead of one occasion; no result.",
  },
  {
    id: "rhea-bh-copied-question",
    author: "rhea",
    kind: "copied_question",
    question: "bh-inn-think-big",
    level: "L4",
    answer: `So a time I proposed something much bigger than what was asked. Yeah, a time when I proposed something much bigger than what was asked for.`,
    expected: "poor",
    note: "The question read back twice.",
  },
  // ---------- rhea: technical ----------
  {
    id: "rhea-role-core-vitals-strong",
    author: "rhea",
    kind: "strong",
    question: "fe-perf-core-vitals",
    level: "L4",
    answer: `So there are three. One, LCP, largest contentful paint: how long until the biggest thing, usually the lead image, is drawn. You improve it by preloading that image, serving it at the right size, and making the server respond faster. Two, INP, interaction to next paint: how long the page takes to respond to a tap or key press. That is main-thread work, so you break up long tasks, defer third-party scripts and do less on each interaction. Three, CLS, cumulative layout shift: how much things jump around. You fix it by giving images and ad slots their dimensions up front so the space is reserved. And you measure all three from real users, with the web-vitals library or CrUX, because lab numbers from your laptop are not what readers see.`,
    expected: "excellent",
    note: "LCP, INP, CLS each with how to improve it, and field measurement: all four points.",
  },
  {
    id: "rhea-role-event-loop-stuffed",
    author: "rhea",
    kind: "keyword_stuffed_wrong",
    question: "fe-br-event-loop",
    level: "L3",
    answer: `So, call stack, task queue, microtask queue, setTimeout, promises, rendering. The way it works is that setTimeout with zero runs before any promise callbacks, because timers always have priority, and the browser runs several tasks at once on different threads, so a long task on the main thread does not block rendering or clicks.`,
    expected: "poor",
    note: "A list of the right terms, then two wrong claims: promise callbacks (microtasks) run before the next timer task, and JavaScript on the main thread runs one task at a time and does block rendering.",
  },
  {
    id: "rhea-role-bundle-stuffed-negated",
    author: "rhea",
    kind: "keyword_stuffed_wrong",
    question: "fe-perf-bundle",
    level: "L4",
    answer: `So the usual advice is bundle analysis, code splitting by route, lazy loading, replacing moment and lodash, tree shaking and a budget in CI. Honestly none of that moves the needle for a 2 MB bundle, because browsers cache it after the first visit and gzip shrinks it to nothing, so the size of the bundle is not a real problem for users.`,
    expected: "poor",
    note: "Names every technique, then denies the problem exists (parse and execution cost, first visits, mobile): the right terms used to say the wrong thing.",
  },
  {
    id: "rhea-role-storage-good",
    author: "rhea",
    kind: "good_without_metric",
    question: "fe-br-storage",
    level: "L3",
    answer: `So, cookies go to the server with every request and are limited to about 4 KB, so you keep them small; for anything sensitive like a session you set HttpOnly, Secure and SameSite so scripts cannot read it and it is not sent cross-site. localStorage and sessionStorage are simple key-value stores with a synchronous API; localStorage persists until cleared and sessionStorage lasts only as long as the tab. IndexedDB is the asynchronous one for larger structured data, like an offline article cache.`,
    expected: "good",
    note: "Cookies and size, security flags, local and session storage, IndexedDB: four of five points; the warning about never storing tokens where scripts can read them is only implied by HttpOnly.",
  },
  {
    id: "rhea-role-closures-term-list",
    author: "rhea",
    kind: "keyword_list",
    question: "fe-br-closures",
    level: "L3",
    answer: `So: lexical scope, outer scope, private state, counter factory, callbacks, stale values, var in loops, memory leaks.`,
    expected: "poor",
    note: "A bare list of the right terms with nothing explained.",
  },
  {
    id: "rhea-sd-fe-news-feed-good",
    author: "rhea",
    kind: "good_without_metric",
    question: "sd-fe-news-feed",
    level: "L5",
    answer: `So I would fetch the feed in pages using a cursor from the last item rather than page numbers, because new stories arrive at the top all the time and offsets would skip or repeat them. Rendering: only the items near the viewport are actually in the DOM, with a windowing library, so a reader who scrolls through 500 stories still has a light page. State: I keep stories in a normalised store keyed by id, so when a story is updated or appears twice it is one object. And for performance, images lazy load below the fold with their dimensions set, and focus is kept on the item you were on when new content is inserted above.`,
    expected: "good",
    note: "Cursor pagination, virtualised rendering, normalised state, performance and accessibility, each explained; nothing on optimistic interactions such as likes: most points.",
  },
  // ---------- code ----------
  {
    id: "rhea-co-parentheses-python-correct",
    author: "rhea",
    kind: "code_correct",
    question: "co-valid-parentheses",
    level: "L3",
    answer: `So I push every opener on a stack and for each closer check that the top of the stack is its partner. At the end the stack has to be empty.`,
    code: {
      language: "python",
      source: `def is_valid(s):
    partner = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in partner:
            if not stack or stack.pop() != partner[ch]:
                return False
        else:
            stack.append(ch)
    return not stack`,
    },
    expected: "excellent",
    allPass: true,
    note: "Correct stack solution in linear time; handles the empty string, leftover openers and a closer first.",
  },
  {
    id: "quinn-co-merge-intervals-js-buggy",
    author: "quinn",
    kind: "code_buggy",
    question: "co-merge-intervals",
    level: "L4",
    answer: `I merge each interval into the previous one when they overlap, which is linear after sorting.`,
    code: {
      language: "javascript",
      source: `function merge(intervals) {
  const out = [];
  for (const [start, end] of intervals) {
    const last = out[out.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}`,
    },
    expected: "mixed",
    allPass: false,
    note: "Never sorts, and treats touching intervals as separate (start < end rather than <=): fails the unsorted and touching tests but passes most others.",
  },
];
