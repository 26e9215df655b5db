// Gus: the fresh held-out set C, written in one sitting before any tuning of this round and
// rated on SCALE.md before it was first run. Kinds and wording the other authors do not use:
// spoken transcripts with fillers, "term: verdict" bullets, strong answers told in "we",
// strong-but-short answers, long rambling ones, copies of the question, keyword salads,
// correct and buggy code in JavaScript, TypeScript and Python. HELD OUT: never read while
// tuning the feedback.
import type { EvalCase } from "./types.ts";

export const GUS_CASES: EvalCase[] = [
  // ---------- behavioural ----------
  {
    id: "gus-bh-perf-spoken-strong",
    author: "gus",
    kind: "strong",
    question: "bh-dd-perf",
    level: "L4",
    answer: `so the one that comes to mind is our search page at my last company. customers started complaining that search was slow, and our p99 latency had crept from about 300 milliseconds to over 2 seconds over a couple of months. i was on the team that owned search, and i took it on because nobody had looked at it properly. before touching anything i measured: i added tracing to each step of the request and pulled a flame graph from one of the production pods. it turned out most of the time wasn't in elasticsearch at all, it was in our own code that re-ranked results, which loaded every product's price history from the database one row at a time. so i rewrote that step to fetch the price data in one batched query and cached it for five minutes, and i added a latency alert so we would see it early next time. after the release p99 went back down to 350 milliseconds, and the complaints in the support queue about slow search dropped from around forty a week to two or three.`,
    expected: "excellent",
    note: "Spoken, lower case, a couple of 'so's but little real filler; symptom, measurement first, cause, fix, measured result.",
  },
  {
    id: "gus-bh-manager-spoken-filler-good",
    author: "gus",
    kind: "good_without_metric",
    question: "bh-con-manager",
    level: "L3",
    answer: `um okay so, my manager decided, like, that we would skip writing tests for the new billing export because the date was really tight, and i was, um, kind of worried about that because billing bugs are basically the worst kind, you know, customers see them right away. so i asked her for a quick one-on-one and i, like, explained my concern and i brought a short list of the three cases that i thought could actually go wrong, like rounding and time zones and refunds. i proposed that i'd write tests just for those three, which was maybe half a day, and she agreed to that, um, so we kept the date. and honestly one of those tests caught a time zone bug before the release, so, yeah, it was worth it. i learned that coming with a small concrete proposal works way better than just saying i disagree.`,
    expected: "good",
    note: "A complete, specific story with a result and a lesson, but heavy filler (um, like, basically, you know) and the result has no measure.",
  },
  {
    id: "gus-bh-priorities-we-strong",
    author: "gus",
    kind: "strong_we",
    question: "bh-amb-changed-priorities",
    level: "L4",
    answer: `Halfway through a quarter we were building a loyalty programme for our grocery app when a new regulation meant we had to support card payments with strong customer authentication within six weeks, or lose about a third of our European revenue. Leadership moved the whole team of five onto it overnight.
We agreed as a team to pause the loyalty work cleanly rather than leave it half merged. My part was the re-plan: I split the authentication work into three slices that could each ship on their own, and I wrote the short note that told sales, support and the loyalty stakeholders what was paused, why, and when we expected to pick it back up.
Then we divided the build. Two colleagues took the payment provider integration; I built the retry and fallback flow for customers whose bank challenge failed, and I set up a dashboard of challenge success rates by bank so we could see problems on day one.
We shipped the first slice in three weeks and the last one four days before the deadline. Challenge success was 94% in the first week, failed checkouts stayed under 1%, and we resumed the loyalty work two sprints later with nothing lost because it had been paused behind a flag.`,
    expected: "excellent",
    note: "Mostly 'we', but the speaker's own part (re-plan, stakeholder note, fallback flow, dashboard) is clear; concrete measured result.",
  },
  {
    id: "gus-bh-automate-we-unclear-good",
    author: "gus",
    kind: "strong_we",
    question: "bh-inn-automate",
    level: "L4",
    answer: `Our team spent every Monday morning preparing the weekly release: cutting a branch, collecting the merged tickets, writing release notes and updating three dashboards by hand. It took about four hours of engineer time each week and mistakes in the notes were common. We decided to automate it. We wrote a script that cut the branch and collected the tickets from the tracker, we generated the release notes from pull request labels, and we added a step to the CI pipeline that updated the dashboards. We tested the script against the previous ten releases before trusting it, and we documented how to run each step by hand if it failed. After that the release took about twenty minutes instead of four hours, and we had no wrong release notes in the following six months.`,
    expected: "good",
    note: "Clear repetitive cost, automation, reliability and a measured result, but 'we' throughout: the speaker's own part is never said.",
  },
  {
    id: "gus-bh-mistake-short-strong",
    author: "gus",
    kind: "strong",
    question: "bh-fail-biggest",
    level: "L3",
    answer: `In my first year I ran a data migration script against production with the wrong customer filter and it set 1,200 accounts to the free plan. I noticed within ten minutes from the plan-change alerts, told my lead straight away and said it was my mistake. I restored the plans from the previous night's backup joined with that day's audit log, and every account was correct again within two hours; no customer was billed wrongly. Since then I run every migration as a dry run first that prints the rows it would change, and I added that step to our team's migration checklist.`,
    expected: "excellent",
    note: "Strong but short (about 100 words, under a minute): real own mistake, owned at once, repaired with numbers, lasting change. Short by the norm but nothing is missing.",
  },
  {
    id: "gus-bh-estimate-too-short-good",
    author: "gus",
    kind: "good_without_metric",
    question: "bh-del-estimate",
    level: "L3",
    answer: `I estimated two weeks for adding SSO login, and it took six, because I had assumed our user table could store one identity per person and it could not. I told my lead as soon as I found that out and we moved the launch. Now I do a one-day spike on anything touching auth before I give an estimate.`,
    expected: "good",
    note: "Has estimate versus actual, why, early reset and a changed habit, but at about 60 words it is well under the norm and the actions are thin.",
  },
  {
    id: "gus-bh-estimate-rambling",
    author: "gus",
    kind: "rambling",
    question: "bh-del-estimate",
    level: "L4",
    answer: `Estimates are a funny thing, and I have a lot of opinions about them. At my previous company we used story points for a while, then we switched to t-shirt sizes, then we went back to days because the product managers wanted dates for the roadmap, and honestly none of it ever really worked because the real problem is that people want certainty that does not exist. I remember reading a book about this, I think it was about software estimation, that said you should give ranges, and I agree with that in principle. Anyway there was one project, a reporting feature, where the estimate was off. The team had estimated it at a sprint or maybe a sprint and a half, I was not the one who estimated it originally, it was the tech lead, but I was working on it. There were a lot of meetings about the scope, and the designs changed a few times, and then the data was in a different format than we thought, and there was also a reorganisation around that time so some people moved teams, and our manager changed too. It ended up taking quite a bit longer, several sprints in the end, I do not remember exactly. People were a bit frustrated but it got done eventually. The new manager was more relaxed about dates, which helped. I think what I took from it is that estimates are always going to be wrong and you just have to accept that, and the company culture matters a lot, some companies punish you for being late and some do not. In my current thinking, the best teams do not really estimate at all, they just ship small things continuously, and that is the kind of team I want to be on. We also tried planning poker once, which was fun but did not make the numbers any better. Overall I would say I have learned a lot about estimation over the years from many different projects and from reading about it.`,
    expected: "mixed",
    note: "On topic but wandering: general views bury a thin story with no own actions, no early reset and a vague result.",
  },
  {
    id: "gus-bh-push-back-copied",
    author: "gus",
    kind: "copied_question",
    question: "bh-inf-say-no",
    level: "L4",
    answer: `A time I pushed back on a request from a senior stakeholder. I will describe a time I pushed back on a request from a senior stakeholder.`,
    expected: "poor",
    note: "The question restated twice; nothing answered.",
  },
  {
    id: "gus-bh-mentee-keyword-salad",
    author: "gus",
    kind: "keyword_list",
    question: "bh-men-mentee",
    level: "L4",
    answer: `Mentoring, junior engineer, intern, paired programming, code reviews, one-on-ones, feedback, stretch goals, learning style, adapted pace, confidence, promoted, independent, grew, leads projects now.`,
    expected: "poor",
    note: "A keyword salad of every rubric term with no story, no person and no occasion.",
  },
  {
    id: "gus-bh-root-cause-labelled-strong",
    author: "gus",
    kind: "strong",
    question: "bh-dd-root-cause",
    level: "L5",
    answer: `Context: our nightly invoice job started failing about once a week, and everyone thought it was the database running out of connections, because that is what the error said.
My role: I was the on-call lead that month and I wanted the failures gone for good, not restarted away again.
What I did:
- Pulled the logs of the last six failures and lined them up with the database metrics: the connection pool was never actually full when the job died.
- Reproduced it locally by replaying one night's input, and bisected the input until a single customer with 40,000 line items triggered it.
- Found the real cause: that customer's invoice was built in one transaction that held a lock for minutes, other workers timed out waiting, and the timeout surfaced as a connection error.
- Split invoice building into batches of 500 lines, added a test with a 50,000-line customer and an alert on lock wait time.
Outcome: the job has not failed in the eight months since, and the run time dropped from 90 to 25 minutes.`,
    expected: "excellent",
    note: "Labels other than STAR ('Context', 'My role', 'What I did', 'Outcome'); the obvious explanation, digging, real root cause, fix and prevention with numbers.",
  },
  {
    id: "gus-bh-bad-news-off-topic",
    author: "gus",
    kind: "off_topic",
    question: "bh-com-bad-news",
    level: "L4",
    answer: `I led the rewrite of our onboarding flow last spring. I interviewed six new customers, found that the account setup asked for eleven fields we did not need, and cut it to four. I built the new flow in React with the design team and we ran it as an A/B test for two weeks. Activation went up from 41% to 55%, and the support tickets about setup halved. The product team liked it so much that they used the same approach for the billing settings.`,
    expected: "poor",
    note: "A success story with no bad news anywhere: it does not answer the question asked.",
  },
  {
    id: "gus-bh-underperformer-hypothetical",
    author: "gus",
    kind: "hypothetical",
    question: "bh-lead-underperformer",
    level: "L5",
    answer: `If someone on my team were struggling, I would first try to notice the signs early, like missed deadlines or going quiet in standups. I would set up a private one-on-one and ask them how things are going, and I would listen more than talk. Then I would agree a plan with them, maybe smaller tasks, pairing with a senior engineer and a weekly check-in. I would expect their confidence to come back over a few weeks, and if it did not, I would involve our manager.`,
    expected: "poor",
    note: "A method in the conditional, never a real time it happened.",
  },
  {
    id: "gus-bh-hard-feedback-generic",
    author: "gus",
    kind: "vague",
    question: "bh-fb-received-hard",
    level: "L3",
    answer: `I always try to take feedback well. Usually when someone gives me hard feedback I thank them and think about it before reacting, because my first reaction is sometimes defensive. I normally write it down and pick one thing to work on, and I check in with the person a few weeks later to see if they have noticed a change. I find that this way feedback becomes a normal part of working together rather than something scary, and people tend to give me more of it over time.`,
    expected: "mixed",
    note: "On topic but general habits ('always', 'usually', 'normally') instead of one real piece of feedback and what came of it.",
  },
  {
    id: "gus-bh-tech-debt-no-result",
    author: "gus",
    kind: "partial",
    question: "bh-pri-tech-debt",
    level: "L4",
    answer: `Our checkout service had grown around a ten-year-old pricing module that nobody wanted to touch. Every change to prices took a week and broke something about once a month. I wanted the team to get a quarter to replace it, so I gathered data: I went through six months of incidents and found that nine of them started in that module, and I measured that pricing tickets took three times longer than other tickets. I wrote a one-page proposal with an incremental plan that replaced one price rule at a time behind a flag, so we never had to stop feature work, and I presented it at our planning meeting with the incident list.`,
    expected: "mixed",
    note: "Strong set-up and quantified case, but it stops before any result: we never learn whether the case was accepted or what changed.",
  },
  {
    id: "gus-bh-bad-news-we-strong",
    author: "gus",
    kind: "strong_we",
    question: "bh-com-bad-news",
    level: "L5",
    answer: `Two months before a contracted launch for our biggest customer, we found that the data migration we depended on would slip by at least five weeks: the legacy export could not keep up with their volume. We were a team of four and I was the tech lead, so telling people was my job.
We spent one day working out real options before anyone outside the team heard about it, because I did not want to bring bad news without a plan. I then told my director and the account manager the same afternoon, directly, with the new date and three options: launch on time with a manual import for their top 200 accounts, launch on time with read-only history, or move the date by five weeks.
I took the call with the customer myself. I explained what went wrong in plain words and what each option meant for them. They chose the manual import for the top accounts.
We launched on the original date. My two colleagues ran the manual import of the 200 accounts, I built the validation that compared them with the legacy system, and the full migration landed four weeks later. The customer renewed for three years that autumn, and the account manager told me that hearing it early and with options was why they trusted the date.`,
    expected: "excellent",
    note: "Told in 'we' with the speaker's own part explicit (told people the same day, took the customer call, built the validation); early, options, outcome with a number.",
  },
  {
    id: "gus-bh-automate-gibberish",
    author: "gus",
    kind: "gibberish",
    question: "bh-inn-automate",
    level: "L3",
    answer: `asdf jkl qwerty automation hmm the the script bot and yes yes no maybe pipeline lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.`,
    expected: "poor",
    note: "Keyboard mashing and placeholder Latin.",
  },

  // ---------- free-text technical ----------
  {
    id: "gus-role-retries-term-verdict-strong",
    author: "gus",
    kind: "strong",
    question: "be-ds-retries",
    level: "L4",
    answer: `- Idempotency: only retry operations that are safe to repeat; a payment POST needs an idempotency key first, otherwise a retry can charge twice.
- Backoff: exponential backoff with jitter, so that thousands of clients do not retry in lockstep and hammer the dependency the moment it recovers.
- Limits: a maximum of two or three retries per call and a retry budget for the whole service (say retries may add at most 10% to traffic), which stops retry storms that amplify an outage.
- Timeouts: every call gets a timeout shorter than the caller's own deadline.
- Circuit breaker: after a run of failures, open the breaker and fail fast for a while instead of retrying at all, then let a few probe requests through.`,
    expected: "excellent",
    note: "'term: verdict' bullets, each making a correct point with its reason: idempotency, backoff with jitter, budget and limits, timeouts and circuit breakers.",
  },
  {
    id: "gus-role-indexes-term-verdict-good",
    author: "gus",
    kind: "good_without_metric",
    question: "be-db-indexes",
    level: "L3",
    answer: `Structure: a B-tree, which keeps keys sorted so the database can find a row in about log n steps instead of scanning the whole table.
Reads: fast lookups by value and fast range scans, because neighbouring keys sit next to each other in the tree.
Cost: every insert, update and delete has to update each index too, so writes get slower, and the index takes extra disk space.`,
    expected: "good",
    note: "'term: verdict' bullets making three of five points correctly and explained; composite column order and covering indexes are missing.",
  },
  {
    id: "gus-role-locking-term-verdict-wrong",
    author: "gus",
    kind: "keyword_stuffed_wrong",
    question: "be-db-locking",
    level: "L4",
    answer: `- Race condition: not a real risk here, because databases run each request one at a time anyway.
- Atomic update: unnecessary; read the balance in the application, add the amount, and write it back.
- SELECT FOR UPDATE: avoid it, row locks always deadlock under load.
- Optimistic locking with a version column: pointless overhead, the last write winning is fine for balances.`,
    expected: "poor",
    note: "Every rubric term appears as a bullet heading, and each verdict is wrong: it denies the race and recommends the lost-update pattern.",
  },
  {
    id: "gus-role-stampede-keyword-salad",
    author: "gus",
    kind: "keyword_list",
    question: "be-cache-stampede",
    level: "L4",
    answer: `Thundering herd, stampede, expire, same time, mutex, lock, singleflight, request coalescing, probabilistic early refresh, refresh ahead, background refresh, jitter, random TTL.`,
    expected: "poor",
    note: "A keyword salad: every term, no sentence saying what any of them does.",
  },
  {
    id: "gus-role-cors-keyword-stuffed-wrong",
    author: "gus",
    kind: "keyword_stuffed_wrong",
    question: "fe-br-cors",
    level: "L3",
    answer: `CORS is the server's main protection: with the right Access-Control-Allow-Origin header nobody can call your API, not even with curl. The same-origin policy only applies to images and CSS, not to fetch. Preflight OPTIONS requests are sent only for GET requests. Using a wildcard origin together with credentials and cookies is fine and is the usual setup for a public API.`,
    expected: "poor",
    note: "Uses the rubric's terms (same-origin, preflight, allow-origin header, credentials, wildcard) to say wrong things about each.",
  },
  {
    id: "gus-concept-hash-table-keyword-stuffed-wrong",
    author: "gus",
    kind: "keyword_stuffed_wrong",
    question: "co-hash-table",
    level: "L3",
    answer: `A hash table keeps its keys in a sorted tree, and the hash function picks the branch. With a good hash function collisions cannot happen, so chaining and open addressing are only needed for bad implementations. The load factor does not matter and a hash table never needs resizing or rehashing. Lookups are O(1) in every case, even the worst case, so a hash table never degrades to O(n).`,
    expected: "poor",
    note: "Stuffed with buckets, collisions, chaining, load factor, resizing and O(n), every one of them claimed wrongly.",
  },
  {
    id: "gus-role-passwords-spoken-strong",
    author: "gus",
    kind: "strong",
    question: "gen-sec-passwords",
    level: "L3",
    answer: `okay so first, you never store passwords in plain text, and not with reversible encryption either, because if the database leaks then every password leaks with it. what you store is a slow password hash, so argon2id or bcrypt, with a unique random salt per user, and the salt means two people with the same password get different hashes and precomputed tables are useless. the slowness is the point, it makes guessing expensive, and you tune the cost so one hash takes a few hundred milliseconds on your servers. and then on the login side you rate limit attempts per account and per ip, you check new passwords against a list of breached passwords, and you offer mfa.`,
    expected: "excellent",
    note: "Spoken, lower case, one run-on; makes all four points correctly with the reason for each.",
  },
  {
    id: "gus-role-probes-copied",
    author: "gus",
    kind: "copied_question",
    question: "be-ct-probes",
    level: "L3",
    answer: `What are liveness, readiness and startup probes, and how do they differ? Liveness, readiness and startup probes are probes, and they differ.`,
    expected: "poor",
    note: "The question copied, then its words shuffled back; nothing explained.",
  },
  {
    id: "gus-concept-race-short-strong",
    author: "gus",
    kind: "strong",
    question: "co-race-counter",
    level: "L3",
    answer: `Because count++ is a read-modify-write, not an atomic step: two threads read the same value, both add one, and one increment is lost. Fix it with a mutex around the increment, or with an atomic fetch_add, or best for speed give each thread its own local counter and sum them at the end.`,
    expected: "excellent",
    note: "Strong but short: about 55 words and every point, correctly, with the why.",
  },
  {
    id: "gus-sd-leaderboard-rambling-good",
    author: "gus",
    kind: "rambling",
    question: "sd-leaderboard",
    level: "L4",
    answer: `So leaderboards, I actually played a lot of online games growing up, so this one is fun. I remember the old arcade machines where the top ten scores were just stored on the machine itself, and you typed three letters. Obviously at millions of players that does not work. I guess the first thing I would think about is what kind of game it is, because a chess ladder is different from a shooter. Anyway, I think the heart of it is keeping scores sorted, and for that I would use a Redis sorted set, where the score is the player's points and the member is the player id, because it gives you the rank of any player and the top N in log time. I have used Redis at work for caching and it was always pretty reliable, although once we had a memory issue because someone stored huge JSON blobs in it, which was a whole saga with the on-call rotation that week. So you would want to be careful with memory. For the top of the leaderboard, you just read the first hundred entries of the sorted set, and for a player's own rank you ask for their rank and then the entries around them. Also I would probably have daily and weekly boards as separate sorted sets with an expiry, because players like a fresh start, and the all-time board would be huge. There are probably other things too, like security, because people cheat in games a lot, I have seen some wild cheating videos. And you would need some kind of API in front of it. I think that is the general idea, it depends a lot on the details.`,
    expected: "good",
    note: "Rambles and never clarifies requirements or scale or write rates, but makes three of five points correctly (sorted structure, top-N and own rank, time windows).",
  },
  {
    id: "gus-sd-news-feed-we-strong",
    author: "gus",
    kind: "strong_we",
    question: "sd-news-feed",
    level: "L5",
    answer: `First the requirements: a home timeline for 200 million daily active users, read-heavy, about 100 reads for every post, and a post should show up in followers' feeds within a few seconds.
This is close to what we built at my last company, so I will say what we did and why. The core choice is fan-out on write versus fan-out on read. We used fan-out on write for ordinary accounts: when someone posts, a worker pushes the post id into each follower's timeline, so reading a feed is a single lookup. That breaks for celebrity accounts with millions of followers, because one post would mean millions of writes, so we used a hybrid: posts from popular accounts are not pushed; they are pulled at read time and merged in.
Timelines were stored as lists of post ids in Redis, capped at the latest 800 per user, with the posts themselves in a separate store and cached by id.
Ranking ran after the merge: a scoring model weighed recency, the relationship and engagement, and we re-ranked only the first few hundred candidates to keep latency low.
Pagination used a cursor made of the score and post id of the last item seen, never an offset, so new posts arriving at the top did not shift pages or cause duplicates.`,
    expected: "excellent",
    note: "Told as 'we built', but covers every point correctly with reasons: requirements and scale, fan-out trade-off, celebrities and hybrid, ranking, storage and caching, cursor pagination.",
  },
  {
    id: "gus-role-idempotency-partial",
    author: "gus",
    kind: "partial",
    question: "fs-api-idempotency",
    level: "L4",
    answer: `Idempotency means that sending the same request multiple times has the same effect as sending it once. For a payment endpoint I would have the client send an idempotency key with each payment, and the server stores the key with the result, so if the same key comes again it returns the stored result instead of charging again.`,
    expected: "mixed",
    note: "Two of four points made correctly; nothing on which HTTP methods are idempotent or on concurrent duplicates.",
  },
  {
    id: "gus-concept-deadlock-negation-strong",
    author: "gus",
    kind: "strong",
    question: "co-deadlock",
    level: "L4",
    answer: `Deadlock needs four conditions at once: mutual exclusion, hold and wait, no preemption and a circular wait. Break any one of them and it cannot happen. The usual fix is lock ordering: if every thread takes locks in the same global order, a circular wait is impossible. Where you cannot fix the order, use try-lock with a timeout and back off and retry instead of blocking forever. Better still is not to need so many locks: fewer, coarser locks, immutable data or message passing between threads. What does not help is simply adding more locks, which usually makes it more likely.`,
    expected: "excellent",
    note: "All four points, correctly; its negations ('cannot happen', 'does not help') are correct claims, not dismissals.",
  },
  {
    id: "gus-role-n-plus-one-negation-strong",
    author: "gus",
    kind: "strong",
    question: "be-db-n-plus-one",
    level: "L3",
    answer: `N+1 is when code runs one query to load a list and then one query per item in a loop, for example loading 50 orders and then the customer of each order separately, so 51 queries instead of one or two. You usually spot it in the query log or in an APM trace, where the same query repeats with a different id, or from a query count that grows with the page size. You should not fix it with a cache; the fix is to load the related rows together, either with a join or with one batched query, WHERE id IN the list of ids. ORMs have eager loading for this, such as include or prefetch_related, and in GraphQL a DataLoader batches the lookups made by each resolver.`,
    expected: "excellent",
    note: "All four points, explained with an example; the one negated sentence rejects a wrong fix, correctly.",
  },
  {
    id: "gus-screen-gap-spoken-strong",
    author: "gus",
    kind: "strong",
    question: "sc-gap",
    level: "L3",
    answer: `yeah, so i was laid off in march when my company closed its berlin office, and i also took a couple of months to care for my dad after his surgery. during that time i did a course on distributed systems and i built a small open source job queue in go that a few people use now. he's doing well, and i'm ready to get back to work full time, and this role is a good fit because it's backend work on exactly that kind of system.`,
    expected: "excellent",
    note: "Spoken and short but complete for a screen: honest reason, what they did, readiness, bridge to the role.",
  },
  {
    id: "gus-screen-situation-blame-mixed",
    author: "gus",
    kind: "partial",
    question: "sc-current-situation",
    level: "L4",
    answer: `My last company was a mess, honestly. Management kept changing direction and they laid off half of engineering in June, me included, which was badly handled. I'm looking for a place that actually knows what it's doing.`,
    expected: "mixed",
    note: "A factual reason and a want, but it blames the past employer and says nothing about staying sharp.",
  },
  {
    id: "gus-screen-90-days-term-verdict-strong",
    author: "gus",
    kind: "strong",
    question: "tm-first-90-days",
    level: "L4",
    answer: `First month, learning: read the codebase and the last few incident reports, meet everyone on the team and the main people we depend on, and listen before proposing anything.
Early contribution: ship a couple of small bug fixes in the first two weeks and join the on-call rotation as a shadow.
Relationships: a one-on-one with each teammate and our product manager, and regular ones with my manager, to build trust and learn what they need from me.
By day 90, ownership: own one area of the service end to end and lead a small project in it.`,
    expected: "excellent",
    note: "'term: verdict' lines covering learning, an early win, relationships and growing ownership.",
  },
  {
    id: "gus-sd-crawler-off-topic",
    author: "gus",
    kind: "off_topic",
    question: "sd-web-crawler",
    level: "L4",
    answer: `I would build a search box with autocomplete. As the user types, the frontend debounces keystrokes and calls a suggestions endpoint, which looks up the prefix in an in-memory trie of popular queries, ranked by how often they were searched in the last week. Results are cached in the CDN for a few minutes per prefix.`,
    expected: "poor",
    note: "Designs typeahead search, not a crawler; none of the crawler's points.",
  },

  // ---------- coding ----------
  {
    id: "gus-co-top-k-js-correct",
    author: "gus",
    kind: "code_correct",
    question: "co-top-k-frequent",
    level: "L3",
    answer:
      "Count with a map, then sort the distinct values by count, descending, and take k. O(n log n) for the sort.",
    code: {
      language: "javascript",
      source: `function topKFrequent(nums, k) {
  const counts = new Map();
  for (const n of nums) counts.set(n, (counts.get(n) || 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([value]) => value);
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Correct counting and sort; n log n is fast enough.",
  },
  {
    id: "gus-co-top-k-py-buggy",
    author: "gus",
    kind: "code_buggy",
    question: "co-top-k-frequent",
    level: "L3",
    answer: "take the distinct values and return the first k",
    code: {
      language: "python",
      source: `def top_k_frequent(nums, k):
    return sorted(set(nums))[:k]`,
    },
    expected: "mixed",
    allPass: false,
    note: "Returns the k smallest distinct values, not the most frequent: right by luck on some tests, wrong on 'negative numbers' and 'most frequent last'.",
  },
  {
    id: "gus-co-lis-ts-correct",
    author: "gus",
    kind: "code_correct",
    question: "co-lis",
    level: "L4",
    answer:
      "Patience sorting: tails[i] is the smallest tail of an increasing subsequence of length i+1; binary search where each number goes. O(n log n).",
    code: {
      language: "typescript",
      source: `function lengthOfLIS(nums: number[]): number {
  const tails: number[] = [];
  for (const n of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = n;
  }
  return tails.length;
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "The standard O(n log n) tails solution, strict increase handled by lower bound.",
  },
  {
    id: "gus-co-lis-py-buggy",
    author: "gus",
    kind: "code_buggy",
    question: "co-lis",
    level: "L4",
    answer: "Longest increasing run, one pass.",
    code: {
      language: "python",
      source: `def length_of_lis(nums):
    if not nums:
        return 0
    best = run = 1
    for i in range(1, len(nums)):
        run = run + 1 if nums[i] > nums[i - 1] else 1
        best = max(best, run)
    return best`,
    },
    expected: "mixed",
    allPass: false,
    note: "The classic subarray-for-subsequence mistake: right on the empty, equal, decreasing and one run-shaped case, wrong on the two examples.",
  },
  {
    id: "gus-co-word-break-js-greedy",
    author: "gus",
    kind: "code_buggy",
    question: "co-word-break",
    level: "L3",
    answer: "Greedy: at each position take the longest dictionary word that matches.",
    code: {
      language: "javascript",
      source: `function wordBreak(s, words) {
  let i = 0;
  while (i < s.length) {
    let matched = "";
    for (const w of words) if (s.startsWith(w, i) && w.length > matched.length) matched = w;
    if (!matched) return false;
    i += matched.length;
  }
  return true;
}`,
    },
    expected: "mixed",
    allPass: false,
    note: "Greedy longest match: passes most tests and fails 'greedy longest match fails' (cars).",
  },
  {
    id: "gus-co-word-break-py-correct",
    author: "gus",
    kind: "code_correct",
    question: "co-word-break",
    level: "L3",
    answer: "dp[i] is true when s[:i] splits; check each split point against a set of words.",
    code: {
      language: "python",
      source: `def word_break(s, words):
    word_set = set(words)
    longest = max((len(w) for w in words), default=0)
    ok = [False] * (len(s) + 1)
    ok[0] = True
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - longest), i):
            if ok[j] and s[j:i] in word_set:
                ok[i] = True
                break
    return ok[len(s)]`,
    },
    expected: "excellent",
    allPass: true,
    note: "The prefix table with a set, limited to the longest word: O(n × longest word).",
  },
  {
    id: "gus-co-rotated-ts-correct",
    author: "gus",
    kind: "code_correct",
    question: "co-rotated-search",
    level: "L4",
    answer: "Binary search; one half is always sorted, check whether the target lies in it.",
    code: {
      language: "typescript",
      source: `function search(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else {
      if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "The standard O(log n) rotated binary search.",
  },
  {
    id: "gus-co-rotated-js-off-by-one",
    author: "gus",
    kind: "code_buggy",
    question: "co-rotated-search",
    level: "L4",
    answer: "Binary search on the sorted half.",
    code: {
      language: "javascript",
      source: `function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else {
      if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}`,
    },
    expected: "poor",
    allPass: false,
    note: "'lo < hi' never looks at the last candidate: finds only values hit exactly at a midpoint, so most tests fail (only the missing-value ones pass).",
  },
  {
    id: "gus-co-min-stack-ts-buggy",
    author: "gus",
    kind: "code_buggy",
    question: "co-min-stack",
    level: "L3",
    answer: "Keep the minimum in a field and update it on push.",
    code: {
      language: "typescript",
      source: `class MinStack {
  private items: number[] = [];
  private min = Infinity;
  push(value: number): void {
    this.items.push(value);
    if (value < this.min) this.min = value;
  }
  pop(): void {
    this.items.pop();
  }
  top(): number {
    return this.items[this.items.length - 1];
  }
  getMin(): number {
    return this.min;
  }
}`,
    },
    expected: "poor",
    allPass: false,
    note: "The minimum is never restored after popping it: three of four tests fail.",
  },
  {
    id: "gus-co-subarray-js-window",
    author: "gus",
    kind: "code_buggy",
    question: "co-subarray-sum-k",
    level: "L4",
    answer: "Sliding window: grow on the right, shrink from the left while the sum is too big.",
    code: {
      language: "javascript",
      source: `function subarraySum(nums, k) {
  let count = 0;
  let sum = 0;
  let left = 0;
  for (let right = 0; right < nums.length; right++) {
    sum += nums[right];
    while (sum > k && left <= right) sum -= nums[left++];
    if (sum === k) count++;
  }
  return count;
}`,
    },
    expected: "poor",
    allPass: false,
    note: "A sliding window is wrong with negatives and zeros: only the two all-positive tests pass.",
  },
  {
    id: "gus-co-edit-distance-py-correct",
    author: "gus",
    kind: "code_correct",
    question: "co-edit-distance",
    level: "L4",
    answer: "Two-row DP over prefixes: insert, delete or replace. O(n × m) time.",
    code: {
      language: "python",
      source: `def min_distance(word1, word2):
    prev = list(range(len(word2) + 1))
    for i in range(1, len(word1) + 1):
        cur = [i] + [0] * len(word2)
        for j in range(1, len(word2) + 1):
            if word1[i - 1] == word2[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[len(word2)]`,
    },
    expected: "excellent",
    allPass: true,
    note: "Standard Levenshtein DP with two rows.",
  },
  {
    id: "gus-co-window-max-py-slow",
    author: "gus",
    kind: "code_slow",
    question: "co-sliding-window-max",
    level: "L4",
    answer: "Take the max of each window.",
    code: {
      language: "python",
      source: `def max_sliding_window(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]`,
    },
    expected: "good",
    allPass: false,
    note: "Correct on every small test but O(n × k): too slow on the large inputs, whose windows are half the array.",
  },
  {
    id: "gus-co-three-sum-explanation-only",
    author: "gus",
    kind: "explanation_only",
    question: "co-three-sum",
    level: "L4",
    answer: `Sort the array first. Then for each index i, run two pointers on the rest: left starts at i + 1 and right at the end. If the three numbers sum to more than zero, move right down; if less, move left up; if zero, record the triplet and move both. Skip equal neighbours for i, left and right so that no triplet is reported twice. Sorting is O(n log n) and the two-pointer scans are O(n²) in total, with O(1) extra space besides the output.`,
    expected: "good",
    note: "A correct and complete explanation, but no code: good at best in a coding round.",
  },
];
