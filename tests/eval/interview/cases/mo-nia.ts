// Fresh held-out set E, written and rated on SCALE.md in one sitting on 2026-12-07, after the
// jo tuning batch and before either was run, and committed before its first run. Two voices
// none of the earlier authors use: `mo` is a junior engineer a year out of a bootcamp who
// worked in retail before, short plain sentences, stories from a first job and a shop floor;
// `nia` moved into software from nursing and tells stories with reported speech ("I said,
// 'look…'") and numbers in words. Every class of the issue's Measure list, all four steps.
// HELD OUT: never read while tuning; reported as its own part ("fresh held-out E").
import type { EvalCase } from "./types.ts";

export const MO_NIA_CASES: EvalCase[] = [
  // ---------- mo: behavioural ----------
  {
    id: "mo-bh-outside-role-strong",
    author: "mo",
    kind: "strong",
    question: "bh-own-outside-role",
    level: "L3",
    answer: `At my first job the release notes for our app were written by whoever had time, which usually meant nobody, and the support team kept finding out about changes from angry customers. It was not my job. I am a developer, not a writer. But I had worked in a shop before and I knew what it is like to face a customer who knows more than you. So I offered to do them. I set up a page that lists every merged change with a plain-English line, and I asked each developer to fill in their line before merging. I sent the page to support every Thursday before the release. After two months support said they had stopped being surprised, and tickets that started with "why did you change" went from about forty a month to eight. I then handed the page over to the product owner so it did not depend on me.`,
    expected: "excellent",
    note: "Nobody owned it, the speaker took it on, specific actions, measured result, handed over. Says 'not my job' in plain words.",
  },
  {
    id: "mo-bh-deadline-we-strong",
    author: "mo",
    kind: "strong_we",
    question: "bh-del-tight-deadline",
    level: "L3",
    answer: `Our shop app had to support a new payment provider by the first of the month, because the old one was shutting down. That gave us nine working days. There were three of us. We split it up on the first morning. My part was the refund flow. I read the new provider's refund rules and found that refunds over thirty days needed a different call, which the others had not seen. I wrote that path first, because it was the one most likely to go wrong, and I wrote tests for each refund case from our last month of real refunds. We switched over on the last day of the month. Every refund in the first week went through, one hundred and twelve of them, and nobody had to do one by hand.`,
    expected: "excellent",
    note: "'We' for the team, 'my part was' and 'I' for the speaker's own work; deadline, actions, measured result.",
  },
  {
    id: "mo-bh-onboarding-good",
    author: "mo",
    kind: "good_without_metric",
    question: "bh-men-onboarding",
    level: "L3",
    answer: `A new developer joined six months after me, and I remembered how lost I had felt. I wrote down the ten things I wish someone had told me, like where the test data lives and who to ask about deploys. I sat with her on her first day and we set up her machine together. I gave her a small bug to fix on day two, one I knew was easy, so she could go through a whole release. After that I checked in with her every morning for two weeks. She was fixing bugs on her own by the end of her first month and she said the list was the most useful thing she got.`,
    expected: "good",
    note: "Clear situation and own actions; the result is real but qualitative (no measure beyond 'by the end of her first month'). One gap.",
  },
  {
    id: "mo-bh-hard-feedback-vague",
    author: "mo",
    kind: "vague",
    question: "bh-fb-received-hard",
    level: "L3",
    answer: `I got some feedback once that was hard to hear. It was about how I work with other people. At first I did not agree with it. Then I thought about it more and I saw that there was some truth in it. I tried to do better. I think I have improved a lot since then. Feedback is a gift, even when it is hard.`,
    expected: "mixed",
    note: "On topic but no content: what the feedback was, what was done about it, what changed are all missing. Major gaps.",
  },
  {
    id: "mo-bh-root-cause-too-short",
    author: "mo",
    kind: "too_short",
    question: "bh-dd-root-cause",
    level: "L3",
    answer: `The login bug was not the browser, it was the clock on one server. I fixed it.`,
    expected: "poor",
    note: "Two short sentences: too short to assess as a story.",
  },
  {
    id: "mo-bh-unblock-copied",
    author: "mo",
    kind: "copied_question",
    question: "bh-bfa-unblock",
    level: "L3",
    answer: `A time I unblocked myself instead of waiting on someone else. There was a time I unblocked myself instead of waiting on someone else.`,
    expected: "poor",
    note: "The question repeated back twice.",
  },
  {
    id: "mo-bh-testing-gibberish",
    author: "mo",
    kind: "gibberish",
    question: "bh-hs-testing",
    level: "L3",
    answer: `asdf test test lorem ipsum qwerty hmm okay okay jjjj kkk sorry mic check one two.`,
    expected: "poor",
    note: "Keyboard mash and a mic check.",
  },
  {
    id: "mo-bh-overlooked-users-good",
    author: "mo",
    kind: "good_without_metric",
    question: "bh-cus-accessibility",
    level: "L3",
    answer: `When I worked in the shop, older customers often asked me to read the small print on our delivery slips. At my first developer job I noticed our order-tracking page had the same problem: grey text on white, tiny fonts, and a map you had to pinch to read. I asked my lead if I could spend a day on it. I raised the contrast, made the text follow the phone's font size setting, and added the delivery time in words above the map. I tested it with my grandad on his phone. He could read it without his glasses, and our support team said the calls from older customers about where their parcel was became much rarer.`,
    expected: "good",
    note: "A specific group being missed, own changes, a real check; the result is qualitative ('much rarer'). One gap.",
  },
  // ---------- nia: behavioural ----------
  {
    id: "nia-bh-explain-to-ward-strong",
    author: "nia",
    kind: "strong",
    question: "bh-com-explain-technical",
    level: "L4",
    answer: `Our hospital's medication app went down for forty minutes one night, and the next morning the ward sisters wanted to know if it could happen again. The real answer involved a failed database replica, and I was asked to talk to them because I used to be a nurse. I said, "Think of it like the drug cupboard having two keys. One key snapped, and the spare was in a locked office." Then I explained what we had changed: the spare key is now kept next to the cupboard, meaning the standby takes over on its own, and we practise using it every month. I also gave them a one-page sheet for the paper fallback, written the way a handover sheet is. One of the sisters said it was the first time IT had explained anything to them without slides, and the ward has since used the paper sheet twice without a single missed dose.`,
    expected: "excellent",
    note: "Complex issue, a non-technical audience, the speaker's own way of explaining it (analogy, a one-page sheet), concrete outcome.",
  },
  {
    id: "nia-bh-frugal-plain-strong",
    author: "nia",
    kind: "strong",
    question: "bh-pri-frugal",
    level: "L4",
    answer: `We had been told we would get two more engineers for the patient-messaging project, and then the hiring was frozen, so it was three of us for work planned for five. I sat down with our product lead and said, "Let's find out which messages patients actually read." I pulled six months of delivery data and found that reminders and results made up nine out of every ten messages opened, and the other eight message types hardly got read at all. I proposed we build only those two types on the new system and leave the rest on the old one until someone asked for them. I built the reminder flow myself and paired with a colleague on results. We went live two weeks earlier than the original plan for five people, and nobody has asked for the other eight types in the year since.`,
    expected: "excellent",
    note: "Never says 'fewer resources' or 'more with less': a hiring freeze, own analysis and proposal, own build, measured result.",
  },
  {
    id: "nia-bh-misunderstanding-we-strong",
    author: "nia",
    kind: "strong_we",
    question: "bh-com-misunderstanding",
    level: "L4",
    answer: `The pharmacy team asked us for "a report of late doses", and we built one that listed every dose given more than thirty minutes after its time. When they saw it they said, "This is useless, half of these were meant to be late." It turned out that for them a dose is only late if nobody recorded why, and about half of ours had a reason written down. I went back and sat with the lead pharmacist for an afternoon and we wrote down, in her words, what late meant, with five examples. I then changed the report to leave out doses with a recorded reason, and we added a step to our process: before building any report, we now write its definition with the people who asked for it and get them to sign it off. The fixed report went from about two hundred rows a week to ninety, and the pharmacy team uses it in their Monday meeting.`,
    expected: "excellent",
    note: "The misunderstanding, how it was resolved (own afternoon with the pharmacist, own fix) and how the next one is prevented; 'we' for the team, own part clear; measured result.",
  },
  {
    id: "nia-bh-hard-call-rambling-mixed",
    author: "nia",
    kind: "rambling",
    question: "bh-lead-hard-call",
    level: "L5",
    answer: `So the one I always think of is from when I was leading the move of our appointment system onto the new cloud platform, and it is a bit of a long one, so bear with me. Nursing teaches you a lot about decisions with half the facts, honestly, you are always doing it on a night shift, the doctor is not answering, the patient is getting worse, and you just have to decide. Anyway. We were about two thirds of the way through the move and we found that the vendor who ran our text reminders might not support the new platform, but they would not tell us for sure, they kept saying "we're looking into it", and I said to my manager, "we can't wait for them forever." There were two options, keep a bit of the old system running just for the reminders, or switch to a different text provider, which nobody on the team had used and which meant a new contract and new testing and all of that. Everyone had opinions, the finance people, the clinic managers, the other engineers, and there were a lot of meetings, a lot of them, and some of them were quite heated, people care a lot about reminders because missed appointments cost the hospital money. I made the call to switch providers, mostly on instinct to be honest, and I think it was the right call. The reminders kept going out and people were happy with it in the end. I learned that sometimes you have to decide and live with it, and that waiting is also a decision, which is something I actually first learned on the wards.`,
    expected: "mixed",
    note: "On topic and it has a decision, but long and wandering, the speaker's own actions are thin ('I made the call, mostly on instinct'), and the result is only 'people were happy'. Two lesser gaps and a buried story.",
  },
  {
    id: "nia-bh-delegate-off-topic",
    author: "nia",
    kind: "off_topic",
    question: "bh-men-delegate",
    level: "L5",
    answer: `Last winter our appointment pages slowed to a crawl every Monday at nine, when the clinics opened their lists. I traced it to a query that loaded every appointment for the week, and I changed it to load one day at a time with an index on the clinic and date. Monday page loads went from eight seconds to under one, and the clinics stopped ringing us at nine.`,
    expected: "poor",
    note: "A good performance story by the speaker alone; the question asks about delegating something important to grow someone else.",
  },
  {
    id: "nia-bh-cross-team-we-good",
    author: "nia",
    kind: "strong_we",
    question: "bh-con-cross-team",
    level: "L4",
    answer: `Our team and the data team kept breaking each other's work: they would rename a column and our dashboards would go blank, and we would change an event and their nightly load would fail. Both sides were blaming the other in the incident channel. We set up a joint meeting and agreed that any change to a shared table or event would be posted a week ahead, and we built a small check that fails the build if a shared schema changes without a notice. We also agreed who to call on each side when something broke. I was the one who suggested the meeting and I kept the list of shared tables. Breakages between the teams went from about one a week to one in the whole next quarter.`,
    expected: "good",
    note: "A real conflict, a measured result, but almost everything is 'we'; the speaker's own part (suggesting the meeting, keeping a list) is only partly clear. One gap.",
  },
  {
    id: "nia-bh-safe-mistakes-hypothetical",
    author: "nia",
    kind: "hypothetical",
    question: "bh-inc-safe-mistakes",
    level: "L5",
    answer: `I would start by admitting my own mistakes first, out loud, so people could see it was normal. I would make sure our incident reviews were blameless and focused on the system, not the person. I would thank people who raised problems early. And if someone was blamed in a meeting, I would step in and bring it back to what we could change.`,
    expected: "poor",
    note: "All in the conditional: a method, no time it happened.",
  },
  // ---------- technical: free text ----------
  {
    id: "mo-role-requests-limits-stuffed",
    author: "mo",
    kind: "keyword_stuffed_wrong",
    question: "be-ct-resources",
    level: "L3",
    answer: `Requests and limits are the same number, Kubernetes just uses two names for it. The scheduler ignores requests and places pods wherever there is room. If a pod goes over its memory limit Kubernetes gives it more memory from the node, and CPU throttling is something only very old clusters do. The best setting is a very high limit for everything so nothing is ever killed.`,
    expected: "poor",
    note: "Every term used in a wrong statement: the same number, the scheduler ignores requests, memory is 'given more' instead of an OOM kill, throttling 'only very old clusters', huge limits as advice.",
  },
  {
    id: "mo-role-offset-keyset-strong",
    author: "mo",
    kind: "strong",
    question: "be-db-pagination-big",
    level: "L3",
    answer: `With OFFSET 100000 the database still has to read and throw away the first hundred thousand rows before it returns the page, so every page further in is slower than the last. The alternative is keyset pagination: you remember the last row you showed, for example its created_at and id, and ask for rows WHERE (created_at, id) is after that, ORDER BY created_at, id, LIMIT 20. With an index on created_at and id, the database jumps straight to the right spot, so page 5000 is as fast as page 1. The trade-off is that you cannot jump to an arbitrary page number any more, you can only go next and previous, which is fine for a feed but not for a table with page links.`,
    expected: "excellent",
    note: "All four points made correctly and explained: skipped rows still read, keyset with a cursor, an index matching the sort, no jumping to arbitrary pages.",
  },
  {
    id: "mo-role-eviction-keywords",
    author: "mo",
    kind: "keyword_list",
    question: "be-cache-eviction",
    level: "L3",
    answer: `LRU, LFU, TTL, recency, frequency, expiry, hit rate, access pattern.`,
    expected: "poor",
    note: "The rubric's terms as a list with nothing said about any of them.",
  },
  {
    id: "nia-role-rate-limit-stuffed",
    author: "nia",
    kind: "keyword_stuffed_wrong",
    question: "fs-api-rate-limit",
    level: "L4",
    answer: `A token bucket and a sliding window are the same algorithm with different names, so it does not matter which you pick. You should limit per IP address only, because API keys can be shared and are meaningless for limiting. Each server can keep its own counter in memory; sharing state in Redis is overkill for rate limiting. Returning a 429 confuses clients, so it is kinder to just return 200 with an empty body.`,
    expected: "poor",
    note: "Rubric terms in wrong statements: two algorithms called the same, keys 'meaningless', shared state 'overkill', and advice to hide the limit behind a 200.",
  },
  {
    id: "nia-role-modal-stuffed",
    author: "nia",
    kind: "keyword_stuffed_wrong",
    question: "fe-a11y-modal",
    level: "L3",
    answer: `A modal is just a div on top of the page, so the dialog role adds nothing that screen readers use. Trapping focus is bad practice because it stops keyboard users from leaving. Escape to close is a Windows habit, and restoring focus after closing is a nice-to-have nobody notices. The background content can stay as it is, since it is covered up anyway.`,
    expected: "poor",
    note: "Each point named to be dismissed: the dialog role 'adds nothing', trapping focus 'bad practice', Escape 'a Windows habit', restoring focus 'nobody notices', background left exposed.",
  },
  {
    id: "nia-role-secrets-leak-good",
    author: "nia",
    kind: "good_without_metric",
    question: "gen-sec-secrets-leak",
    level: "L4",
    answer: `First, revoke the key and issue a new one straight away, before anything else, because bots scan public repositories within minutes. Then I would assume it has been used: check the provider's access logs and our own audit logs for anything done with that key since the commit, and treat any unusual calls as an incident. Deleting the commit or rewriting history does not help on its own, the key has already been copied, so rotation is the real fix.`,
    expected: "good",
    note: "Three of four points made correctly (revoke and rotate, assume use and check logs, history rewrite not enough); nothing about preventing a repeat.",
  },
  {
    id: "nia-role-feature-flags-partial",
    author: "nia",
    kind: "partial",
    question: "fs-dep-feature-flags",
    level: "L4",
    answer: `Feature flags let you merge and deploy code that is switched off, and then turn it on later for everyone, so deploying and releasing are separate steps. They are also handy as a kill switch: if the new checkout misbehaves you turn the flag off without a redeploy.`,
    expected: "mixed",
    note: "Two of four points (deploy separate from release; kill switch / rollout), correctly; no experiments, nothing on flag debt or testing combinations.",
  },
  {
    id: "nia-sc-looking-for-good",
    author: "nia",
    kind: "good_without_metric",
    question: "sc-looking-for",
    level: "L4",
    answer: `I'm looking for a product team building something clinicians or patients use every day, ideally on the backend side. I work best in a team that pairs and reviews generously, with someone senior I can learn from. The next step for me is owning a service end to end, on-call included, because that is where I want to grow.`,
    expected: "good",
    note: "The kind of work, the team, and how it fits the speaker's direction, clearly; nothing about flexibility. Most points, not all.",
  },
  // ---------- code ----------
  {
    id: "mo-co-house-robber-py-correct",
    author: "mo",
    kind: "code_correct",
    question: "co-house-robber",
    level: "L3",
    answer:
      "Keep the best total with and without the house before; each house, take the better of skipping it or robbing it.",
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
    note: "The standard two-variable DP: correct on empty and one-house inputs, linear time.",
  },
  {
    id: "mo-co-house-robber-js-alternating",
    author: "mo",
    kind: "code_buggy",
    question: "co-house-robber",
    level: "L3",
    answer: "Add up the even houses and the odd houses and return the bigger sum.",
    code: {
      language: "javascript",
      source: `function rob(nums) {
  let even = 0;
  let odd = 0;
  nums.forEach((value, i) => {
    if (i % 2 === 0) even += value;
    else odd += value;
  });
  return Math.max(even, odd);
}`,
    },
    expected: "mixed",
    allPass: false,
    note: "The classic alternating-houses mistake: right on most small cases, wrong when skipping two houses in a row is best ([2, 1, 1, 2]) and on large random streets.",
  },
  {
    id: "nia-co-search-range-ts-correct",
    author: "nia",
    kind: "code_correct",
    question: "co-binary-search-bounds",
    level: "L4",
    answer:
      "Two binary searches: the first index not less than the target, and the first index greater than it, minus one.",
    code: {
      language: "typescript",
      source: `function searchRange(nums: number[], target: number): number[] {
  const lowerBound = (value: number, strict: boolean): number => {
    let lo = 0;
    let hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? nums[mid]! <= value : nums[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = lowerBound(target, false);
  if (first === nums.length || nums[first] !== target) return [-1, -1];
  return [first, lowerBound(target, true) - 1];
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Lower and upper bound by binary search; handles the empty array, missing values and runs at either end; O(log n).",
  },
  {
    id: "nia-co-search-range-py-one-hit",
    author: "nia",
    kind: "code_buggy",
    question: "co-binary-search-bounds",
    level: "L4",
    answer: "Binary search for the target and return where it was found as both ends.",
    code: {
      language: "python",
      source: `def search_range(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return [mid, mid]
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return [-1, -1]`,
    },
    expected: "mixed",
    allPass: false,
    note: "Finds one occurrence and returns it as both bounds: right for missing values, single elements and a unique last element, wrong whenever the value repeats.",
  },
];
