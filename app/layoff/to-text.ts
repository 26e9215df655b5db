// A layoff explanation as plain text, for download, search and Document.text. The same
// headings as the page and as the model's sections, so every view reads alike.
import type { LayoffExplanation } from "./schema";

export const PART_HEADINGS = {
  spokenAnswer: "Interview answer",
  whyChosenAnswer: "Why were you chosen?",
  coverLetterLines: "Cover letter",
  linkedinPost: "LinkedIn post",
  linkedinHeadline: "LinkedIn headline",
  resumeGapLine: "Resume gap line",
  thingsNotToSay: "Things not to say",
} as const;

/** "78 words, about 31 seconds" */
export function spokenLength(doc: LayoffExplanation): string {
  return `${doc.spokenAnswer.words} words, about ${doc.spokenAnswer.seconds} seconds`;
}

export function layoffExplanationToText(doc: LayoffExplanation): string {
  const sections = [
    `${PART_HEADINGS.spokenAnswer} (${spokenLength(doc)})\n${doc.spokenAnswer.text}`,
    `${PART_HEADINGS.whyChosenAnswer}\n${doc.whyChosenAnswer}`,
    `${PART_HEADINGS.coverLetterLines}\n${doc.coverLetterLines}`,
    `${PART_HEADINGS.linkedinPost}\n${doc.linkedinPost}`,
    `${PART_HEADINGS.linkedinHeadline}\n${doc.linkedinHeadline}`,
    doc.resumeGapLine === null ? null : `${PART_HEADINGS.resumeGapLine}\n${doc.resumeGapLine}`,
    `${PART_HEADINGS.thingsNotToSay}\n${doc.thingsNotToSay.map((t) => `- ${t.phrase}: ${t.why}`).join("\n")}`,
  ];
  return `${sections.filter((s): s is string => s !== null).join("\n\n")}\n`;
}
