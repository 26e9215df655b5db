// People's names in prose: the first name for a greeting ("Hi Priya,"). Honorifics,
// initials and suffixes are skipped; a name written "Surname, Given" is turned round;
// a single word is taken as it is. Pure.

const HONORIFICS = /^(?:mr|mrs|ms|mx|miss|dr|prof|professor|sir|dame|rev)\.?$/i;
const INITIAL = /^\p{L}\.?$/u;

/** "Dr. Priya K. Raman" → "Priya"; "Raman, Priya" → "Priya"; "" when no name is given. */
export function firstName(fullName: string): string {
  const trimmed = fullName.replace(/\s+/g, " ").trim();
  if (trimmed === "") return "";
  const turned = /^[^,]+,\s*\S/.test(trimmed) ? trimmed.split(",").slice(1).join(",").trim() : trimmed;
  const words = turned.split(" ").filter((w) => !HONORIFICS.test(w));
  const first = words.find((w) => !INITIAL.test(w)) ?? words[0] ?? "";
  return first.replace(/[,.;:]+$/, "");
}
