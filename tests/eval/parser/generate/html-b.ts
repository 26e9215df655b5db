// Held-out set B: HTML/CSS templates written after the parser had been tuned, each a
// hand-made page rather than a setting of html.ts's parametric template, so they share no
// markup with the tuning half. Classes they carry: a dark skills sidebar with icon
// glyphs and wrapping date columns; small-caps headings between rules with education
// first and contact only in a repeated page footer; contact in a labelled header table
// with "2019–21" ranges; a localised (Europass-like) CV with local month names; narrow
// justified columns with ligatures and soft-hyphen line breaks; date ranges as entry
// headings with the contact bar above the name.
import type { Person } from "./people.ts";
import { contactItems, esc } from "./html.ts";
import { chance, degreeText, personalHeading, pick, type View, type ViewOptions } from "./view.ts";

type Employer = View["employers"][number];

export interface HtmlBTemplate {
  name: string;
  paper: "Letter" | "A4";
  options: (seed: number) => ViewOptions;
  render: (view: View) => string;
  /** A page footer Chromium prints on every page (its footerTemplate). */
  footer?: (view: View) => string;
  /** What the template leaves out, for the truth. */
  prints?: { printsJobLocation?: boolean };
}

const page = (css: string, body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;

const up = (view: View, text: string) => (view.upperHeadings ? text.toUpperCase() : text);
const bullets = (items: string[]) => `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>`;
const allSkills = (p: Person) => p.skillGroups.flatMap((g) => g.skills);

/** Icon glyphs (DejaVu has them) before each contact item, as icon-font templates print them. */
function iconContacts(view: View): string[] {
  const p = view.person;
  const items: [string, string | null][] = [
    ["✉", p.email],
    ["☎", p.phone],
    ["⌂", p.location],
    ["in", p.linkedin],
    ["⌥", p.github],
    ["↗", p.website],
  ];
  return items
    .filter((item): item is [string, string] => Boolean(item[1]))
    .map(([icon, text]) => `<span class="ic">${icon}</span> ${esc(text)}`);
}

// B1: dark left sidebar (contact with icons, skill bars, languages), main column with a
// narrow date column on the left of every entry; the range wraps inside it.
function sidebarSkills(view: View): string {
  const p = view.person;
  const initials = p.name
    .split(" ")
    .map((part) => part[0])
    .join("")
    .slice(0, 2);
  const skillBars = p.skillGroups
    .map(
      (g) =>
        `${g.label ? `<div class="sl">${esc(g.label)}</div>` : ""}${g.skills.map((s, i) => `<div class="skill"><span>${esc(s)}</span><div class="bar"><i style="width:${55 + ((i * 17) % 45)}%"></i></div></div>`).join("")}`,
    )
    .join("");
  const side =
    `<aside><div class="av">${esc(initials)}</div><h3>Contact</h3>${iconContacts(view)
      .map((c) => `<div class="c">${c}</div>`)
      .join("")}` +
    `<h3>${esc(up(view, view.headings.skills))}</h3>${skillBars}` +
    `<h3>Languages</h3><div class="c">English — native</div><div class="c">${pick(view.r, ["Spanish", "German", "French"])} — B2</div>` +
    (p.certifications.length
      ? `<h3>${esc(up(view, view.headings.certifications))}</h3>${p.certifications.map((c) => `<div class="c">${esc(c)}</div>`).join("")}`
      : "") +
    `</aside>`;
  const entry = (dates: string, body: string) =>
    `<div class="e"><div class="d">${esc(dates)}</div><div>${body}</div></div>`;
  const job = (e: Employer) => {
    if (e.roles.length > 1) {
      return (
        `<div class="banner">${esc(e.company)}${e.location ? ` <span class="loc">${esc(e.location)}</span>` : ""}</div>` +
        e.roles
          .map((r) => entry(view.range(r.start, r.end), `<div class="t">${esc(r.title)}</div>${bullets(r.bullets)}`))
          .join("")
      );
    }
    const r = e.roles[0];
    return entry(
      view.range(r.start, r.end),
      `<div class="t">${esc(r.title)}</div><div class="co">${esc(r.company)}${r.location ? ` · ${esc(r.location)}` : ""}</div>${bullets(r.bullets)}`,
    );
  };
  const main =
    `<main><div class="name">${esc(p.name)}</div><div class="tag">${esc(p.tagline)}</div>` +
    (view.showSummary ? `<h2>${esc(up(view, view.headings.summary))}</h2><p>${esc(p.summary)}</p>` : "") +
    (view.headings.experience ? `<h2>${esc(up(view, view.headings.experience))}</h2>` : "") +
    view.employers.map(job).join("") +
    (p.schools.length
      ? `<h2>${esc(up(view, view.headings.education))}</h2>${p.schools.map((s) => entry(view.range(s.start, s.end), `<div class="t">${esc(s.institution)}</div><div class="co">${esc(degreeText(view.r, s))}</div>`)).join("")}`
      : "") +
    `</main>`;
  const css = `@page { size: A4; margin: 0; } body { margin: 0; font-family: 'DejaVu Sans'; font-size: 8.6pt; color: #1f2328; }
  .wrap { display: grid; grid-template-columns: 2.15in 1fr; min-height: 11.69in; }
  aside { background: #23313f; color: #e8edf2; padding: 0.45in 0.22in; } aside h3 { font-size: 9.5pt; letter-spacing: .06em; margin: 14px 0 6px; border-bottom: 1px solid #5b6b7b; }
  .av { width: 60px; height: 60px; border-radius: 50%; background: #5b7a99; color: #fff; font-size: 20pt; display: flex; align-items: center; justify-content: center; }
  .c { margin: 3px 0; overflow-wrap: anywhere; } .ic { color: #9fb6cc; } .sl { font-weight: 700; margin-top: 6px; }
  .skill { margin: 3px 0; } .bar { height: 3px; background: #45586b; } .bar i { display: block; height: 3px; background: #9fd1ff; }
  main { padding: 0.45in 0.4in; } .name { font-size: 22pt; font-weight: 700; } .tag { color: #56606b; font-size: 10pt; margin-bottom: 6px; }
  h2 { font-size: 11pt; color: #23313f; margin: 14px 0 6px; } .e { display: grid; grid-template-columns: 0.78in 1fr; gap: 10px; margin-bottom: 7px; break-inside: avoid; }
  .d { color: #56606b; font-size: 8pt; } .t { font-weight: 700; } .co { color: #374151; } .banner { font-weight: 700; font-size: 10pt; margin: 8px 0 3px; } .loc { font-weight: 400; color: #56606b; }
  ul { margin: 2px 0 0; padding-left: 13px; } p { margin: 0 0 6px; }`;
  return page(css, `<div class="wrap">${side}${main}</div>`);
}

// B2: small-caps headings centred between rules; education before experience;
// "Company — Title" entries; the contact details only in a footer repeated on every page.
function smallcapsRules(view: View): string {
  const p = view.person;
  const h = (text: string) => `<h2><span>${esc(text)}</span></h2>`;
  const job = (e: Employer) => {
    if (e.roles.length > 1) {
      return (
        `<div class="e"><div class="row"><b>${esc(e.company)}</b><span class="loc">${esc(e.location ?? "")}</span></div>` +
        e.roles
          .map(
            (r) =>
              `<div class="row sub"><span>${esc(r.title)}</span><span>${esc(view.range(r.start, r.end))}</span></div>${bullets(r.bullets)}`,
          )
          .join("") +
        `</div>`
      );
    }
    const r = e.roles[0];
    return (
      `<div class="e"><div class="row"><span><b>${esc(r.company)}</b> — ${esc(r.title)}</span><span>${esc(view.range(r.start, r.end))}</span></div>` +
      (r.location ? `<div class="loc">${esc(r.location)}</div>` : "") +
      bullets(r.bullets) +
      `</div>`
    );
  };
  const education = p.schools.length
    ? h(view.headings.education) +
      p.schools
        .map(
          (s) =>
            `<div class="e"><div class="row"><span><b>${esc(s.institution)}</b> — ${esc(degreeText(view.r, s))}</span><span>${esc(view.range(s.start, s.end))}</span></div></div>`,
        )
        .join("")
    : "";
  const body =
    `<header><div class="name">${esc(p.name)}</div>${chance(view.r, 0.6) ? `<div class="tag">${esc(p.tagline)}</div>` : ""}</header>` +
    (view.showSummary ? `${h(view.headings.summary)}<p>${esc(p.summary)}</p>` : "") +
    education +
    (view.headings.experience ? h(view.headings.experience) : "<div style='height:10px'></div>") +
    view.employers.map(job).join("") +
    h(view.headings.skills) +
    p.skillGroups
      .map((g) => `<div>${g.label ? `<i>${esc(g.label)}</i> ⋄ ` : ""}${g.skills.map(esc).join(", ")}</div>`)
      .join("") +
    (p.certifications.length
      ? h(view.headings.certifications) + p.certifications.map((c) => `<div>${esc(c)}</div>`).join("")
      : "");
  const css = `@page { size: Letter; margin: 0.6in 0.7in 0.75in; } body { font-family: 'Noto Serif'; font-size: 9.8pt; color: #222; margin: 0; line-height: 1.32; }
  header { text-align: center; } .name { font-variant: small-caps; font-size: 24pt; letter-spacing: .08em; } .tag { font-style: italic; color: #555; }
  h2 { display: flex; align-items: center; gap: 10px; font-variant: small-caps; font-weight: 400; font-size: 13pt; letter-spacing: .1em; margin: 12px 0 5px; }
  h2::before, h2::after { content: ""; flex: 1; border-top: 0.8px solid #777; }
  .row { display: flex; justify-content: space-between; gap: 14px; } .row.sub { padding-left: 14px; font-style: italic; } .loc { color: #666; font-style: italic; }
  .e { margin-bottom: 6px; break-inside: avoid; } ul { margin: 2px 0 4px; padding-left: 18px; } p { margin: 0 0 6px; }`;
  return page(css, body);
}

// B3: contact in a labelled table beside the name; headings with a left accent bar;
// "Title, Company" on one line and the dates on their own line beneath, often "2019–21".
function headerTable(view: View): string {
  const p = view.person;
  const rows: [string, string | null][] = [
    ["Email", p.email],
    ["Phone", p.phone],
    ["Location", p.location],
    ["LinkedIn", p.linkedin],
    ["GitHub", p.github],
    ["Web", p.website],
  ];
  const table = `<table class="ct">${rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`)
    .join("")}</table>`;
  const h = (text: string) => `<h2>${esc(up(view, text))}</h2>`;
  const job = (e: Employer) =>
    e.roles
      .map(
        (r) =>
          `<div class="e"><div><b>${esc(r.title)}</b>, ${esc(r.company)}</div><div class="d">${esc(view.range(r.start, r.end))}${r.location ? ` · ${esc(r.location)}` : ""}</div>${bullets(r.bullets)}</div>`,
      )
      .join("");
  const skills = `<table class="sk">${p.skillGroups.map((g) => `<tr><th>${esc(g.label || "Tools")}</th><td>${g.skills.map(esc).join(", ")}</td></tr>`).join("")}</table>`;
  const body =
    `<header><div><div class="name">${esc(p.name)}</div>${chance(view.r, 0.5) ? `<div class="tag">${esc(p.tagline)}</div>` : ""}</div>${table}</header>` +
    (view.showSummary ? `${h(view.headings.summary)}<p>${esc(p.summary)}</p>` : "") +
    (view.headings.experience ? h(view.headings.experience) : "") +
    view.employers.map(job).join("") +
    (p.schools.length
      ? h(view.headings.education) +
        p.schools
          .map(
            (s) =>
              `<div class="e">${esc(degreeText(view.r, s))}, ${esc(s.institution)}, ${esc(view.date(s.end))}</div>`,
          )
          .join("")
      : "") +
    h(view.headings.skills) +
    skills +
    (p.certifications.length
      ? h(view.headings.certifications) + p.certifications.map((c) => `<div>${esc(c)}</div>`).join("")
      : "");
  const css = `@page { size: Letter; margin: 0.5in 0.6in; } body { font-family: 'Liberation Sans'; font-size: 9.6pt; color: #1b1b1b; margin: 0; line-height: 1.3; }
  header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #0b7285; padding-bottom: 6px; }
  .name { font-size: 21pt; font-weight: 700; color: #0b7285; } .tag { color: #555; }
  table { border-collapse: collapse; } .ct th, .sk th { text-align: left; font-weight: 700; color: #555; padding: 1px 10px 1px 0; vertical-align: top; white-space: nowrap; } .ct td, .sk td { padding: 1px 0; }
  h2 { border-left: 4px solid #0b7285; padding-left: 7px; font-size: 10.5pt; letter-spacing: .12em; margin: 13px 0 5px; }
  .e { margin-bottom: 6px; break-inside: avoid; } .d { color: #666; font-size: 8.8pt; } ul { margin: 2px 0 2px; padding-left: 16px; } p { margin: 0 0 5px; }`;
  return page(css, body);
}

// B4: a localised CV in the Europass manner: a labelled personal-details block, dates
// right-aligned in a grey left column, headings and month names in the CV's language.
function europass(view: View): string {
  const p = view.person;
  const locale = view.locale as SetBLocale;
  const labels: Record<SetBLocale, string[]> = {
    de: ["E-Mail", "Telefon", "Wohnort", "LinkedIn", "GitHub", "Webseite"],
    fr: ["Courriel", "Téléphone", "Adresse", "LinkedIn", "GitHub", "Site web"],
    it: ["E-mail", "Telefono", "Indirizzo", "LinkedIn", "GitHub", "Sito web"],
    nl: ["E-mail", "Telefoon", "Woonplaats", "LinkedIn", "GitHub", "Website"],
    es: ["Correo", "Teléfono", "Dirección", "LinkedIn", "GitHub", "Web"],
  };
  const values = [p.email, p.phone, p.location, p.linkedin, p.github, p.website];
  const row = (left: string, right: string) => `<div class="r"><div class="l">${left}</div><div>${right}</div></div>`;
  const h = (text: string) => `<h2>${esc(up(view, text))}</h2>`;
  const personal =
    h(personalHeading(locale)) + values.map((v, i) => (v ? row(esc(labels[locale][i]), esc(v)) : "")).join("");
  const job = (e: Employer) =>
    e.roles
      .map((r) =>
        row(
          esc(view.range(r.start, r.end)),
          `<div class="t">${esc(r.title)}</div><div>${esc(r.company)}${r.location ? `, ${esc(r.location)}` : ""}</div>${bullets(r.bullets)}`,
        ),
      )
      .join("");
  const body =
    `<div class="name">${esc(p.name)}</div>` +
    personal +
    (view.showSummary ? h(view.headings.summary) + row("", esc(p.summary)) : "") +
    (view.headings.experience ? h(view.headings.experience) : "") +
    view.employers.map(job).join("") +
    (p.schools.length
      ? h(view.headings.education) +
        p.schools
          .map((s) =>
            row(
              esc(view.range(s.start, s.end)),
              `<div class="t">${esc(degreeText(view.r, s))}</div><div>${esc(s.institution)}</div>`,
            ),
          )
          .join("")
      : "") +
    h(view.headings.skills) +
    p.skillGroups.map((g) => row(esc(g.label), g.skills.map(esc).join(", "))).join("") +
    (p.certifications.length
      ? h(view.headings.certifications) + p.certifications.map((c) => row("", esc(c))).join("")
      : "");
  const css = `@page { size: A4; margin: 0.55in 0.6in; } body { font-family: 'Liberation Sans'; font-size: 9.4pt; color: #222; margin: 0; line-height: 1.3; }
  .name { font-size: 20pt; color: #0e4194; margin-bottom: 4px; } h2 { color: #0e4194; font-size: 11pt; font-weight: 400; border-bottom: 1px solid #0e4194; margin: 12px 0 6px; }
  .r { display: grid; grid-template-columns: 1.7in 1fr; gap: 14px; margin-bottom: 4px; break-inside: avoid; } .l { text-align: right; color: #5c5c5c; }
  .t { font-weight: 700; } ul { margin: 2px 0 2px; padding-left: 15px; }`;
  return page(css, body, locale);
}

/** Soft hyphens inside long words, so a narrow justified column breaks them across lines. */
function shy(text: string): string {
  return esc(text).replace(/\p{L}{9,}/gu, (word) => word.replace(/(\p{L}{4})(?=\p{L}{4})/gu, "$1\u00ad"));
}

// B5: justified narrow columns in a serif with ligatures; long words break with
// hyphens (soft hyphens, as word processors insert), the sidebar on the right.
function hyphenLigature(view: View): string {
  const p = view.person;
  const h = (text: string) => `<h2>${shy(up(view, text))}</h2>`;
  const job = (e: Employer) =>
    e.roles
      .map(
        (r) =>
          `<div class="e"><div class="t">${shy(r.title)}</div><div class="m">${shy(r.company)} | ${esc(view.range(r.start, r.end))}${r.location ? ` | ${esc(r.location)}` : ""}</div><ul>${r.bullets.map((b) => `<li>${shy(b)}</li>`).join("")}</ul></div>`,
      )
      .join("");
  const side =
    `<aside>${h("Contact")}${contactItems(view)
      .map((c) => `<div class="c">${esc(c)}</div>`)
      .join("")}` +
    (p.schools.length
      ? h(view.headings.education) +
        p.schools
          .map(
            (s) =>
              `<div class="e"><div class="t">${shy(degreeText(view.r, s))}</div><div>${shy(s.institution)}</div><div class="m">${esc(view.range(s.start, s.end))}</div></div>`,
          )
          .join("")
      : "") +
    h(view.headings.skills) +
    `<div class="j">${allSkills(p).map(shy).join(", ")}</div>` +
    (p.certifications.length
      ? h(view.headings.certifications) + p.certifications.map((c) => `<div class="e j">${shy(c)}</div>`).join("")
      : "") +
    `</aside>`;
  const main =
    `<main><div class="name">${esc(p.name)}</div><div class="tag">${shy(p.tagline)}</div>` +
    (view.showSummary
      ? `${h(view.headings.summary)}<p class="j">${shy(p.summary)} Officially certified, fluent in workflow tooling and efficient offline-first profiling.</p>`
      : "") +
    (view.headings.experience ? h(view.headings.experience) : "") +
    view.employers.map(job).join("") +
    `</main>`;
  const css = `@page { size: Letter; margin: 0.5in 0.55in; } body { font-family: 'DejaVu Serif'; font-size: 9pt; margin: 0; line-height: 1.3; color: #1d1d1d;
    font-variant-ligatures: common-ligatures discretionary-ligatures; hyphens: manual; }
  .wrap { display: grid; grid-template-columns: 1fr 1.55in; gap: 20px; } .name { font-size: 20pt; font-weight: 700; } .tag { font-style: italic; color: #555; }
  h2 { font-size: 10.5pt; margin: 11px 0 4px; border-bottom: 0.6px solid #999; } .j { text-align: justify; } .t { font-weight: 700; } .m { color: #555; font-size: 8.5pt; }
  .e { margin-bottom: 6px; break-inside: avoid; } ul { margin: 2px 0; padding-left: 13px; text-align: justify; } p { margin: 0 0 5px; } aside { font-size: 8.4pt; } .c { overflow-wrap: anywhere; }`;
  return page(css, `<div class="wrap">${main}${side}</div>`);
}

// B6: a dark contact bar above the name; pill headings; each entry headed by its dates,
// then "Title @ Company"; several roles under one employer's banner.
function dateHeadings(view: View): string {
  const p = view.person;
  const h = (text: string) => `<h2><span>${esc(up(view, text))}</span></h2>`;
  const role = (title: string, company: string | null, dates: string, location: string | null, items: string[]) =>
    `<div class="e"><div class="d">${esc(dates)}</div><div class="t">${esc(title)}${company ? ` <span class="at">@ ${esc(company)}</span>` : ""}</div>${location ? `<div class="m">${esc(location)}</div>` : ""}${bullets(items)}</div>`;
  const job = (e: Employer) =>
    e.roles.length > 1
      ? `<div class="banner">${esc(e.company)}</div>${e.roles.map((r) => role(r.title, null, view.range(r.start, r.end), null, r.bullets)).join("")}`
      : role(e.roles[0].title, e.company, view.range(e.roles[0].start, e.roles[0].end), e.location, e.roles[0].bullets);
  const body =
    `<div class="bar">${iconContacts(view)
      .map((c) => `<span>${c}</span>`)
      .join("")}</div><div class="in">` +
    `<div class="name">${esc(p.name)}</div>${chance(view.r, 0.7) ? `<div class="tag">${esc(p.tagline)}</div>` : ""}` +
    (view.showSummary ? h(view.headings.summary) + `<p>${esc(p.summary)}</p>` : "") +
    (view.headings.experience ? h(view.headings.experience) : "") +
    view.employers.map(job).join("") +
    (p.schools.length
      ? h(view.headings.education) +
        p.schools
          .map(
            (s) =>
              `<div class="e"><div class="t">${esc(s.institution)}</div><div>${esc(degreeText(view.r, s))} · ${esc(view.date(s.end))}</div></div>`,
          )
          .join("")
      : "") +
    h(view.headings.skills) +
    p.skillGroups
      .map((g) => `<div>${g.label ? `<b>${esc(g.label)}</b> — ` : ""}${g.skills.map(esc).join(", ")}</div>`)
      .join("") +
    (p.certifications.length
      ? h(view.headings.certifications) + p.certifications.map((c) => `<div>${esc(c)}</div>`).join("")
      : "") +
    `</div>`;
  const css = `@page { size: Letter; margin: 0 0 0.5in; } body { font-family: 'Noto Sans'; font-size: 9.2pt; margin: 0; color: #202124; line-height: 1.32; }
  .bar { background: #111827; color: #f9fafb; padding: 9px 0.6in; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 8.4pt; } .ic { color: #fbbf24; }
  .in { padding: 0 0.6in; } .name { font-size: 23pt; font-weight: 700; margin-top: 12px; } .tag { color: #6b7280; font-size: 10.5pt; }
  h2 { margin: 13px 0 6px; font-size: 9.5pt; } h2 span { background: #7c3aed; color: #fff; border-radius: 10px; padding: 2px 10px; }
  .e { margin-bottom: 7px; break-inside: avoid; } .d { font-weight: 700; color: #7c3aed; font-size: 10pt; } .t { font-weight: 600; } .at { font-weight: 400; color: #374151; }
  .banner { font-size: 11pt; font-weight: 700; margin-top: 8px; } .m { color: #6b7280; font-size: 8.6pt; } ul { margin: 2px 0; padding-left: 15px; } p { margin: 0 0 5px; }`;
  return page(css, body);
}

/** Set B's languages (view.ts's other locales belong to tuning templates). */
type SetBLocale = "de" | "fr" | "it" | "nl" | "es";
const LOCALES: SetBLocale[] = ["de", "fr", "it", "nl", "es"];

export const HTML_B_TEMPLATES: HtmlBTemplate[] = [
  {
    name: "htmlb-sidebar-skills",
    paper: "A4",
    options: () => ({ dateStyles: ["mm/yyyy", "yy-short", "mon", "month"] }),
    render: sidebarSkills,
  },
  {
    name: "htmlb-smallcaps-rules",
    paper: "Letter",
    options: () => ({ dateStyles: ["mon", "month", "mon-dot", "yy-short"] }),
    render: smallcapsRules,
    footer: (view) =>
      `<div style="width:100%;text-align:center;font-family:'Noto Serif';font-size:8pt;color:#444">${contactItems(view).map(esc).join("  ⋄  ")}</div>`,
  },
  {
    name: "htmlb-header-table",
    paper: "Letter",
    options: () => ({ dateStyles: ["yy-short", "yy-short", "year", "mm/yyyy"] }),
    render: headerTable,
  },
  {
    name: "htmlb-europass",
    paper: "A4",
    options: (seed) => ({ dateStyles: ["mon", "month", "mm.yyyy", "mm/yyyy"], locale: LOCALES[seed % LOCALES.length] }),
    render: europass,
  },
  { name: "htmlb-hyphen-ligature", paper: "Letter", options: () => ({}), render: hyphenLigature },
  {
    name: "htmlb-date-headings",
    paper: "Letter",
    options: () => ({ dateStyles: ["yyyy-mm", "mon", "yy-short", "mm/yyyy"] }),
    render: dateHeadings,
    prints: { printsJobLocation: false },
  },
];
