// HTML/CSS templates printed to PDF by Chromium (playwright-core, Debian's Chromium).
// One parametric template, many layouts: a template is a named set of layout choices.
import { degreeText, pick, chance, type View } from "./view.ts";

export interface HtmlTemplate {
  name: string;
  layout: "single" | "sidebar-left" | "sidebar-right" | "rail" | "two-col";
  font: string;
  size: number;
  header: "center" | "left" | "contact-first" | "split";
  nameSpacing: number;
  nameUpper: boolean;
  heading: "rule" | "caps" | "color" | "smallcaps" | "bar";
  entry: "title-dates-right" | "company-dates-right" | "oneline" | "date-first" | "at" | "dates-col";
  skills: "grouped" | "comma" | "chips" | "list" | "pipe";
  education: "degree-first" | "school-first" | "oneline";
  paper: "Letter" | "A4";
  accent: string;
}

export const esc = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

export function contactItems(view: View): string[] {
  const p = view.person;
  return [p.email, p.phone, p.location, p.linkedin, p.github, p.website].filter((x): x is string => Boolean(x));
}

function heading(t: HtmlTemplate, view: View, text: string): string {
  const label = view.upperHeadings && t.heading !== "smallcaps" ? text.toUpperCase() : text;
  return `<h2 class="h">${esc(label)}</h2>`;
}

function roleBlock(t: HtmlTemplate, view: View, employer: View["employers"][number]): string {
  const out: string[] = [];
  const loc = employer.location;
  const bullets = (items: string[]) => `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>`;
  if (employer.roles.length > 1) {
    // An employer banner with several roles under it.
    out.push(
      `<div class="row"><span class="b">${esc(employer.company)}</span>${loc ? `<span class="m">${esc(loc)}</span>` : ""}</div>`,
    );
    for (const role of employer.roles) {
      out.push(
        `<div class="row sub"><span class="i">${esc(role.title)}</span><span class="m">${esc(view.range(role.start, role.end))}</span></div>`,
      );
      out.push(bullets(role.bullets));
    }
    return `<div class="entry">${out.join("")}</div>`;
  }
  const job = employer.roles[0];
  const dates = esc(view.range(job.start, job.end));
  const [first, second] = view.roleFirst ? [job.title, job.company] : [job.company, job.title];
  switch (t.entry) {
    case "title-dates-right":
      out.push(`<div class="row"><span class="b">${esc(first)}</span><span class="m">${dates}</span></div>`);
      out.push(
        `<div class="row"><span class="i">${esc(second)}</span>${loc ? `<span class="m i">${esc(loc)}</span>` : ""}</div>`,
      );
      break;
    case "company-dates-right":
      out.push(
        `<div class="row"><span><span class="b">${esc(job.company)}</span>${loc ? `${esc(view.sep)}${esc(loc)}` : ""}</span><span class="m">${dates}</span></div>`,
      );
      out.push(`<div class="i">${esc(job.title)}</div>`);
      break;
    case "oneline":
      out.push(
        `<div><span class="b">${esc(first)}</span>${esc(view.sep)}${esc(second)}${loc ? esc(view.sep) + esc(loc) : ""}${esc(view.sep)}<span class="m">${dates}</span></div>`,
      );
      break;
    case "date-first":
      out.push(`<div class="m small">${dates}${loc ? ` · ${esc(loc)}` : ""}</div>`);
      out.push(`<div><span class="b">${esc(first)}</span>${esc(view.sep)}${esc(second)}</div>`);
      break;
    case "at":
      out.push(
        `<div class="row"><span><span class="b">${esc(job.title)}</span> at ${esc(job.company)}</span><span class="m">${dates}</span></div>`,
      );
      if (loc) out.push(`<div class="m small">${esc(loc)}</div>`);
      break;
    case "dates-col":
      return `<div class="entry dcol"><div class="dc m">${dates}${loc ? `<br>${esc(loc)}` : ""}</div><div><div class="b">${esc(first)}</div><div class="i">${esc(second)}</div>${bullets(job.bullets)}</div></div>`;
  }
  out.push(bullets(job.bullets));
  return `<div class="entry">${out.join("")}</div>`;
}

function educationBlock(t: HtmlTemplate, view: View): string {
  return view.person.schools
    .map((school) => {
      const degree = esc(degreeText(view.r, school));
      const dates = esc(view.range(school.start, school.end));
      const place = school.location ? `${esc(view.sep)}${esc(school.location)}` : "";
      const details = school.details.length ? `<div class="small">${school.details.map(esc).join(" · ")}</div>` : "";
      if (t.education === "oneline")
        return `<div class="entry"><span class="b">${degree}</span>${esc(view.sep)}${esc(school.institution)}${place}${esc(view.sep)}<span class="m">${dates}</span>${details}</div>`;
      const [a, b] =
        t.education === "degree-first"
          ? [degree, esc(school.institution) + place]
          : [esc(school.institution) + place, degree];
      return `<div class="entry"><div class="row"><span class="b">${a}</span><span class="m">${dates}</span></div><div class="i">${b}</div>${details}</div>`;
    })
    .join("");
}

function skillsBlock(t: HtmlTemplate, view: View): string {
  const groups = view.person.skillGroups;
  const all = groups.flatMap((g) => g.skills);
  switch (t.skills) {
    case "grouped":
      return groups
        .map(
          (g) =>
            `<div>${g.label ? `<span class="b">${esc(g.label)}:</span> ` : ""}${g.skills.map(esc).join(", ")}</div>`,
        )
        .join("");
    case "comma":
      return `<div>${all.map(esc).join(", ")}</div>`;
    case "chips":
      return `<div class="chips">${all.map((s) => `<span class="chip">${esc(s)}</span>`).join("")}</div>`;
    case "list":
      return `<ul class="plain">${all.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>`;
    case "pipe":
      return `<div>${all.map(esc).join(" | ")}</div>`;
  }
}

function nameHtml(t: HtmlTemplate, view: View): string {
  const name = t.nameUpper ? view.person.name.toUpperCase() : view.person.name;
  return `<div class="name">${esc(name)}</div>`;
}

export function renderHtml(t: HtmlTemplate, view: View): string {
  const p = view.person;
  const contacts = contactItems(view);
  const contactSep = pick(view.r, [" | ", " · ", " • ", " \u2003 ", " / "]);
  const contactLine = `<div class="contact">${contacts.map(esc).join(esc(contactSep))}</div>`;
  const contactStack = `<div class="contact stack">${contacts.map((c) => `<div>${esc(c)}</div>`).join("")}</div>`;
  const tagline = chance(view.r, 0.5) ? `<div class="tag">${esc(p.tagline)}</div>` : "";

  const summary = view.showSummary ? `${heading(t, view, view.headings.summary)}<p>${esc(p.summary)}</p>` : "";
  const experience = `${view.headings.experience ? heading(t, view, view.headings.experience) : ""}${view.employers.map((e) => roleBlock(t, view, e)).join("")}`;
  const education = p.schools.length ? `${heading(t, view, view.headings.education)}${educationBlock(t, view)}` : "";
  const skills = `${heading(t, view, view.headings.skills)}${skillsBlock(t, view)}`;
  const certs = p.certifications.length
    ? `${heading(t, view, view.headings.certifications)}<ul class="plain">${p.certifications.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>`
    : "";

  let body: string;
  const header = (contact: string) =>
    t.header === "contact-first"
      ? `<header>${contact}${nameHtml(t, view)}${tagline}</header>`
      : t.header === "split"
        ? `<header class="split"><div>${nameHtml(t, view)}${tagline}</div>${contactStack}</header>`
        : `<header>${nameHtml(t, view)}${tagline}${contact}</header>`;
  switch (t.layout) {
    case "single":
      body = `${header(contactLine)}${summary}${experience}${education}${skills}${certs}`;
      break;
    case "sidebar-left":
    case "sidebar-right": {
      const side = `<aside>${heading(t, view, "Contact")}${contactStack}${skills}${certs}</aside>`;
      const main = `<main>${nameHtml(t, view)}${tagline}${summary}${experience}${education}</main>`;
      body = `<div class="cols ${t.layout}">${t.layout === "sidebar-left" ? side + main : main + side}</div>`;
      break;
    }
    case "rail": {
      // Section labels in a left rail, on the same line as the section's first entry.
      const railRow = (label: string | null, content: string) =>
        `<div class="rail"><div class="label">${label ? esc(view.upperHeadings ? label.toUpperCase() : label) : ""}</div><div class="content">${content}</div></div>`;
      body =
        `${header(contactLine)}${view.showSummary ? railRow(view.headings.summary, `<p>${esc(p.summary)}</p>`) : ""}` +
        railRow(view.headings.experience, view.employers.map((e) => roleBlock(t, view, e)).join("")) +
        (p.schools.length ? railRow(view.headings.education, educationBlock(t, view)) : "") +
        railRow(view.headings.skills, skillsBlock(t, view)) +
        (p.certifications.length
          ? railRow(view.headings.certifications, p.certifications.map((c) => `<div>${esc(c)}</div>`).join(""))
          : "");
      break;
    }
    case "two-col":
      body = `${header(contactLine)}<div class="cols two"><main>${summary}${experience}</main><aside>${education}${skills}${certs}</aside></div>`;
      break;
  }

  const headingCss: Record<HtmlTemplate["heading"], string> = {
    rule: `font-weight:700;font-size:1.15em;border-bottom:1px solid #333;margin:12px 0 5px;`,
    caps: `font-weight:700;font-size:1em;letter-spacing:0.08em;margin:12px 0 4px;`,
    color: `font-weight:600;font-size:1.3em;color:${t.accent};margin:12px 0 4px;`,
    smallcaps: `font-variant:small-caps;font-weight:400;font-size:1.25em;letter-spacing:0.12em;margin:12px 0 4px;`,
    bar: `font-weight:700;font-size:1.05em;background:#eee;padding:2px 4px;margin:12px 0 5px;`,
  };
  const css = `
  @page { margin: 0.55in 0.6in; }
  body { font-family: '${t.font}'; font-size: ${t.size}pt; color: #222; margin: 0; line-height: 1.3; }
  header { text-align: ${t.header === "center" ? "center" : "left"}; margin-bottom: 8px; }
  header.split { display:flex; justify-content:space-between; align-items:flex-start; }
  header.split .contact { text-align:right; }
  .name { font-size: ${t.size * 2.3}pt; font-weight: 700; letter-spacing: ${t.nameSpacing}em; color: ${t.accent}; }
  .tag { font-size: 1.1em; color: #555; }
  .contact { color: #333; }
  h2.h { ${headingCss[t.heading]} }
  .row { display: flex; justify-content: space-between; gap: 12px; }
  .row.sub { margin-left: 0; }
  .b { font-weight: 700; } .i { font-style: italic; } .m { color: #555; } .small { font-size: 0.9em; }
  ul { margin: 2px 0 6px 0; padding-left: 16px; } li { margin: 1px 0; }
  ul.plain { list-style: none; padding-left: 0; }
  .entry { margin-bottom: 6px; break-inside: avoid; }
  .dcol { display: grid; grid-template-columns: 1.3in 1fr; gap: 10px; }
  .cols { display: flex; gap: 22px; }
  .cols aside { width: 32%; } .cols main { flex: 1; }
  .cols.sidebar-left aside, .cols.sidebar-right aside { background: #f3f4f6; padding: 8px; }
  .cols.two aside { width: 34%; }
  .rail { display: grid; grid-template-columns: 1.25in 1fr; gap: 14px; margin-top: 10px; }
  .rail .label { font-weight: 700; color: ${t.accent}; text-align: ${t.heading === "caps" ? "right" : "left"}; }
  .chips .chip { display: inline-block; border: 1px solid #bbb; border-radius: 8px; padding: 1px 6px; margin: 2px 8px 2px 0; }
  p { margin: 2px 0 6px; }
  `;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}

const base = { size: 10, nameSpacing: 0, nameUpper: false, paper: "Letter", accent: "#1f2937" } as const;

export const HTML_TEMPLATES: HtmlTemplate[] = [
  {
    ...base,
    name: "html-classic",
    layout: "single",
    font: "Liberation Serif",
    header: "center",
    heading: "rule",
    entry: "title-dates-right",
    skills: "grouped",
    education: "degree-first",
    size: 10.5,
  },
  {
    ...base,
    name: "html-sidebar-left",
    layout: "sidebar-left",
    font: "DejaVu Sans",
    header: "left",
    heading: "caps",
    entry: "company-dates-right",
    skills: "list",
    education: "school-first",
    size: 9,
    accent: "#0f4c81",
  },
  {
    ...base,
    name: "html-rail",
    layout: "rail",
    font: "Liberation Sans",
    header: "left",
    heading: "caps",
    entry: "title-dates-right",
    skills: "comma",
    education: "degree-first",
    size: 9.5,
  },
  {
    ...base,
    name: "html-dates-column",
    layout: "single",
    font: "Noto Sans",
    header: "split",
    heading: "color",
    entry: "dates-col",
    skills: "pipe",
    education: "oneline",
    size: 9.5,
    accent: "#7c2d12",
    paper: "A4",
  },
  {
    ...base,
    name: "html-oneline",
    layout: "single",
    font: "Liberation Sans",
    header: "left",
    heading: "bar",
    entry: "oneline",
    skills: "grouped",
    education: "oneline",
    size: 10,
  },
  {
    ...base,
    name: "html-two-column",
    layout: "two-col",
    font: "Noto Serif",
    header: "center",
    heading: "smallcaps",
    entry: "title-dates-right",
    skills: "list",
    education: "school-first",
    size: 9.5,
    nameSpacing: 0.05,
  },
  {
    ...base,
    name: "html-docs",
    layout: "single",
    font: "Liberation Sans",
    header: "left",
    heading: "color",
    entry: "company-dates-right",
    skills: "comma",
    education: "school-first",
    size: 10.5,
    accent: "#1a73e8",
  },
  {
    ...base,
    name: "html-letterspaced",
    layout: "single",
    font: "DejaVu Serif",
    header: "center",
    heading: "smallcaps",
    entry: "at",
    skills: "chips",
    education: "degree-first",
    size: 9.5,
    nameSpacing: 0.35,
    nameUpper: true,
    paper: "A4",
  },
  // Held out: layouts of the same kinds, built differently.
  {
    ...base,
    name: "html-sidebar-right",
    layout: "sidebar-right",
    font: "Noto Sans",
    header: "left",
    heading: "bar",
    entry: "title-dates-right",
    skills: "chips",
    education: "degree-first",
    size: 9,
    accent: "#065f46",
  },
  {
    ...base,
    name: "html-rail-dates-first",
    layout: "rail",
    font: "Noto Serif",
    header: "contact-first",
    heading: "caps",
    entry: "date-first",
    skills: "grouped",
    education: "school-first",
    size: 9.5,
    accent: "#4c1d95",
    paper: "A4",
  },
  {
    ...base,
    name: "html-modern-split",
    layout: "two-col",
    font: "DejaVu Sans",
    header: "split",
    heading: "rule",
    entry: "company-dates-right",
    skills: "pipe",
    education: "oneline",
    size: 9,
    nameSpacing: 0.2,
    nameUpper: true,
  },
  {
    ...base,
    name: "html-compact-at",
    layout: "single",
    font: "Liberation Serif",
    header: "contact-first",
    heading: "caps",
    entry: "at",
    skills: "comma",
    education: "school-first",
    size: 11,
  },
];
