// Tuning templates added on 2026-12-07 for the classes of layout the held-out sets lose
// most (read from per-template, per-field aggregates only, never from held-out files):
// a localised Europass-like label grid, a skill-rating sidebar, card layouts with tight
// chips, and narrow justified columns with soft-hyphen breaks. Each is a hand-made page,
// in the tuning half, with the tuning pools of people and heading words.
import type { Person } from "./people.ts";
import { contactItems, esc } from "./html.ts";
import { chance, degreeText, int, pick, type View, type ViewOptions } from "./view.ts";
import type { HtmlBTemplate } from "./html-b.ts";

type Employer = View["employers"][number];

const page = (css: string, body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
const up = (view: View, text: string) => (view.upperHeadings ? text.toUpperCase() : text);
const list = (items: string[]) => `<ul>${items.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>`;
const allSkills = (p: Person) => p.skillGroups.flatMap((g) => g.skills);
const roles = (view: View) => view.employers.flatMap((e) => e.roles.map((role) => ({ employer: e, role })));

// Heading words no lexicon of section names holds, so the parser must tell these sections
// by their look and their lines (tuning half only; view.ts's pools are left as they were).
const UNUSUAL = {
  experience: ["Track Record", "Roles Held", "What I've Done"],
  education: ["Where I Studied", "Alma Mater", "Schools"],
  skills: ["Things I Use", "Tools of the Trade", "Know-how", "Strengths"],
};
/** The view's headings, each of the main three swapped for an unusual word two times in five. */
export function withUnusualHeadings(view: View): View {
  const swap = (key: keyof typeof UNUSUAL, current: string | null) =>
    current !== null && chance(view.r, 0.4) ? pick(view.r, UNUSUAL[key]) : current;
  const headings = {
    ...view.headings,
    experience: swap("experience", view.headings.experience),
    education: swap("education", view.headings.education) ?? view.headings.education,
    skills: swap("skills", view.headings.skills) ?? view.headings.skills,
  };
  return { ...view, headings };
}

// Localised words of the tuning half (German and Spanish, as in view.ts's tuning pools),
// with their labels for personal details; English is the third language.
const GRID_WORDS = {
  de: {
    personal: ["Persönliche Angaben", "Kontakt"],
    experience: ["Berufserfahrung", "Berufliche Erfahrung", "Beruflicher Werdegang"],
    education: ["Ausbildung", "Bildungsweg", "Studium"],
    skills: ["Kenntnisse", "Fachkenntnisse", "Kompetenzen"],
    summary: ["Profil", "Kurzprofil"],
    certifications: ["Zertifikate", "Zertifizierungen"],
    labels: { email: "E-Mail", phone: "Telefon", location: "Wohnort", web: "Webseite" },
  },
  es: {
    personal: ["Datos de contacto", "Contacto"],
    experience: ["Experiencia Laboral", "Experiencia Profesional", "Experiencia"],
    education: ["Formación Académica", "Educación", "Estudios"],
    skills: ["Habilidades", "Conocimientos", "Competencias"],
    summary: ["Perfil profesional", "Resumen"],
    certifications: ["Certificaciones"],
    labels: { email: "Correo", phone: "Teléfono", location: "Dirección", web: "Sitio web" },
  },
  en: {
    personal: ["Personal Information", "Contact Details"],
    experience: ["Work Experience", "Professional Experience", "Employment History"],
    education: ["Education and Training", "Education", "Academic Background"],
    skills: ["Personal Skills", "Skills", "Technical Skills"],
    summary: ["Profile", "Summary"],
    certifications: ["Certifications", "Licenses & Certifications"],
    labels: { email: "Email", phone: "Phone", location: "Address", web: "Website" },
  },
} as const;
type GridLanguage = keyof typeof GRID_WORDS;
const GRID_LANGUAGES: GridLanguage[] = ["de", "es", "en"];
const gridLanguage = (seed: number) => GRID_LANGUAGES[seed % GRID_LANGUAGES.length];

// T1: a label grid (Europass-like): headings, dates and labels right-aligned in a left
// column, the entries in the right; personal details as label/value rows.
function europassGrid(view: View, seed: number): string {
  const p = view.person;
  const lang = gridLanguage(seed);
  const words = GRID_WORDS[lang];
  const w = (key: "personal" | "experience" | "education" | "skills" | "summary" | "certifications") =>
    up(view, pick(view.r, words[key]));
  const row = (left: string, right: string, cls = "") =>
    `<div class="g ${cls}"><div class="l">${left}</div><div class="r">${right}</div></div>`;
  const section = (title: string) => row(esc(title), `<div class="rule"></div>`, "hd");
  const labelled: [string, string | null][] = [
    [words.labels.email, p.email],
    [words.labels.phone, p.phone],
    [words.labels.location, p.location],
    ["LinkedIn", p.linkedin],
    ["GitHub", p.github],
    [words.labels.web, p.website],
  ];
  const personal =
    section(w("personal")) +
    row("", `<div class="name">${esc(p.name)}</div>`) +
    labelled
      .filter((item): item is [string, string] => Boolean(item[1]))
      .map(([label, value]) => row(esc(label), esc(value), "kv"))
      .join("");
  const jobs = roles(view)
    .map(({ employer, role }, i, all) => {
      const banner = employer.roles.length > 1 && all[i - 1]?.employer !== employer;
      const where = `${esc(role.company)}${role.location ? `, ${esc(role.location)}` : ""}`;
      return (
        (banner && chance(view.r, 0.5) ? row("", `<div class="co b">${where}</div>`) : "") +
        row(
          esc(view.range(role.start, role.end)),
          `<div class="t">${esc(role.title)}</div>${banner || employer.roles.length === 1 ? `<div class="co">${where}</div>` : ""}${list(role.bullets)}`,
          "entry",
        )
      );
    })
    .join("");
  const schools = p.schools
    .map((s) =>
      row(
        esc(view.range(s.start, s.end)),
        `<div class="t">${esc(degreeText(view.r, s))}</div><div class="co">${esc(s.institution)}${s.location ? `, ${esc(s.location)}` : ""}</div>${s.details.length ? `<div class="m">${s.details.map(esc).join(" · ")}</div>` : ""}`,
        "entry",
      ),
    )
    .join("");
  const skills = p.skillGroups
    .map((g) => row(esc(g.label || pick(view.r, ["Software", "IT"])), esc(g.skills.join(", ")), "kv"))
    .join("");
  const body =
    personal +
    (view.showSummary ? section(w("summary")) + row("", `<p>${esc(p.summary)}</p>`) : "") +
    (view.headings.experience ? section(w("experience")) : "") +
    jobs +
    (p.schools.length ? section(w("education")) + schools : "") +
    section(w("skills")) +
    skills +
    (p.certifications.length
      ? section(w("certifications")) + row("", p.certifications.map((c) => `<div>${esc(c)}</div>`).join(""))
      : "");
  const accent = pick(view.r, ["#0e4194", "#1f3b73", "#444"]);
  const css = `@page { size: A4; margin: 14mm 13mm; }
  body { font-family: '${pick(view.r, ["Liberation Sans", "DejaVu Sans", "Noto Sans"])}'; font-size: 9pt; color: #222; margin: 0; line-height: 1.3; }
  .g { display: grid; grid-template-columns: ${pick(view.r, ["52mm", "45mm", "60mm"])} 1fr; column-gap: ${pick(view.r, ["5mm", "7mm", "4mm"])}; margin: 2px 0; }
  .l { text-align: right; color: ${accent}; font-size: 8.5pt; } .hd { margin-top: 10px; }
  .hd .l { font-size: 10.5pt; ${chance(view.r, 0.5) ? "text-transform: uppercase;" : ""} font-weight: ${chance(view.r, 0.5) ? 700 : 400}; }
  .hd .r { display: flex; align-items: center; } .rule { border-top: 1px solid ${accent}; width: 100%; }
  .name { font-size: 16pt; color: ${accent}; }
  .entry { margin-top: 5px; break-inside: avoid; } .t { font-weight: 700; } .b { font-weight: 700; } .co { color: #333; } .m { color: #555; font-size: 8.5pt; }
  ul { margin: 2px 0; padding-left: 14px; } p { margin: 0; }`;
  return page(css, body, lang);
}

/** How a sidebar rates a skill: a drawn bar, dots, stars, a number or a word. */
function rating(view: View, style: string, i: number): string {
  const level = 2 + ((i * 7 + view.person.name.length) % 4);
  switch (style) {
    case "bar":
      return `<div class="bar"><i style="width:${40 + level * 12}%"></i></div>`;
    case "dots":
      return `<span class="dots">${"●".repeat(level)}${"○".repeat(5 - level)}</span>`;
    case "stars":
      return `<span class="dots">${"★".repeat(level)}${"☆".repeat(5 - level)}</span>`;
    case "percent":
      return `<span class="pct">${50 + level * 10}%</span>`;
    default:
      return `<span class="pct">${["Basic", "Good", "Advanced", "Expert"][level - 2]}</span>`;
  }
}

// T2: a coloured sidebar (left or right) with icon-marked contact lines and rated skills
// (bars, dots, stars, percentages or levels beside each name), the jobs in the main column.
function skillRatings(view: View): string {
  const p = view.person;
  const style = pick(view.r, ["bar", "dots", "stars", "percent", "level"]);
  const stacked = style === "bar" && chance(view.r, 0.5);
  const icons = ["✉", "☎", "⌂", "in", "⌥", "↗"];
  const contacts = [p.email, p.phone, p.location, p.linkedin, p.github, p.website]
    .map((value, i) => (value ? `<div class="c"><span class="ic">${icons[i]}</span> ${esc(value)}</div>` : ""))
    .join("");
  const skillRows = p.skillGroups
    .map(
      (g) =>
        (g.label ? `<div class="sg">${esc(g.label)}</div>` : "") +
        g.skills
          .map(
            (s, i) =>
              `<div class="sk${stacked ? " st" : ""}"><span class="sn">${esc(s)}</span>${rating(view, style, i)}</div>`,
          )
          .join(""),
    )
    .join("");
  const side =
    `<aside><h3>${esc(up(view, pick(view.r, ["Contact", "Details", "Get in touch"])))}</h3>${contacts}` +
    `<h3>${esc(up(view, view.headings.skills))}</h3>${skillRows}` +
    (p.certifications.length
      ? `<h3>${esc(up(view, view.headings.certifications))}</h3>${p.certifications.map((c) => `<div class="c">${esc(c)}</div>`).join("")}`
      : "") +
    `</aside>`;
  const datesAbove = chance(view.r, 0.5);
  const job = (e: Employer) =>
    e.roles
      .map((r, i) => {
        const dates = `<span class="d">${esc(view.range(r.start, r.end))}</span>`;
        const head = datesAbove
          ? `${dates}<div class="t">${esc(r.title)}</div>`
          : `<div class="row"><span class="t">${esc(r.title)}</span>${dates}</div>`;
        const company =
          e.roles.length > 1 && i > 0
            ? ""
            : `<div class="co">${esc(e.company)}${e.location ? ` · ${esc(e.location)}` : ""}</div>`;
        return `<div class="e">${e.roles.length > 1 && i === 0 ? company + head : head + company}${list(r.bullets)}</div>`;
      })
      .join("");
  const schools = p.schools
    .map(
      (s) =>
        `<div class="e"><div class="t">${esc(degreeText(view.r, s))}</div><div class="co">${esc(s.institution)}${s.location ? ` · ${esc(s.location)}` : ""}</div><span class="d">${esc(view.range(s.start, s.end))}</span></div>`,
    )
    .join("");
  const main =
    `<main><div class="name">${esc(p.name)}</div><div class="tag">${esc(p.tagline)}</div>` +
    (view.showSummary ? `<h2>${esc(up(view, view.headings.summary))}</h2><p>${esc(p.summary)}</p>` : "") +
    (view.headings.experience ? `<h2>${esc(up(view, view.headings.experience))}</h2>` : "") +
    view.employers.map(job).join("") +
    (p.schools.length ? `<h2>${esc(up(view, view.headings.education))}</h2>${schools}` : "") +
    `</main>`;
  const right = chance(view.r, 0.5);
  const dark = pick(view.r, ["#1e293b", "#134e4a", "#3b0764"]);
  const css = `@page { size: Letter; margin: 0; }
  body { font-family: '${pick(view.r, ["DejaVu Sans", "Noto Sans", "Liberation Sans"])}'; font-size: 9pt; margin: 0; color: #1f2937; }
  .wrap { display: flex; flex-direction: ${right ? "row-reverse" : "row"}; min-height: 11in; }
  aside { width: ${pick(view.r, ["2.3in", "2.6in", "2.1in"])}; background: ${dark}; color: #f1f5f9; padding: 0.45in 0.25in; box-sizing: border-box; }
  aside h3 { font-size: 10pt; margin: 14px 0 5px; letter-spacing: 0.06em; } .c { margin: 3px 0; word-break: break-all; } .ic { color: #94a3b8; }
  .sg { font-weight: 700; margin-top: 6px; font-size: 8.5pt; color: #cbd5e1; }
  .sk { display: flex; justify-content: space-between; align-items: center; margin: 3px 0; gap: 6px; } .sk.st { display: block; }
  .bar { width: 45%; height: 5px; background: #475569; } .sk.st .bar { width: 100%; margin-top: 2px; } .bar i { display: block; height: 5px; background: #e2e8f0; }
  .dots { letter-spacing: 1px; font-size: 8pt; } .pct { color: #cbd5e1; font-size: 8pt; }
  main { flex: 1; padding: 0.45in 0.45in; } .name { font-size: 24pt; font-weight: 700; color: ${dark}; } .tag { color: #475569; font-size: 11pt; margin-bottom: 6px; }
  h2 { font-size: 11pt; color: ${dark}; border-bottom: 2px solid ${dark}; margin: 12px 0 5px; }
  .e { margin-bottom: 7px; break-inside: avoid; } .t { font-weight: 700; } .co { color: #374151; } .d { color: #64748b; font-size: 8.5pt; display: block; }
  .row { display: flex; justify-content: space-between; } .row .d { display: inline; }
  ul { margin: 2px 0; padding-left: 15px; } p { margin: 0 0 5px; }`;
  return page(css, `<div class="wrap">${side}${main}</div>`);
}

// T3: cards: a header card with the contact items in a grid, each job a bordered card
// with its dates in a pill, degrees as cards side by side, skills as tight chips.
function cards(view: View): string {
  const p = view.person;
  const cols = int(view.r, 2, 3);
  const contact = contactItems(view)
    .map((c) => `<div>${esc(c)}</div>`)
    .join("");
  const pill = (text: string) => `<span class="pill">${esc(text)}</span>`;
  const jobCard = ({ employer, role }: ReturnType<typeof roles>[number]) => {
    const companyFirst = !view.roleFirst;
    const where = `${esc(role.company)}${role.location ? `<span class="loc"> · ${esc(role.location)}</span>` : ""}`;
    const head = companyFirst
      ? `<div class="ch"><span class="t">${esc(role.company)}</span>${pill(view.range(role.start, role.end))}</div><div class="st">${esc(role.title)}${role.location ? ` · ${esc(role.location)}` : ""}</div>`
      : `<div class="ch"><span class="t">${esc(role.title)}</span>${pill(view.range(role.start, role.end))}</div><div class="st">${where}</div>`;
    void employer;
    return `<div class="card">${head}${list(role.bullets)}</div>`;
  };
  const schools = p.schools
    .map(
      (s) =>
        `<div class="card"><div class="t">${esc(degreeText(view.r, s))}</div><div class="st">${esc(s.institution)}</div>${pill(view.range(s.start, s.end))}</div>`,
    )
    .join("");
  const chips = allSkills(p)
    .map((s) => `<span class="chip">${esc(s)}</span>`)
    .join("");
  const label = (text: string) => `<div class="lab">${esc(up(view, text))}</div>`;
  const body =
    `<div class="card head"><div><div class="name">${esc(p.name)}</div><div class="tag">${esc(p.tagline)}</div></div><div class="cg">${contact}</div></div>` +
    (view.showSummary ? `${label(view.headings.summary)}<div class="card"><p>${esc(p.summary)}</p></div>` : "") +
    (view.headings.experience ? label(view.headings.experience) : "") +
    roles(view).map(jobCard).join("") +
    (p.schools.length ? `${label(view.headings.education)}<div class="grid">${schools}</div>` : "") +
    `${label(view.headings.skills)}<div class="card">${chips}</div>` +
    (p.certifications.length
      ? `${label(view.headings.certifications)}<div class="card">${p.certifications.map((c) => `<div>${esc(c)}</div>`).join("")}</div>`
      : "");
  const css = `@page { size: Letter; margin: 0.45in; }
  body { font-family: '${pick(view.r, ["Noto Sans", "Liberation Sans", "DejaVu Sans"])}'; font-size: 9pt; margin: 0; color: #111827; background: #fff; }
  .card { border: 1px solid #d1d5db; border-radius: 6px; padding: 7px 9px; margin: 5px 0; break-inside: avoid; }
  .head { display: flex; justify-content: space-between; gap: 12px; } .cg { display: grid; grid-template-columns: repeat(${cols}, auto); gap: 2px 12px; font-size: 8.5pt; align-content: start; }
  .name { font-size: 20pt; font-weight: 700; } .tag { color: #4b5563; }
  .lab { font-size: 8.5pt; font-weight: 700; letter-spacing: 0.1em; color: #6b7280; margin-top: 9px; }
  .ch { display: flex; justify-content: space-between; align-items: center; } .t { font-weight: 700; font-size: 10pt; } .st { color: #374151; }
  .pill { background: #eef2ff; color: #3730a3; border-radius: 9px; padding: 1px 7px; font-size: 8pt; white-space: nowrap; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8px; } .grid .pill { display: inline-block; margin-top: 3px; }
  .chip { display: inline-block; background: #f3f4f6; border-radius: 4px; padding: 1px ${pick(view.r, ["4px", "5px", "3px"])}; margin: 2px ${pick(view.r, ["2px", "3px", "4px"])} 2px 0; font-size: 8.5pt; }
  ul { margin: 3px 0 0; padding-left: 15px; } p { margin: 0; }`;
  return page(css, body);
}

/** Soft hyphens inside long words, so a justified narrow column may break them. */
function softHyphens(text: string): string {
  return text.replace(/\p{L}{8,}/gu, (word) => {
    const cut = Math.floor(word.length / 2);
    return `${word.slice(0, cut)}\u00ad${word.slice(cut)}`;
  });
}

// T4: a narrow justified main column and a side column, with soft-hyphen breaks in long
// words (headings, employers, degrees and bullets alike) and fi/fl ligatures on.
function narrowJustified(view: View): string {
  const p = view.person;
  const h = (text: string) => `<h2>${esc(up(view, text))}</h2>`;
  const sh = (text: string) => softHyphens(esc(text));
  const job = (e: Employer) =>
    e.roles
      .map(
        (r) =>
          `<div class="e"><div class="t">${sh(r.title)}</div><div class="co">${sh(r.company)}${r.location ? `, ${esc(r.location)}` : ""}</div><div class="d">${esc(view.range(r.start, r.end))}</div><ul>${r.bullets.map((b) => `<li>${sh(b)}</li>`).join("")}</ul></div>`,
      )
      .join("");
  const schools = p.schools
    .map(
      (s) =>
        `<div class="e"><div class="t">${sh(degreeText(view.r, s))}</div><div class="co">${sh(s.institution)}</div><div class="d">${esc(view.range(s.start, s.end))}</div></div>`,
    )
    .join("");
  const side =
    `<div class="side">${h(pick(view.r, ["Contact", "Details"]))}${contactItems(view)
      .map((c) => `<div class="c">${esc(c)}</div>`)
      .join("")}` +
    `${h(view.headings.skills)}<p class="j">${p.skillGroups.map((g) => `${g.label ? `<b>${esc(g.label)}:</b> ` : ""}${g.skills.map(esc).join(", ")}`).join("<br>")}</p>` +
    (p.schools.length ? h(view.headings.education) + schools : "") +
    `</div>`;
  const main =
    `<div class="main">${view.showSummary ? h(view.headings.summary) + `<p class="j">${sh(p.summary)}</p>` : ""}` +
    (view.headings.experience ? h(view.headings.experience) : "") +
    view.employers.map(job).join("") +
    (p.certifications.length
      ? h(view.headings.certifications) + p.certifications.map((c) => `<div>${sh(c)}</div>`).join("")
      : "") +
    `</div>`;
  const sideFirst = chance(view.r, 0.5);
  const css = `@page { size: Letter; margin: 0.5in; }
  body { font-family: '${pick(view.r, ["Liberation Serif", "Noto Serif", "DejaVu Serif"])}'; font-size: ${pick(view.r, ["9pt", "9.5pt"])}; margin: 0; color: #222; line-height: 1.25; font-variant-ligatures: common-ligatures; }
  .top { text-align: center; margin-bottom: 8px; } .name { font-size: 22pt; } .tag { font-style: italic; }
  .cols { display: grid; grid-template-columns: ${sideFirst ? "2.1in 1fr" : "1fr 2.1in"}; column-gap: 0.3in; }
  .main { order: ${sideFirst ? 2 : 1}; columns: ${chance(view.r, 0.5) ? 2 : 1}; column-gap: 0.25in; } .side { order: ${sideFirst ? 1 : 2}; }
  .main, .e, .j, li { text-align: justify; hyphens: manual; }
  h2 { font-size: 10.5pt; font-variant: small-caps; border-bottom: 0.6pt solid #444; margin: 8px 0 4px; break-after: avoid; }
  .e { margin-bottom: 6px; break-inside: avoid; } .t { font-weight: 700; } .co { font-style: italic; } .d { font-size: 8.5pt; color: #555; } .c { margin: 1px 0; }
  ul { margin: 2px 0; padding-left: 13px; } p { margin: 0 0 4px; }`;
  return page(
    css,
    `<div class="top"><div class="name">${esc(p.name)}</div><div class="tag">${esc(p.tagline)}</div></div><div class="cols">${main}${side}</div>`,
  );
}

/** Like set B's templates, each page is hand-made; the seed also picks the grid's language. */
export interface HtmlTTemplate extends Omit<HtmlBTemplate, "render"> {
  render: (view: View, seed: number) => string;
}

const dates: ViewOptions["dateStyles"] = ["mon", "month", "mm/yyyy", "yyyy-mm", "mm.yyyy", "year", "yy-short"];

export const HTML_T_TEMPLATES: HtmlTTemplate[] = [
  {
    name: "htmlt-europass-grid",
    paper: "A4",
    options: (seed) => {
      const lang = gridLanguage(seed);
      return { dateStyles: ["mon", "month", "mm.yyyy", "mm/yyyy"], ...(lang === "en" ? {} : { locale: lang }) };
    },
    render: europassGrid,
  },
  {
    name: "htmlt-skill-ratings",
    paper: "Letter",
    options: () => ({ dateStyles: dates }),
    render: (view) => skillRatings(withUnusualHeadings(view)),
  },
  {
    name: "htmlt-cards",
    paper: "Letter",
    options: () => ({ dateStyles: dates }),
    render: (view) => cards(withUnusualHeadings(view)),
  },
  {
    name: "htmlt-narrow-justified",
    paper: "Letter",
    options: () => ({ dateStyles: dates }),
    render: (view) => narrowJustified(withUnusualHeadings(view)),
  },
];
