// "Things not to say": advice for the person only, tailored to their answers. The text is
// data (./content/things-not-to-say.json); this file decides which items apply. Items
// name kinds of phrase rather than quoting the person's own private or angry words back,
// so the privacy rule holds here too. Pure.
import { matchesOf, phraseRule } from "./channels";
import { alwaysAdvice, THINGS_NOT_TO_SAY as TEXT, type Advice } from "./content";
import type { LayoffFacts } from "./facts";
import { mayClaimNotSelected } from "./rules";
import type { LayoffInput } from "./schema";

export function thingsNotToSay(input: LayoffInput, f: LayoffFacts): Advice[] {
  const advice: Advice[] = [...alwaysAdvice(input.company), TEXT.byType[input.layoffType]];
  if (
    !mayClaimNotSelected(input) &&
    input.layoffType !== "performance_adjacent" &&
    input.layoffType !== "contract_end"
  ) {
    advice.push(TEXT.notEveryoneAffected);
  }
  for (const activity of ["caregiving", "job_search", "freelancing"] as const) {
    if (input.since.includes(activity)) advice.push(TEXT.since[activity]);
  }
  if (f.gap.months >= TEXT.longGap.months) advice.push({ phrase: TEXT.longGap.phrase, why: TEXT.longGap.why });
  if (input.affected) advice.push(TEXT.othersAffected);
  const ownWords = [input.whatHappened, input.delivered, input.sinceDetails, input.nextGoal, input.whatChanged].join(
    " ",
  );
  for (const { rule, phrase, why } of TEXT.ownWords) {
    if (matchesOf(phraseRule(rule), ownWords).length > 0) advice.push({ phrase, why });
  }
  advice.push(TEXT.last);
  // Copies, so a caller editing its document never edits the shared content.
  return advice.map((item) => ({ ...item }));
}
