// "Things not to say": advice for the person only, tailored to their answers. It names
// kinds of phrase rather than quoting the person's own private or angry words back, so
// the privacy rule holds here too. Pure.
import { matchesOf, phraseRule } from "./channels";
import type { LayoffFacts } from "./facts";
import { mayClaimNotSelected } from "./rules";
import type { LayoffExplanation, LayoffInput, LayoffType } from "./schema";

type Advice = LayoffExplanation["thingsNotToSay"][number];

// Kinds of phrase, described rather than quoted, so the advice never reads the person's
// own account back to them.
const BY_TYPE: Record<LayoffType, Advice> = {
  company_wide: {
    phrase: "Any guess about why the cuts happened or who chose the names",
    why: "You can't know the whole picture, and speculation sounds like a grievance.",
  },
  team_closed: {
    phrase: "Who made the decision to close the team, and how",
    why: "Internal decisions are confidential and don't help your case.",
  },
  restructuring: {
    phrase: "Your opinion of the reorganisation itself",
    why: "Criticising it reads as blame, even when it's fair; the decision is enough.",
  },
  acquisition: {
    phrase: "Any criticism of the buyer or of how it ran things",
    why: "It reads as blame, and the interviewer may know the people involved.",
  },
  funding: {
    phrase: "Anything about money: runway, investors, what the company could afford",
    why: "It sounds like gossip, and some of it may be confidential.",
  },
  performance_adjacent: {
    phrase: "A denial that performance played any part",
    why: "You said it was partly about performance; a short, honest answer is stronger than a denial a reference could contradict. Keep it out of public posts and cover letters entirely.",
  },
  contract_end: {
    phrase: "Any hint that the contract ending was a rejection",
    why: "A contract ending is routine; say when it ended and what you delivered.",
  },
};

const OWN_WORDS: { rule: string; advice: Advice }[] = [
  {
    rule: "no_blame",
    advice: {
      phrase: "The words of blame in what you wrote about how it happened",
      why: "Said aloud they come across as a grievance. State the decision, not who made it.",
    },
  },
  {
    rule: "no_apology",
    advice: {
      phrase: "The apology in what you wrote",
      why: "There is nothing to apologise for; say what happened and move on.",
    },
  },
  {
    rule: "no_oversharing",
    advice: {
      phrase: "How it felt, money and legal matters",
      why: "Keep them for people close to you; interviews are about the work.",
    },
  },
  {
    rule: "no_immigration_status",
    advice: {
      phrase: "Your visa or work-permit timeline, unless you choose to raise it",
      why: "It is yours to share when it helps, usually when asked about sponsorship or on the application form.",
    },
  },
];

export function thingsNotToSay(input: LayoffInput, f: LayoffFacts): Advice[] {
  const advice: Advice[] = [
    {
      phrase: "“Unfortunately…” or “I'm sorry, but…”",
      why: "An apology turns a business decision into a confession. State what happened and move on.",
    },
    {
      phrase: `Anything about leaders or managers at ${input.company} being at fault`,
      why: "Blame makes an interviewer wonder what you would say about them.",
    },
    BY_TYPE[input.layoffType],
  ];
  if (
    !mayClaimNotSelected(input) &&
    input.layoffType !== "performance_adjacent" &&
    input.layoffType !== "contract_end"
  ) {
    advice.push({
      phrase: "“My whole team was cut” or “it wasn't about me”",
      why: "You didn't say everyone went. Say what you know: the decision, then your work.",
    });
  }
  if (input.since.includes("caregiving")) {
    advice.push({
      phrase: "Health or family details beyond “caring for family”",
      why: "That is enough; the rest is private.",
    });
  }
  if (input.since.includes("job_search")) {
    advice.push({
      phrase: "Your job search as something you've achieved",
      why: "Everyone in your position is searching; lead with what you learned, built or delivered instead.",
    });
  }
  if (input.since.includes("freelancing")) {
    advice.push({
      phrase: "“Career break” for your freelance time",
      why: "Freelance work is work: list it as a job, with what you delivered.",
    });
  }
  if (f.gap.months >= 6) {
    advice.push({
      phrase: "An apology for the months since you left",
      why: "Lead with what you did in that time instead.",
    });
  }
  if (input.affected) {
    advice.push({
      phrase: "Stories about colleagues who lost their jobs too",
      why: "One number gives context; more sounds like dwelling on it.",
    });
  }
  const ownWords = [input.whatHappened, input.delivered, input.sinceDetails, input.nextGoal, input.whatChanged].join(
    " ",
  );
  for (const { rule, advice: item } of OWN_WORDS) {
    if (matchesOf(phraseRule(rule), ownWords).length > 0) advice.push(item);
  }
  advice.push({
    phrase: "The full backstory of how it happened",
    why: "One sentence is enough; interviewers care more about what you did next.",
  });
  return advice;
}
