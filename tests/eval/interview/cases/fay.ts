// Fay: spoken transcripts: lower case, run-on sentences, fillers, few full stops. HELD OUT:
// never read while tuning the feedback.
import type { EvalCase } from "./types.ts";

export const FAY_CASES: EvalCase[] = [
  {
    id: "fay-bh-outage-strong",
    author: "fay",
    kind: "strong",
    question: "bh-own-production-incident",
    level: "L5",
    answer: `so this was about a year ago i was on call for our video platform and on a friday evening i got paged because playback errors had jumped to around 15 percent of sessions, and it was my page so i owned it from there. first thing i did was check what had changed and there was a cdn configuration push an hour earlier, so i asked the cdn team to roll it back and errors came down to normal in about twenty minutes. then on monday i dug into why, and it turned out the new config cached error responses from our origin for an hour, so one bad minute at the origin became an hour of errors for users. i wrote the postmortem, we did the review together, and i added two things myself, a rule in our config tests that rejects caching of 5xx responses and an alert on playback errors per region so we catch it in minutes. we haven't had a cdn caching incident since, and the regional alert has already caught two smaller problems before customers reported them.`,
    expected: "excellent",
    note: "Transcript style, but complete: ownership, mitigation, diagnosis, review, prevention, numbers and a verifiable result.",
  },
  {
    id: "fay-bh-teammate-good",
    author: "fay",
    kind: "good_without_metric",
    question: "bh-con-teammate",
    level: "L4",
    answer: `um okay so there was this time where me and another engineer on my team, we totally disagreed about whether to use a state library for our new dashboard, she wanted redux and i thought it was overkill and that react context would be enough, and it got kind of heated in standup actually. so i suggested we each spend half a day building the trickiest screen our own way and then compare, and i set up a short session where we walked through both versions with the team. honestly hers handled the undo feature way better than mine, so i said so and we went with redux, and i paired with her on the setup. it worked out really well and we're still good friends, and i learned that building a small version beats arguing.`,
    expected: "good",
    note: "Complete story with own actions, honest outcome, lesson; no measure; some fillers.",
  },
  {
    id: "fay-bh-deadline-rambling",
    author: "fay",
    kind: "rambling",
    question: "bh-del-tight-deadline",
    level: "L4",
    answer: `yeah so deadlines, um, there are always deadlines right, like in my last job the whole company was kind of deadline driven, the ceo would announce dates at all hands before anyone asked engineering, which was a whole thing, and people were pretty frustrated about it, and there was this one time with the holiday campaign, or actually it might have been the spring one, i don't remember exactly, and marketing needed a landing page and some changes to the checkout, and the designs came in late, like really late, and there were a lot of meetings, and the product manager was new so she didn't really know how things worked yet, and the backend team was also busy with a migration, so everybody was kind of stressed, and you know, we just did our best, and i think we worked a couple of late nights, and the page went out, i think it was a day late maybe, or maybe on time, and then after that we talked about how to do it better next time, and i think things did improve a bit after that, so yeah.`,
    expected: "mixed",
    note: "On topic, but mostly context; almost no own actions; result unclear; fillers.",
  },
  {
    id: "fay-bh-onboarding-strong-we",
    author: "fay",
    kind: "strong_we",
    question: "bh-men-onboarding",
    level: "L5",
    answer: `so last spring we had two new grads join our team at the same time, and our onboarding was basically a wiki page from three years ago, so i offered to own their first month. i wrote a two week plan with one small real task per day, like a bug fix on day two, and i paired with each of them for an hour every morning. we as a team also agreed that every review of their code would happen within four hours so they never sat blocked, and i kept a shared doc of every question they asked which i then turned into a new onboarding guide. both of them shipped a customer facing change in their second week, which for our team used to take about two months, and the guide has been used for the five people who joined since.`,
    expected: "excellent",
    note: "Team commitments in 'we', speaker's own part explicit; numeric, comparative result.",
  },
  {
    id: "fay-bh-influence-too-short",
    author: "fay",
    kind: "too_short",
    question: "bh-inf-tech-direction",
    level: "L5",
    answer: `um i convinced my team to use typescript i guess`,
    expected: "poor",
    note: "Too short, and the wrong scope (own team, not a larger group).",
  },
  {
    id: "fay-bh-experiment-strong",
    author: "fay",
    kind: "strong",
    question: "bh-bfa-experiment",
    level: "L4",
    answer: `okay so our team had been arguing for like two weeks about whether adding a progress bar to our signup flow would help or just be clutter, and the designer and the pm were on opposite sides. i suggested we stop debating and just test it, so i built the progress bar behind a feature flag in an afternoon and set up an a/b test with the analytics team for one week on 50 percent of new visitors. i also wrote down beforehand what result would count, so nobody could move the goalposts later. after a week the version with the bar had a 4 percent higher completion rate, which was significant, so we shipped it to everyone and the argument just ended.`,
    expected: "excellent",
    note: "Clear debate, own actions (build, test design, pre-registered criterion), numeric result.",
  },
  {
    id: "fay-bh-inclusion-vague",
    author: "fay",
    kind: "vague",
    question: "bh-inc-welcome",
    level: "L4",
    answer: `i mean i always try to be welcoming, like i say hi to new people and i try to include everyone in meetings, and i think it's really important that everyone feels heard, you know, so i try to be a good listener and just be nice to people basically.`,
    expected: "mixed",
    note: "On topic, but general attitudes; no specific actions or effect.",
  },
  {
    id: "fay-bh-extra-gibberish",
    author: "fay",
    kind: "gibberish",
    question: "bh-cus-invisible",
    level: "L4",
    answer: `so the the thing with the um flurb the gax was like zorp and then the the blick went flomp and yeah the wibble wobble thing happened and then kaboom basically and so yeah.`,
    expected: "poor",
    note: "Nonsense words in a sentence shape.",
  },
  {
    id: "fay-sc-why-company-good",
    author: "fay",
    kind: "good_without_metric",
    question: "sc-why-company",
    level: "L4",
    answer: `honestly the main thing is the product, i've used stripe's api at two jobs and it's the one api i never had to fight with, and i want to work on developer tools that good. also i like that you write a lot and publish your engineering blog posts, it seems like a place where people think carefully before building.`,
    expected: "good",
    note: "Specific and genuine, but thin on what the candidate brings or how the role fits their goals.",
  },
  {
    id: "fay-sc-questions-weak",
    author: "fay",
    kind: "vague",
    question: "tm-questions-for-team",
    level: "L4",
    answer: `um no i think you covered everything, thanks.`,
    expected: "poor",
    note: "No questions at all.",
  },
  {
    id: "fay-role-effects-strong",
    author: "fay",
    kind: "strong",
    question: "fs-fw-effects",
    level: "L4",
    answer: `so useeffect is for syncing your component with something outside react, like a subscription, a timer, a websocket, or some browser api, and the most common mistake is using it for stuff that isn't that, like deriving state from props, where you should just compute the value during render, or handling an event, which belongs in the event handler. other big mistakes are a missing or wrong dependency array, so you get stale values or an infinite loop when the effect sets state that's in its own dependencies, and forgetting the cleanup function, so subscriptions or timers pile up, which you see in strict mode because it runs effects twice in development. and for fetching data you need to handle race conditions, like ignoring a response if the component changed its id in the meantime, or just use a data library.`,
    expected: "excellent",
    note: "Purpose, misuse for derived state/events, dependencies, cleanup, strict mode, races.",
  },
  {
    id: "fay-role-hydration-partial",
    author: "fay",
    kind: "partial",
    question: "fs-fw-hydration-mismatch",
    level: "L4",
    answer: `so it's when the html the server rendered doesn't match what react renders on the client the first time, and react complains. it usually happens with dates or random numbers.`,
    expected: "mixed",
    note: "Definition and a cause; no fix (render on client after mount, stable values, suppressHydrationWarning) and no other causes (browser-only APIs, invalid nesting).",
  },
  {
    id: "fay-role-owasp-stuffed",
    author: "fay",
    kind: "keyword_stuffed_wrong",
    question: "gen-sec-owasp",
    level: "L4",
    answer: `okay so sql injection isn't really a thing anymore with modern databases so you don't need parameterised queries, and xss is handled by the browser automatically so escaping output isn't needed, and csrf tokens are kind of pointless if you use https.`,
    expected: "poor",
    note: "Names three vulnerabilities and gives wrong, dangerous advice for each.",
  },
  {
    id: "fay-concept-recursion-good",
    author: "fay",
    kind: "good_without_metric",
    question: "co-recursion-complexity",
    level: "L4",
    answer: `so you look at how many calls each call makes and how big the subproblems are, like naive fibonacci makes two calls each time so it's roughly two to the n calls, which is exponential, and merge sort splits in half and does linear work to merge, so n log n by the master theorem. and the space is the depth of the recursion stack, so fibonacci is o of n space even though time is exponential.`,
    expected: "good",
    note: "Branching factor, examples, master theorem, stack space; no recurrence-tree explanation or memoisation effect.",
  },
  {
    id: "fay-sd-code-judge-strong",
    author: "fay",
    kind: "strong",
    question: "sd-code-judge",
    level: "L6",
    answer: `okay so requirements first, users submit code in a few languages, we run it against test cases and return a verdict, say ten thousand submissions a minute during contests, and the big one is that the code is untrusted so isolation is everything. submissions go into a queue and a pool of judge workers pulls from it, so spikes just make the queue longer instead of taking us down. each run happens in a sandbox, like a container with gvisor or a firecracker micro vm, with no network, a read only file system, and hard limits on cpu time, memory and number of processes, and it gets killed when it goes over. the test cases live in storage the sandbox can only read, and the verdict, passed or failed or time limit exceeded, is written back to a results database and pushed to the user over a websocket. workers autoscale on queue depth, and we monitor queue latency and sandbox failures, and if a worker dies the message just goes back on the queue and another worker picks it up.`,
    expected: "excellent",
    note: "Requirements, queue and workers, sandbox isolation and limits, verdicts, scaling and failures.",
  },
  {
    id: "fay-sd-url-vague",
    author: "fay",
    kind: "vague",
    question: "sd-url-shortener",
    level: "L4",
    answer: `um so basically you have a server and a database and when someone gives you a long url you make a short one and save it and then when someone visits the short one you look it up and redirect them, and you'd want it to be fast so maybe some caching.`,
    expected: "mixed",
    note: "The basic flow with a nod to caching; no requirements, no code generation scheme, no data model, no scale.",
  },
  {
    id: "fay-sd-grid-stuffed",
    author: "fay",
    kind: "keyword_stuffed_wrong",
    question: "sd-fe-data-grid",
    level: "L5",
    answer: `so honestly virtualization isn't worth it, you just render all 100,000 rows in a table and the browser is fast enough, and doing sorting in a web worker doesn't help because workers are slower, and keyboard navigation and accessibility don't really matter for a grid like this.`,
    expected: "poor",
    note: "Rejects the techniques a data grid needs with wrong claims.",
  },
  {
    id: "fay-co-reverse-list-js-correct",
    author: "fay",
    kind: "code_correct",
    question: "co-reverse-list",
    level: "L3",
    answer: `so i just walk the list and flip each next pointer, keeping track of the previous node.`,
    code: {
      language: "javascript",
      source: `function reverseList(head) {
  let previous = null;
  let current = head;
  while (current) {
    const next = current.next;
    current.next = previous;
    previous = current;
    current = next;
  }
  return previous;
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Iterative three-pointer reversal.",
  },
  {
    id: "fay-co-longest-substring-py-correct",
    author: "fay",
    kind: "code_correct",
    question: "co-longest-unique-substring",
    level: "L4",
    answer: `so sliding window where the left side only ever moves forward.`,
    code: {
      language: "python",
      source: `def length_of_longest_substring(s):
    last_seen = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        if ch in last_seen and last_seen[ch] >= left:
            left = last_seen[ch] + 1
        last_seen[ch] = right
        best = max(best, right - left + 1)
    return best`,
    },
    expected: "excellent",
    allPass: true,
    note: "Correct sliding window (guards left from moving back).",
  },
  {
    id: "fay-co-validate-bst-ts-correct",
    author: "fay",
    kind: "code_correct",
    question: "co-validate-bst",
    level: "L4",
    answer: `so you pass down the range each node has to be in, not just compare with the parent.`,
    code: {
      language: "typescript",
      source: `function isValidBST(root: TreeNode | null): boolean {
  const check = (node: TreeNode | null, low: number, high: number): boolean => {
    if (node === null) return true;
    if (node.val <= low || node.val >= high) return false;
    return check(node.left, low, node.val) && check(node.right, node.val, high);
  };
  return check(root, -Infinity, Infinity);
}`,
    },
    expected: "excellent",
    allPass: true,
    note: "Bounds passed down the recursion.",
  },
  {
    id: "fay-co-product-py-buggy",
    author: "fay",
    kind: "code_buggy",
    question: "co-product-except-self",
    level: "L4",
    answer: `so multiply everything together and divide by each number.`,
    code: {
      language: "python",
      source: `def product_except_self(nums):
    total = 1
    for n in nums:
        total *= n
    return [total // n for n in nums]`,
    },
    expected: "mixed",
    allPass: false,
    note: "Uses division, which the question forbids, and crashes on a zero.",
  },
  {
    id: "fay-co-group-anagrams-explain",
    author: "fay",
    kind: "explanation_only",
    question: "co-group-anagrams",
    level: "L4",
    answer: `so for each word you make a key that's the same for all its anagrams, either the letters sorted, which costs k log k per word, or a count of each of the 26 letters, which is linear in the word length, and then you put the words in a hash map from key to a list and return the lists, so overall it's n times k log k with sorting.`,
    expected: "good",
    note: "Correct complete explanation with both keys and complexity, but no code: capped at good.",
  },
];
