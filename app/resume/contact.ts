// Contact details from the top of the resume, its link annotations, and any "Contact" or
// "Links" section.
import { isPlaceName } from "./lexicon.ts";
import { sectionKind } from "./sections.ts";
import type { Contact, LayoutLine } from "./types.ts";

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
const CONTACT_SEPARATORS = /\s*(?:\||•|·|\t|\s[–—]\s|\s{2,})\s*/u;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

/** "https://www.Example.com/me/" → "example.com/me". */
export function normalizeUrl(url: string): string {
  const withoutScheme = url.trim().replace(/^[a-z]+:\/\//iu, "").replace(/^www\./iu, "");
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

function nameFrom(lines: LayoutLine[]): string | null {
  const candidates = lines.filter((line) => {
    const text = line.text.trim();
    const words = text.split(/\s+/u);
    return (
      line.page === 1 &&
      words.length >= 2 &&
      words.length <= 5 &&
      words.every((word) => NAME_WORD.test(word) || /^[\p{Lu}]+$/u.test(word)) &&
      sectionKind(text) === null
    );
  });
  const largest = [...candidates].sort((a, b) => b.fontSize - a.fontSize)[0];
  return largest ? largest.text.replace(/\s+/gu, " ").trim() : null;
}

function profileFrom(urls: string[], texts: string[], pattern: RegExp, network: string, host: string): string | null {
  for (const url of urls) {
    const match = url.match(pattern);
    if (match) return `${host}/${match[1]}`;
  }
  for (const text of texts) {
    const match = text.match(pattern) ?? text.match(LABELLED_PROFILE(network));
    if (match) return `${host}/${match[1]}`;
  }
  return null;
}

/**
 * @param header lines above the first heading
 * @param contactLines lines of any "Contact" or "Links" section (sidebars often hold them)
 * @param links every link annotation in the document
 */
export function extractContact(header: LayoutLine[], contactLines: LayoutLine[], links: PageLink[]): Contact {
  const headerTexts = header.map((line) => line.text);
  const texts = [...headerTexts, ...contactLines.map((line) => line.text)];
  const headerBottom = Math.max(0, ...header.filter((line) => line.page === 1).map((line) => line.y + line.fontSize));
  const headerUrls = links.filter((link) => link.page === 1 && link.y0 <= headerBottom).map((link) => link.url);
  const allUrls = links.map((link) => link.url);
  const parts = texts.flatMap((text) => text.split(CONTACT_SEPARATORS)).map((part) => part.trim());

  const email =
    texts.map((text) => text.match(EMAIL)?.[0]).find(Boolean) ??
    headerUrls.find((url) => url.startsWith("mailto:"))?.slice("mailto:".length) ??
    null;
  const phone =
    texts.map(phoneIn).find(Boolean) ??
    headerUrls.find((url) => url.startsWith("tel:"))?.slice("tel:".length) ??
    null;
  const linkedin = profileFrom(allUrls, texts, LINKEDIN, "linkedin", "linkedin.com/in");
  const github = profileFrom(allUrls, texts, GITHUB, "github", "github.com");

  const isProfileOrMail = (url: string) => /linkedin\.com|github\.com|^mailto:|^tel:|@/iu.test(url);
  const websiteText = parts
    .flatMap((part) => (EMAIL.test(part) ? [] : (part.match(URL_TEXT) ?? [])))
    .find((url) => !isProfileOrMail(url) && !/^\d/u.test(url));
  const websiteLink = headerUrls.find((url) => /^https?:/iu.test(url) && !isProfileOrMail(url));
  const website = websiteText ?? websiteLink;

  return {
    fullName: nameFrom(header),
    email,
    phone,
    location: parts.find((part) => isPlaceName(part)) ?? null,
    linkedin,
    github,
    website: website ? normalizeUrl(website) : null,
  };
}
