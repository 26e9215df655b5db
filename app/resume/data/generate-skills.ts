// Builds skills.json, the job match's taxonomy, from openly licensed lists plus our own
// curated entries (skills-curated.json: concepts, standards, cloud services, aliases,
// implications and misspellings the lists lack). Run after installing the sources without
// saving them (they are large and only needed here):
//
//   npm i --no-save devicon@2.17.0 linguist-languages@9.5.0 simple-icons@16.37.0 word-list@4.1.0
//   npx tsx app/resume/data/generate-skills.ts
//
// A name that is also an English word ("Ray", "Swift", "Crystal") is kept only when two
// sources name it or we curated it, and is matched only as written (case-sensitive).
import fs from "node:fs";
import path from "node:path";
import type { SkillEntry } from "../skills.ts";

// Read from node_modules directly: some of these packages export no path to their data files.
const modules = path.resolve("node_modules");
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(modules, file), "utf8"));
const here = path.dirname(new URL(import.meta.url).pathname);

const key = (name: string) => name.toLowerCase().replace(/[\s.\-_]/gu, "");
const words = new Set<string>(fs.readFileSync(path.join(modules, "word-list/words.txt"), "utf8").split("\n"));
const isEnglishWord = (name: string) => /^[a-z]+$/iu.test(name) && words.has(name.toLowerCase());

const curated: SkillEntry[] = JSON.parse(fs.readFileSync(path.join(here, "skills-curated.json"), "utf8"));
const devicon: { name: string; altnames: string[]; tags: string[] }[] = readJson("devicon/devicon.json");
const simpleIcons: { title: string; slug: string; aliases?: { aka?: string[] } }[] = readJson("simple-icons/data/simple-icons.json");
const linguist: Record<string, { name: string; type: string; aliases?: string[] }> = await import(path.join(modules, "linguist-languages/index.js"));

// Names that are everyday words in a posting ("E-mail", "HTTP", "Text") or file kinds no one lists as a skill.
const excluded = new Set<string>((JSON.parse(fs.readFileSync(path.join(here, "skills-excluded.json"), "utf8")) as string[]).map(key));
const titleBySlug = new Map(simpleIcons.map((icon) => [icon.slug, icon]));
const titleByKey = new Map(simpleIcons.map((icon) => [key(icon.title), icon]));

// Candidates from the lists: name → the sources that name it, and their aliases.
const candidates = new Map<string, { name: string; aliases: Set<string>; sources: Set<string> }>();
function add(name: string, source: string, aliases: string[] = []) {
  const k = key(name);
  if (k.length === 0) return;
  const entry = candidates.get(k) ?? { name, aliases: new Set<string>(), sources: new Set<string>() };
  entry.sources.add(source);
  for (const alias of aliases) if (key(alias) !== k && alias.length > 1) entry.aliases.add(alias);
  candidates.set(k, entry);
}

for (const icon of devicon) {
  const si = titleBySlug.get(icon.name) ?? titleByKey.get(icon.name);
  // Devicon names are slugs ("amazonwebservices"); the display name comes from Simple Icons.
  if (si) add(si.title, "devicon", [...(si.aliases?.aka ?? []), ...icon.altnames.filter((alt) => /[A-Z]/u.test(alt) || alt.length > 3)]);
}
for (const language of Object.values(linguist)) {
  if (language.type === "prose") continue;
  add(language.name, "linguist", (language.aliases ?? []).filter((alias) => /[A-Z+#]/u.test(alias) || alias.length > 3));
  // A language Simple Icons also has an icon for is named by two sources.
  const si = simpleIcons.find((icon) => key(icon.title) === key(language.name));
  if (si) add(language.name, "simple-icons");
}

const out = new Map<string, SkillEntry>();
const taken = new Set<string>();
for (const entry of curated) {
  const k = key(entry.name);
  if (out.has(k)) continue;
  out.set(k, { ...entry, sources: ["curated", ...(candidates.get(k)?.sources ?? [])] });
  taken.add(k);
  for (const alias of entry.aliases ?? []) taken.add(key(alias));
}
let droppedWords = 0;
for (const [k, candidate] of candidates) {
  if (excluded.has(k)) continue;
  if (taken.has(k)) {
    const existing = out.get(k);
    if (existing) existing.sources = [...new Set([...(existing.sources ?? []), ...candidate.sources])];
    continue;
  }
  const word = isEnglishWord(candidate.name);
  // One- and two-letter names ("B", "J", "M4") collide with initials and grades; the real ones (C, R, Go) are curated.
  if ((word && candidate.sources.size < 2) || key(candidate.name).length <= 2) {
    droppedWords += 1;
    continue;
  }
  const aliases = [...candidate.aliases].filter((alias) => !taken.has(key(alias)) && !isEnglishWord(alias));
  out.set(k, { name: candidate.name, ...(aliases.length ? { aliases } : {}), ...(word ? { caseSensitive: true } : {}), sources: [...candidate.sources] });
  taken.add(k);
  aliases.forEach((alias) => taken.add(key(alias)));
}

const skills = [...out.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
const bySource = (source: string) => skills.filter((skill) => skill.sources?.includes(source)).length;
fs.writeFileSync(
  path.join(here, "skills.json"),
  `${JSON.stringify({ generated: "app/resume/data/generate-skills.ts", sources: { devicon: "2.17.0 (MIT)", "linguist-languages": "9.5.0 (MIT)", "simple-icons": "16.37.0 (CC0-1.0)", curated: "skills-curated.json" }, skills })}\n`,
);
console.log(`${skills.length} skills: curated ${bySource("curated")}, devicon ${bySource("devicon")}, linguist ${bySource("linguist")}, simple-icons ${bySource("simple-icons")}; ${droppedWords} single-source English words dropped`);
