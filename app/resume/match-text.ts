// The job match's title and level in words, for the report page and its text.
import type { JobMatch, TitleLevel } from "./types.ts";

export function titleSentence(
  match: Pick<JobMatch, "jobTitle" | "resumeTitle" | "titleMatched" | "titleVerdict">,
): string {
  if (!match.jobTitle) return "No job title was found in the posting; add one as the target role to compare titles.";
  if (match.titleMatched) return `The posting's title, “${match.jobTitle}”, matches your title “${match.resumeTitle}”.`;
  if (match.titleVerdict === "level_gap")
    return `The posting's title, “${match.jobTitle}”, is the same work as your title “${match.resumeTitle}”, but at a level too far from it to count as a match.`;
  return match.resumeTitle
    ? `The posting's title, “${match.jobTitle}”, names other work than your titles (most recently “${match.resumeTitle}”). If your work fits, say so in your summary.`
    : `The posting's title is “${match.jobTitle}”; no job title was read from your resume.`;
}

const LEVEL_NAMES: Record<string, string> = {
  intern: "an internship",
  junior: "a junior role",
  mid: "a mid-level role",
  senior: "a senior role",
  staff: "a staff or principal role",
  distinguished: "a role above staff level",
};

export function levelSentence(level: TitleLevel): string {
  const posting = LEVEL_NAMES[level.posting] ?? level.posting;
  const yours = LEVEL_NAMES[level.yours] ?? level.yours;
  return level.direction === "above"
    ? `The posting is for ${posting}; your latest title in this work reads as ${yours}. Bullets that show the scope the level asks for (what you led, decided or owned) matter most here.`
    : `The posting is for ${posting}; your latest title in this work reads as ${yours}, above it. Expect to be asked why you want this level.`;
}
