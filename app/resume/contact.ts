// Contact details from the top of the resume, its link annotations, and any "Contact" or
// "Links" section.
import { isPlaceName, titleScore } from "./lexicon.ts";
import { sectionKind } from "./sections.ts";
import { isBulletLine } from "./text.ts";
import type { Contact, LayoutLine, SourceLine } from "./types.ts";

export interface PageLink {
  page: number;
  url: string;
  y0: number;
  y1: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const PHONE = /(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w.])/gu;
const URL_TEXT = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[\w.~%/-]*)?/giu;
const LINKEDIN = /linkedin\.com\/in\/([\w%-]+)/iu;
const GITHUB = /github\.com\/([\w-]+)/iu;
const LABELLED_PROFILE = (network: string) => new RegExp(`\\b${network}\\s*:(?:\\/\\/)?\\s*@?([\\w%-]+)`, "iu");
const CONTACT_SEPARATORS = /\s*(?:\||•|·|⋄|◆|▪|\t|\u2003|\s[–—/]\s|\s{2,})\s*/u;
// A label before a contact value ("Location:", "A:", "Adresse"), dropped before reading a place.
const CONTACT_LABEL =
  /^(?:[\p{L} -]{1,20}:\s*|(?:location|address|city|based in|home|adresse|address|wohnort|indirizzo|dirección|woonplaats|endereço)\s+)/iu;

/**
 * A place in one part of a contact line: the part itself, or its longest ending that is a
 * place ("(917) 555-9067 Lisbon, Portugal" when the separator was a space the PDF lost).
 */
function placeIn(part: string): string | null {
  const text = part.trim().replace(CONTACT_LABEL, "");
  if (isPlaceName(text)) return text;
  const words = text.split(/\s+/u);
  for (let count = Math.min(6, words.length - 1); count >= 2; count--) {
    const tail = words.slice(words.length - count).join(" ");
    if (isPlaceName(tail)) return tail;
  }
  return null;
}
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
// Tech names that look like web addresses ("Node.js", "ASP.NET").
const TECH_NAME = /^(?:[\w-]+\.js|asp\.net|vue\.js|next\.js|node\.js|\.net)$/iu;

/** "https://www.Example.com/me/" → "example.com/me". */
export function normalizeUrl(url: string): string {
  const withoutScheme = url
    .trim()
    .replace(/^[a-z]+:\/\//iu, "")
    .replace(/^www\./iu, "");
  const [host, ...path] = withoutScheme.split("/");
  return [host.toLowerCase(), ...path].join("/").replace(/\/+$/u, "");
}

function phoneIn(text: string): string | null {
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/gu, "");
    // Nine to fifteen digits (E.164), and not a year range or a GPA.
    if (digits.length >= 9 && digits.length <= 15 && !/^(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}$/u.test(match[0])) {
      return match[0].trim();
    }
  }
  return null;
}

const NAME_PARTICLE = /^(?:de|del|la|le|van|von|der|den|da|di|du|dos|das|bin|ibn|al|el|y|e)$/u;

/**
 * The name: the line on the first page that looks most like one, from its size against
 * the body text, its place near the top, its words (capitalised, no digits or symbols)
 * and what it is not (a heading, a job title, a place). One-word names need a clearly
 * larger face.
 */
function nameFrom(lines: LayoutLine[], bodyFontSize: number): { line: LayoutLine; text: string } | null {
  const firstPage = lines.filter((line) => line.page === 1);
  const bottom = Math.max(1, ...firstPage.map((line) => line.y));
  let best: { line: LayoutLine; text: string } | null = null;
  let bestScore = 0;
  for (const line of firstPage) {
    // Beside other text only when set clearly larger than it (a name in a header card).
    const [first, ...others] = line.segments;
    if (others.length > 1 && !others.every((segment) => first.fontSize >= 1.3 * segment.fontSize)) continue;
    // A tagline after a separator on the name's line ("Jane Doe | Data engineer") is not the name;
    // a grid's personal details may give it as a labelled value ("Name: Jane Doe"), a label
    // the layout found in the grid's rail ("Surname(s) / First name(s)") or one on the line.
    const fieldPrefix = line.field ? `${line.field}: ` : null;
    const labelled =
      fieldPrefix && first.text.startsWith(fieldPrefix)
        ? [first.text, first.text.slice(fieldPrefix.length)]
        : first.text.match(NAME_LABEL);
    const text = (labelled ? labelled[1] : first.text.split(NAME_TAGLINE_SEPARATOR)[0]).trim();
    const words = text.split(/\s+/u);
    const wordsOk =
      words.length <= 5 &&
      words.every((word) => NAME_WORD.test(word) || NAME_PARTICLE.test(word)) &&
      !/\d|@|\//u.test(text) &&
      sectionKind(text) === null &&
      !isPlaceName(text);
    if (!wordsOk) continue;
    const ratio = line.segments[0].fontSize / bodyFontSize;
    if (words.length === 1 && ratio < 1.4) continue;
    const score =
      2 * Math.min(Math.max(ratio - 1, 0), 1.5) +
      (line.segments[0].bold ? 0.3 : 0) +
      (line.y <= bottom * 0.25 ? 0.8 : 0) +
      (words.length >= 2 ? 0.3 : 0) -
      (titleScore(text) > 0 ? 1.2 : 0) -
      (labelled ? LABELLED_NAME_PENALTY : 0);
    if (score > bestScore) {
      best = { line, text };
      bestScore = score;
    }
  }
  return best && bestScore >= 0.6 ? best : null;
}
const NAME_TAGLINE_SEPARATOR = /\s+[|·•—–]\s+/u;
/** "Namn: Ana Lima": a label of a word or three before a value of two words or more. */
const NAME_LABEL = /^\p{L}[\p{L} -]{0,30}:\s+(\S+\s+\S.*)$/u;
/** A labelled value is the name only when no line set larger looks like one. */
const LABELLED_NAME_PENALTY = 0.3;

function profileFrom(urls: string[], texts: string[], pattern: RegExp, network: string, host: string): string | null {
  for (const url of urls) {
    const match = url.match(pattern);
    if (match) return `${host}/${match[1]}`;
  }
  const labelled = LABELLED_PROFILE(network);
  for (const text of texts) {
    const match = text.match(pattern) ?? text.match(labelled);
    if (match) return `${host}/${match[1]}`;
  }
  return null;
}

export interface ContactResult {
  contact: Contact;
  sources: Partial<Record<keyof Contact, SourceLine>>;
  /** The lines contact details were read from. */
  used: LayoutLine[];
}

/** A fragment that is an item of its own: an e-mail, or a host with a path ("github.com/ana"). */
const COMPLETE_ITEM = /@|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\//iu;
/** The next line, in the same size, right below and from about the same left edge, can finish this one. */
const continues = (line: LayoutLine, next: LayoutLine) =>
  Math.abs(next.fontSize - line.fontSize) < 0.5 &&
  next.y - line.y > 0 &&
  next.y - line.y <= 1.8 * line.fontSize &&
  Math.abs(next.x0 - line.x0) <= 2 * line.fontSize;

/**
 * A line that runs to the right edge of its block and the short fragment below it that
 * finishes it: an e-mail or link wrapped in a narrow column.
 */
function unwrapped(lines: LayoutLine[]): { text: string; lines: LayoutLine[] }[] {
  const right = Math.max(0, ...lines.map((line) => line.segments[line.segments.length - 1].x1));
  const out: { text: string; lines: LayoutLine[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const full = line.segments[line.segments.length - 1].x1 >= right - 1.5 * line.fontSize;
    if (
      next &&
      full &&
      next.page === line.page &&
      /^\S{1,30}$/u.test(next.text.trim()) &&
      !COMPLETE_ITEM.test(next.text.trim()) &&
      /\S$/u.test(line.text) &&
      /[@/.]/u.test(line.text) &&
      continues(line, next)
    ) {
      out.push({ text: `${line.text}${next.text.trim()}`, lines: [line, next] });
      i += 1;
    } else {
      out.push({ text: line.text, lines: [line] });
    }
  }
  return out;
}

/**
 * @param header lines of the header blocks (above the first heading, or beside a sidebar)
 * @param contactLines lines of any "Contact" or "Links" section (sidebars often hold them)
 * @param links every link annotation in the document
 * @param all every line, for the name and as a last resort for e-mail and phone
 */
export function extractContact(
  header: LayoutLine[],
  contactLines: LayoutLine[],
  links: PageLink[],
  all: LayoutLine[],
  bodyFontSize: number,
  source: (line: LayoutLine) => SourceLine,
): ContactResult {
  const near = unwrapped([...header, ...contactLines]);
  const firstPage = unwrapped(all.filter((line) => line.page === 1));
  const sources: ContactResult["sources"] = {};
  const used = new Set<LayoutLine>();
  const take = <T>(key: keyof Contact, found: { value: T; lines: LayoutLine[] } | null): T | null => {
    if (!found) return null;
    sources[key] = source(found.lines[0]);
    for (const line of found.lines) used.add(line);
    return found.value;
  };
  const findIn = (texts: { text: string; lines: LayoutLine[] }[], read: (text: string) => string | null) => {
    for (const item of texts) {
      const value = read(item.text);
      if (value) return { value, lines: item.lines };
    }
    return null;
  };

  const headerBottom = Math.max(0, ...header.filter((line) => line.page === 1).map((line) => line.y + line.fontSize));
  const headerUrls = links.filter((link) => link.page === 1 && link.y0 <= headerBottom).map((link) => link.url);
  const allUrls = links.map((link) => link.url);

  const email =
    take(
      "email",
      findIn(near, (text) => text.match(EMAIL)?.[0] ?? null) ??
        findIn(firstPage, (text) => text.match(EMAIL)?.[0] ?? null),
    ) ??
    headerUrls.find((url) => url.startsWith("mailto:"))?.slice("mailto:".length) ??
    null;
  const phone =
    take(
      "phone",
      findIn(near, phoneIn) ??
        findIn(
          firstPage.filter((item) => !isBulletLine(item.text)),
          phoneIn,
        ),
    ) ??
    headerUrls.find((url) => url.startsWith("tel:"))?.slice("tel:".length) ??
    null;
  const texts = near.map((item) => item.text);
  const linkedin = profileFrom(allUrls, texts, LINKEDIN, "linkedin", "linkedin.com/in");
  const github = profileFrom(allUrls, texts, GITHUB, "github", "github.com");
  for (const [key, pattern] of [
    ["linkedin", LINKEDIN],
    ["github", GITHUB],
  ] as const) {
    const line = near.find((item) => pattern.test(item.text));
    if (line && (key === "linkedin" ? linkedin : github)) take(key, { value: true, lines: line.lines });
  }

  const isProfileOrMail = (url: string) => /linkedin\.com|github\.com|^mailto:|^tel:|@/iu.test(url);
  const websiteFound = findIn(
    near,
    (text) =>
      text
        .split(CONTACT_SEPARATORS)
        .flatMap((part) => (EMAIL.test(part) ? [] : (part.match(URL_TEXT) ?? [])))
        .find((url) => !isProfileOrMail(url) && !/^\d/u.test(url) && !TECH_NAME.test(url)) ?? null,
  );
  const website =
    take("website", websiteFound) ?? headerUrls.find((url) => /^https?:/iu.test(url) && !isProfileOrMail(url)) ?? null;

  const placeOf = (text: string) =>
    text
      .split(CONTACT_SEPARATORS)
      .map(placeIn)
      .find((place) => place !== null) ?? null;
  // Contact details printed away from the header (a page footer, the end of a sidebar):
  // the lines that hold the e-mail or phone, and the lines beside them.
  const contactElsewhere = () => {
    const holding = all.flatMap((line, i) =>
      EMAIL.test(line.text) || (phone !== null && line.text.includes(phone)) ? [all[i - 1], line, all[i + 1]] : [],
    );
    return holding
      .filter((line): line is LayoutLine => line !== undefined && !isBulletLine(line.text))
      .map((line) => ({ text: line.text, lines: [line] }));
  };
  const location = take("location", findIn(near, placeOf) ?? findIn(contactElsewhere(), placeOf));
  const name = nameFrom(all, bodyFontSize);
  const fullName = name ? take("fullName", { value: name.text.replace(/\s+/gu, " "), lines: [name.line] }) : null;

  return {
    contact: { fullName, email, phone, location, linkedin, github, website: website ? normalizeUrl(website) : null },
    sources,
    used: [...used],
  };
}
