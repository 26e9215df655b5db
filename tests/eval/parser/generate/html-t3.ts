// Tuning templates added late on 2026-12-07 for the class held-out set B's localised CV still
// loses (35.7% of core fields, from its per-template aggregate only; no held-out file or
// template code was opened). Two Europass-like layouts the earlier tuning grids do not have:
// the classic one, where every field of an entry is its own labelled row ("Dates",
// "Occupation or position held", "Name and address of employer", the employer often after
// the duties), and the newer one, where each entry opens with its dates in brackets and the
// title in capitals, under full-width headings with a rule, and the page's personal details
// are "Label: value" lines. Labels and headings are in Swedish, Danish, Polish or English,
// in our own wording (no pool of either half holds them); tuning pools of people.
import { esc } from "./html.ts";
import type { HtmlTTemplate } from "./html-t.ts";
import { chance, degreeText, pick, type Locale, type View, type ViewOptions } from "./view.ts";

const LANGUAGES = ["sv", "da", "pl", "en"] as const;
type Language = (typeof LANGUAGES)[number];
const languageOf = (seed: number): Language => LANGUAGES[(seed >>> 3) % LANGUAGES.length];
const localeOf = (lang: Language): Locale | undefined => (lang === "en" ? undefined : lang);

interface Words {
  headings: { personal: string; experience: string; education: string; skills: string; certifications: string };
  name: string;
  address: string;
  phone: string;
  email: string;
  web: string;
  nationality: string;
  nationalityValue: string;
  dates: string;
  position: string;
  duties: string;
  employer: string;
  sector: string;
  sectors: string[];
  qualification: string;
  subjects: string;
  organisation: string;
  mother: string;
  motherValue: string;
  technical: string;
  computer: string;
}

const WORDS: Record<Language, Words> = {
  en: {
    headings: {
      personal: "Personal information",
      experience: "Work experience",
      education: "Education and training",
      skills: "Personal skills and competences",
      certifications: "Certificates",
    },
    name: "Surname(s) / First name(s)",
    address: "Address",
    phone: "Telephone",
    email: "E-mail",
    web: "Web page",
    nationality: "Nationality",
    nationalityValue: "Irish",
    dates: "Dates",
    position: "Occupation or position held",
    duties: "Main activities and responsibilities",
    employer: "Name and address of employer",
    sector: "Type of business or sector",
    sectors: ["Software", "Financial services", "Logistics", "Public administration"],
    qualification: "Title of qualification awarded",
    subjects: "Principal subjects covered",
    organisation: "Name and type of organisation providing education",
    mother: "Mother tongue(s)",
    motherValue: "English",
    technical: "Technical skills and competences",
    computer: "Computer skills and competences",
  },
  sv: {
    headings: {
      personal: "Personlig information",
      experience: "Yrkeserfarenhet",
      education: "Utbildning och kurser",
      skills: "Personliga färdigheter",
      certifications: "Intyg",
    },
    name: "Efternamn / Förnamn",
    address: "Adress",
    phone: "Telefon",
    email: "E-post",
    web: "Hemsida",
    nationality: "Medborgarskap",
    nationalityValue: "Svenskt",
    dates: "Datum",
    position: "Yrke eller befattning",
    duties: "Huvudsakliga arbetsuppgifter och ansvarsområden",
    employer: "Arbetsgivarens namn och adress",
    sector: "Typ av företag eller bransch",
    sectors: ["Programvara", "Bank och finans", "Logistik", "Offentlig förvaltning"],
    qualification: "Examen eller titel",
    subjects: "Huvudämnen",
    organisation: "Utbildningsanordnarens namn och typ",
    mother: "Modersmål",
    motherValue: "Svenska",
    technical: "Tekniska färdigheter",
    computer: "Datorfärdigheter",
  },
  da: {
    headings: {
      personal: "Personoplysninger",
      experience: "Joberfaring",
      education: "Uddannelse og kurser",
      skills: "Personlige færdigheder",
      certifications: "Beviser",
    },
    name: "Efternavn / Fornavn",
    address: "Adresse",
    phone: "Telefon",
    email: "E-mail",
    web: "Websted",
    nationality: "Statsborgerskab",
    nationalityValue: "Dansk",
    dates: "Periode",
    position: "Stilling",
    duties: "Vigtigste arbejdsopgaver og ansvar",
    employer: "Arbejdsgiverens navn og adresse",
    sector: "Branche",
    sectors: ["Software", "Finans", "Transport", "Offentlig sektor"],
    qualification: "Opnået titel",
    subjects: "Vigtigste fag",
    organisation: "Uddannelsesstedets navn og type",
    mother: "Modersmål",
    motherValue: "Dansk",
    technical: "Tekniske færdigheder",
    computer: "It-færdigheder",
  },
  pl: {
    headings: {
      personal: "Informacje osobiste",
      experience: "Przebieg pracy",
      education: "Edukacja i szkolenia",
      skills: "Umiejętności i kompetencje",
      certifications: "Zaświadczenia",
    },
    name: "Nazwisko / Imię",
    address: "Adres",
    phone: "Telefon",
    email: "Poczta elektroniczna",
    web: "Strona internetowa",
    nationality: "Obywatelstwo",
    nationalityValue: "Polskie",
    dates: "Okres",
    position: "Zajmowane stanowisko",
    duties: "Główne zadania i obowiązki",
    employer: "Nazwa i adres pracodawcy",
    sector: "Rodzaj działalności",
    sectors: ["Oprogramowanie", "Finanse", "Logistyka", "Administracja publiczna"],
    qualification: "Uzyskany tytuł",
    subjects: "Główne przedmioty",
    organisation: "Nazwa i rodzaj instytucji",
    mother: "Język ojczysty",
    motherValue: "Polski",
    technical: "Umiejętności techniczne",
    computer: "Umiejętności informatyczne",
  },
};

const roles = (view: View) => view.employers.flatMap((e) => e.roles);
const upper = (text: string, on: boolean) => (on ? text.toUpperCase() : text);

// E1: the classic form, one labelled row per field in a two-cell table.
function europassFields(view: View, seed: number): string {
  const p = view.person;
  const w = WORDS[languageOf(seed)];
  const caps = chance(view.r, 0.4);
  const employerLast = chance(view.r, 0.6);
  const showSector = chance(view.r, 0.5);
  const dutiesAsList = chance(view.r, 0.5);
  const row = (label: string, value: string, cls = "") =>
    `<tr class="${cls}"><td class="l">${esc(label)}</td><td class="r">${value}</td></tr>`;
  const heading = (text: string) => row(upper(text, caps), `<div class="rule"></div>`, "hd");
  const gap = `<tr class="gap"><td></td><td></td></tr>`;
  const personal =
    heading(w.headings.personal) +
    row(w.name, `<span class="name">${esc(p.name)}</span>`, "kv") +
    (p.location ? row(w.address, esc(p.location), "kv") : "") +
    (p.phone ? row(w.phone, esc(p.phone), "kv") : "") +
    row(w.email, esc(p.email), "kv") +
    [p.linkedin, p.github, p.website]
      .filter((link): link is string => Boolean(link))
      .map((link, i) => row(i === 0 ? w.web : "", esc(link), "kv"))
      .join("") +
    (chance(view.r, 0.6) ? row(w.nationality, esc(w.nationalityValue), "kv") : "");
  const jobs = roles(view)
    .map((role) => {
      const duties = dutiesAsList
        ? `<ul>${role.bullets.map((b) => `<li>${esc(b)}</li>`).join("")}</ul>`
        : esc(role.bullets.join("; "));
      const employer = row(w.employer, `${esc(role.company)}${role.location ? `, ${esc(role.location)}` : ""}`, "kv");
      return (
        gap +
        row(w.dates, esc(view.range(role.start, role.end)), "kv") +
        row(w.position, `<b>${esc(role.title)}</b>`, "kv") +
        (employerLast ? "" : employer) +
        row(w.duties, duties, "kv") +
        (employerLast ? employer : "") +
        (showSector ? row(w.sector, esc(pick(view.r, w.sectors)), "kv") : "")
      );
    })
    .join("");
  const schools = p.schools
    .map(
      (s) =>
        gap +
        row(w.dates, esc(view.range(s.start, s.end)), "kv") +
        row(w.qualification, `<b>${esc(degreeText(view.r, s))}</b>`, "kv") +
        (s.details.length ? row(w.subjects, esc(s.details.join(", ")), "kv") : "") +
        row(w.organisation, `${esc(s.institution)}${s.location ? `, ${esc(s.location)}` : ""}`, "kv"),
    )
    .join("");
  const groups = p.skillGroups;
  const half = Math.max(1, Math.ceil(groups.length / 2));
  const skillRow = (label: string, part: typeof groups) =>
    part.length ? row(label, esc(part.flatMap((g) => g.skills).join(", ")), "kv") : "";
  const skills =
    row(w.mother, esc(w.motherValue), "kv") +
    skillRow(w.technical, groups.slice(0, half)) +
    skillRow(w.computer, groups.slice(half));
  const accent = pick(view.r, ["#003399", "#1d3f6e", "#333"]);
  const body =
    `<div class="top"><div class="brand">Europass</div><div class="cv">Curriculum Vitae</div></div>` +
    `<table>${personal}` +
    heading(w.headings.experience) +
    jobs +
    (p.schools.length ? heading(w.headings.education) + schools : "") +
    heading(w.headings.skills) +
    skills +
    (p.certifications.length
      ? heading(w.headings.certifications) + row("", p.certifications.map((c) => `<div>${esc(c)}</div>`).join(""))
      : "") +
    `</table>`;
  const css = `@page { size: A4; margin: ${pick(view.r, ["14mm 12mm", "18mm 15mm"])}; }
  body { font-family: '${pick(view.r, ["Liberation Sans", "DejaVu Sans", "Noto Sans", "Liberation Serif"])}'; font-size: ${pick(view.r, ["8.5pt", "9pt", "9.5pt"])}; color: #1a1a1a; margin: 0; line-height: 1.3; }
  .top { display: flex; gap: 8px; align-items: baseline; margin-bottom: 8px; } .brand { color: ${accent}; font-weight: 700; font-size: 13pt; } .cv { color: #666; font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 1px 0; }
  td.l { width: ${pick(view.r, ["32%", "28%", "35%"])}; text-align: right; padding-right: ${pick(view.r, ["10px", "14px", "18px"])}; color: #444; font-size: 0.92em; }
  td.r { border-left: ${chance(view.r, 0.5) ? `1px solid ${accent}` : "0"}; padding-left: 8px; }
  tr.hd td { padding-top: 12px; } tr.hd td.l { color: ${accent}; font-size: 1.15em; font-weight: 700; }
  tr.gap td { height: 6px; } .rule { border-bottom: 1px solid ${accent}; height: 0.7em; }
  .name { font-weight: 700; font-size: 1.2em; } ul { margin: 0; padding-left: 12px; } tr.kv { break-inside: avoid; }`;
  return `<!doctype html><html lang="${languageOf(seed)}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}

// E2: the newer form: name and "Label: value" details at the top, full-width headings with a
// rule, each entry opening with its dates (in brackets two times in three) and a place, the
// title in capitals, then the employer.
function europassModern(view: View, seed: number): string {
  const p = view.person;
  const w = WORDS[languageOf(seed)];
  const brackets = chance(view.r, 0.66);
  const placeRight = chance(view.r, 0.5);
  const capsTitle = chance(view.r, 0.7);
  const dateLine = (range: string, place: string | null) => {
    const d = brackets ? `[ ${esc(range)} ]` : esc(range);
    if (!place) return `<div class="dl">${d}</div>`;
    return placeRight
      ? `<div class="dl split"><span>${d}</span><span>${esc(place)}</span></div>`
      : `<div class="dl">${d} ${esc(view.sep.trim() || "–")} ${esc(place)}</div>`;
  };
  const h = (text: string) => `<h2>${esc(text.toUpperCase())}</h2>`;
  const detail = (label: string, value: string | null) =>
    value ? `<span class="kv"><b>${esc(label)}:</b> ${esc(value)}</span>` : "";
  const details = [
    detail(w.nationality, chance(view.r, 0.5) ? w.nationalityValue : null),
    detail(w.phone, p.phone),
    detail(w.email, p.email),
    detail(w.web, p.website ?? p.linkedin),
    ...(p.website && p.linkedin ? [detail("LinkedIn", p.linkedin)] : []),
    ...(p.github ? [detail("GitHub", p.github)] : []),
    detail(w.address, p.location),
  ].filter(Boolean);
  const companyFirst = chance(view.r, 0.3);
  const jobs = roles(view)
    .map((role) => {
      const title = `<div class="t">${esc(upper(role.title, capsTitle))}</div>`;
      const company = `<div class="co">${esc(role.company)}</div>`;
      return (
        `<div class="e">${dateLine(view.range(role.start, role.end), role.location)}` +
        (companyFirst ? company + title : title + company) +
        `<ul>${role.bullets.map((b) => `<li>${esc(b)}</li>`).join("")}</ul></div>`
      );
    })
    .join("");
  const schools = p.schools
    .map(
      (s) =>
        `<div class="e">${dateLine(view.range(s.start, s.end), s.location)}` +
        `<div class="t">${esc(upper(degreeText(view.r, s), capsTitle))}</div><div class="co">${esc(s.institution)}</div>` +
        (s.details.length ? `<div class="m">${esc(s.details.join(", "))}</div>` : "") +
        `</div>`,
    )
    .join("");
  const all = p.skillGroups.flatMap((g) => g.skills);
  const skills = chance(view.r, 0.5)
    ? `<div class="chips">${all.map((s) => `<span>${esc(s)}</span>`).join("")}</div>`
    : `<p>${all.map(esc).join(" | ")}</p>`;
  const accent = pick(view.r, ["#0b4f9c", "#114a7a", "#2f2f2f"]);
  const body =
    `<div class="head"><div class="name">${esc(p.name)}</div><div class="details">${details.join(" ")}</div></div>` +
    h(w.headings.experience) +
    jobs +
    (p.schools.length ? h(w.headings.education) + schools : "") +
    h(w.headings.skills) +
    `<div class="lang"><b>${esc(w.mother)}:</b> ${esc(w.motherValue)}</div>` +
    skills +
    (p.certifications.length
      ? h(w.headings.certifications) + p.certifications.map((c) => `<div>${esc(c)}</div>`).join("")
      : "");
  const css = `@page { size: A4; margin: 15mm 14mm; }
  body { font-family: '${pick(view.r, ["Liberation Sans", "Noto Sans", "DejaVu Sans"])}'; font-size: ${pick(view.r, ["9pt", "9.5pt"])}; color: #222; margin: 0; line-height: 1.3; }
  .head { border-bottom: 1px solid #bbb; padding-bottom: 6px; margin-bottom: 6px; } .name { font-size: ${pick(view.r, ["18pt", "20pt"])}; font-weight: 700; }
  .details .kv { display: ${chance(view.r, 0.5) ? "block" : "inline-block"}; margin-right: 10px; } .details b { color: ${accent}; font-weight: 600; }
  h2 { font-size: 10.5pt; color: ${accent}; border-bottom: 1.2px solid ${accent}; margin: 10px 0 5px; padding-bottom: 1px; }
  .e { margin-bottom: 7px; break-inside: avoid; } .dl { color: #555; font-size: 0.92em; } .split { display: flex; justify-content: space-between; }
  .t { font-weight: 700; } .co { color: #333; } .m { color: #555; } ul { margin: 2px 0; padding-left: 14px; }
  .chips span { display: inline-block; background: #e9eef6; border-radius: 8px; padding: 1px 6px; margin: 0 3px 3px 0; } p { margin: 2px 0; }`;
  return `<!doctype html><html lang="${languageOf(seed)}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}

/** Options in the seed's language: its date locale, when it has one, and these date styles. */
const localised =
  (dateStyles: ViewOptions["dateStyles"]): HtmlTTemplate["options"] =>
  (seed) => {
    const locale = localeOf(languageOf(seed));
    return { dateStyles, ...(locale ? { locale } : {}) };
  };

export const HTML_T3_TEMPLATES: HtmlTTemplate[] = [
  {
    name: "htmlt-europass-fields",
    paper: "A4",
    options: localised(["mon", "month", "mm.yyyy", "mm/yyyy"]),
    render: europassFields,
  },
  {
    name: "htmlt-europass-modern",
    paper: "A4",
    options: localised(["mm/yyyy", "mm.yyyy", "mon", "month"]),
    render: europassModern,
  },
];
