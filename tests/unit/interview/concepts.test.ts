// Talking points made in plain words (the concept thesaurus, content/concepts.json), and
// wrong claims a keyword reader misses: a known misconception said with the concept's terms,
// a question the answer puts to itself and says no to, and hedged dismissals.
import { describe, expect, test } from "vitest";
import { assessAnswer } from "~/interview";
import { QUESTION_BANK } from "~/interview/bank.ts";
import { ALL_CONCEPTS, conceptsOf, expandKeywords } from "~/interview/feedback/concepts.ts";
import { isNegated } from "~/interview/feedback/polarity.ts";
import { bankQuestion } from "../../fixtures/interview/sessions.ts";

const L5 = { level: "L5" } as const;
const points = (question: string, answer: string) => assessAnswer(bankQuestion(question), answer, L5).points;
const credited = (question: string, answer: string) => points(question, answer).credited.map((entry) => entry.point);
const dismissed = (question: string, answer: string) => points(question, answer).dismissed.map((entry) => entry.point);

describe("the concept thesaurus", () => {
  test("a point's terms bring their concept's paraphrases, its own keywords first", () => {
    const expanded = expandKeywords(["evict*", "lru"]);
    expect(expanded.slice(0, 2)).toEqual(["evict*", "lru"]);
    expect(expanded).toContain("least recently");
    expect(conceptsOf(["nothing-like-a-term"])).toEqual([]);
  });

  test("every concept term is written exactly as some rubric keyword, so none is dead data", () => {
    const keywords = new Set(
      QUESTION_BANK.flatMap((question) =>
        question.rubric.flatMap((point) => point.keywords.map((k) => k.toLowerCase())),
      ),
    );
    expect(
      ALL_CONCEPTS.flatMap((concept) => concept.terms.filter((term) => !keywords.has(term.toLowerCase()))),
    ).toEqual([]);
  });

  test("a paraphrased point is credited with the sentence that makes it", () => {
    const answer =
      "When memory runs short, each node throws out the entries nobody has read for the longest while, so the working set stays resident.";
    const found = points("sd-distributed-cache", answer).credited;
    expect(found.map((entry) => entry.point)).toContain("eviction policy");
    expect(found.find((entry) => entry.point === "eviction policy")?.sentence).toBe(answer);
  });

  test("'a + b' paraphrases need both parts in one sentence", () => {
    expect(credited("sd-video-streaming", "We convert every film into five versions for different screens.")).toContain(
      "an upload and transcoding pipeline",
    );
    expect(credited("sd-video-streaming", "We convert nothing. There are five versions of the logo.")).not.toContain(
      "adaptive bitrate streaming",
    );
  });
});

describe("misconceptions said with the concept's terms", () => {
  test("an unnegated misconception is a wrong claim, with no negator in it", () => {
    expect(dismissed("sd-distributed-cache", "With LRU the cache removes whatever was used most recently.")).toContain(
      "eviction policy",
    );
  });

  test("the same misconception negated or set aside is not a wrong claim", () => {
    expect(
      dismissed("sd-payments", "A refund never overwrites anything: the ledger only gets new double-entry rows."),
    ).not.toContain("a ledger with double-entry records");
    expect(
      credited("sd-payments", "Rather than updating balances in place, the ledger appends double-entry rows."),
    ).toContain("a ledger with double-entry records");
  });

  test("isNegated counts negators whatever the predicate", () => {
    expect(isNegated("we never overwrite a row")).toBe(true);
    expect(isNegated("we overwrite the row")).toBe(false);
  });
});

describe("questions the answer puts to itself", () => {
  test("a need question answered 'no' dismisses what it names", () => {
    expect(
      dismissed(
        "sd-file-upload",
        "Should we put a CDN in front of the thumbnails? Not really, the app servers can serve them.",
      ),
    ).toContain("serving through a CDN");
  });

  test("'why bother' dismisses any question; a 'no' to a question of fact keeps the point", () => {
    expect(
      dismissed(
        "sd-ticket-booking",
        "What about a waiting room for the on-sale surge? Why bother, the servers will cope.",
      ),
    ).toContain("handling a surge at on-sale time");
    const factual =
      "Can two fans end up holding the same seat? No: the row lock in the booking transaction lets only one of them through.";
    expect(dismissed("sd-ticket-booking", factual)).toEqual([]);
    expect(credited("sd-ticket-booking", factual)).toContain("preventing double booking");
  });
});

describe("hedged dismissals", () => {
  test("'I doubt X is needed' and 'more trouble than it is worth' wave the point away", () => {
    expect(dismissed("sd-chat", "I doubt push notifications are needed for offline users.")).toContain(
      "offline users and push notifications",
    );
    expect(dismissed("sd-chat", "I think websockets are more trouble than they are worth for a chat app.")).toContain(
      "persistent connections for delivery",
    );
  });
});
