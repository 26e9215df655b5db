// A person's resume as one template will print it: headings, date style, separators and
// entry order chosen from the seed, and the ground truth that follows from those choices.
import { chance, int, pick, rng, type Person, type Rng } from "./people.ts";
import type { Split, Truth } from "./truth.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "yy-short" prints a range as "2019–21" (years only, the end cut to two digits). */
type DateStyle = "mon" | "month" | "mon-dot" | "mm/yyyy" | "yyyy-mm" | "mm.yyyy" | "year" | "yy-short";

/** sv, pl and da were added on 2026-12-07 for a tuning template (html-t2.ts): languages no
 * pool of either half uses and no lexicon of the parser holds. */
export type Locale = "de" | "fr" | "it" | "nl" | "es" | "sv" | "pl" | "da";

interface DateFormat {
  style: DateStyle;
  present: string;
  separator: string;
  placeholder: boolean;
  /** Month names and the word for "now" in this language (set B's localised templates). */
  locale: Locale | null;
}

// Month names as each language prints them (full; the abbreviated form is `short`).
const LOCAL: Record<
  Locale,
  {
    months: string[];
    short: string[];
    present: string[];
    headings: Record<"summary" | "experience" | "education" | "skills" | "certifications" | "personal", string>;
  }
> = {
  de: {
    months: [
      "Januar",
      "Februar",
      "März",
      "April",
      "Mai",
      "Juni",
      "Juli",
      "August",
      "September",
      "Oktober",
      "November",
      "Dezember",
    ],
    short: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    present: ["heute", "aktuell", "jetzt"],
    headings: {
      summary: "Über mich",
      experience: "Beruflicher Werdegang",
      education: "Bildungsweg",
      skills: "Fachkenntnisse",
      certifications: "Weiterbildungen",
      personal: "Persönliche Daten",
    },
  },
  fr: {
    months: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
    short: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    present: ["aujourd'hui", "présent", "en cours"],
    headings: {
      summary: "Profil professionnel",
      experience: "Parcours professionnel",
      education: "Diplômes",
      skills: "Savoir-faire",
      certifications: "Certifications",
      personal: "Informations personnelles",
    },
  },
  it: {
    months: [
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre",
    ],
    short: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    present: ["oggi", "presente", "in corso"],
    headings: {
      summary: "Profilo",
      experience: "Esperienze lavorative",
      education: "Istruzione e formazione",
      skills: "Competenze tecniche",
      certifications: "Certificazioni",
      personal: "Informazioni personali",
    },
  },
  nl: {
    months: [
      "januari",
      "februari",
      "maart",
      "april",
      "mei",
      "juni",
      "juli",
      "augustus",
      "september",
      "oktober",
      "november",
      "december",
    ],
    short: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    present: ["heden", "nu", "huidig"],
    headings: {
      summary: "Profiel",
      experience: "Werkervaring",
      education: "Opleidingen",
      skills: "Vaardigheden",
      certifications: "Certificaten",
      personal: "Persoonlijke gegevens",
    },
  },
  es: {
    months: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
    short: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    present: ["actualidad", "presente", "hoy"],
    headings: {
      summary: "Perfil",
      experience: "Trayectoria profesional",
      education: "Educación",
      skills: "Conocimientos",
      certifications: "Certificaciones",
      personal: "Datos personales",
    },
  },
  sv: {
    months: [
      "januari",
      "februari",
      "mars",
      "april",
      "maj",
      "juni",
      "juli",
      "augusti",
      "september",
      "oktober",
      "november",
      "december",
    ],
    short: ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    present: ["pågående", "nu", "idag"],
    headings: {
      summary: "Sammanfattning",
      experience: "Arbetslivserfarenhet",
      education: "Utbildning",
      skills: "Kompetenser",
      certifications: "Certifikat",
      personal: "Personuppgifter",
    },
  },
  pl: {
    months: [
      "styczeń",
      "luty",
      "marzec",
      "kwiecień",
      "maj",
      "czerwiec",
      "lipiec",
      "sierpień",
      "wrzesień",
      "październik",
      "listopad",
      "grudzień",
    ],
    short: ["sty.", "lut.", "mar.", "kwi.", "maj", "cze.", "lip.", "sie.", "wrz.", "paź.", "lis.", "gru."],
    present: ["obecnie", "nadal", "teraz"],
    headings: {
      summary: "Podsumowanie",
      experience: "Doświadczenie zawodowe",
      education: "Wykształcenie",
      skills: "Umiejętności",
      certifications: "Certyfikaty",
      personal: "Dane osobowe",
    },
  },
  da: {
    months: [
      "januar",
      "februar",
      "marts",
      "april",
      "maj",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "december",
    ],
    short: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    present: ["nu", "i dag", "nuværende"],
    headings: {
      summary: "Resumé",
      experience: "Erhvervserfaring",
      education: "Uddannelse",
      skills: "Kompetencer",
      certifications: "Certificeringer",
      personal: "Personlige oplysninger",
    },
  },
};

/** A localised template's heading for personal details ("Persönliche Daten"). */
export const personalHeading = (locale: Locale) => LOCAL[locale].headings.personal;

// Heading words, split like the people pools; localised and unusual names in both halves.
const HEADINGS: Record<
  Split,
  Record<"summary" | "experience" | "education" | "skills" | "certifications", string[]>
> = {
  tuning: {
    summary: ["Summary", "Profile", "About", "About Me", "Professional Summary", "Profil"],
    experience: [
      "Experience",
      "Work Experience",
      "Professional Experience",
      "Employment History",
      "Where I've Worked",
      "Berufserfahrung",
      "Experiencia Laboral",
      "Career",
    ],
    education: ["Education", "Academic Background", "Ausbildung", "Formación Académica", "Studies"],
    skills: ["Skills", "Technical Skills", "Top Skills", "Kenntnisse", "Habilidades", "Toolbox"],
    certifications: ["Certifications", "Licenses & Certifications", "Zertifikate"],
  },
  heldout: {
    summary: ["Overview", "Summary", "Professional Profile", "À propos", "Perfil"],
    experience: [
      "Work History",
      "Relevant Experience",
      "Professional Background",
      "Expérience Professionnelle",
      "Experiência Profissional",
      "Kinh nghiệm làm việc",
      "Employment",
      "Experience",
    ],
    education: ["Education & Training", "Formation", "Formação", "Học vấn", "Schooling", "Education"],
    skills: ["Core Competencies", "Compétences", "Competências", "Kỹ năng", "What I Work With", "Tech Stack"],
    certifications: ["Certificates", "Credentials", "Certificações"],
  },
  "heldout-b": {
    summary: ["Personal Statement", "Who I Am", "In Brief", "Kurzprofil", "Profilo"],
    experience: [
      "Career History",
      "Positions Held",
      "Work",
      "Experience Highlights",
      "Esperienza Lavorativa",
      "Werkervaring",
      "Praxis",
      "Professional Experience",
    ],
    education: ["Academic Qualifications", "Degrees", "Learning", "Istruzione", "Opleiding", "Education"],
    skills: ["Expertise", "Skills & Tools", "Stack", "Capabilities", "Competenze", "Vaardigheden"],
    certifications: ["Accreditations", "Certificazioni", "Certificaten"],
  },
};

export interface ViewOptions {
  /** Share of resumes whose experience has no heading at all. */
  noExperienceHeading?: number;
  /** Date styles this template may use. */
  dateStyles?: DateStyle[];
  /** A localised resume: headings, month names and "now" in this language. */
  locale?: Locale;
}

export interface View {
  person: Person;
  r: Rng;
  split: Split;
  locale: Locale | null;
  headings: { summary: string; experience: string | null; education: string; skills: string; certifications: string };
  /** "Jan 2020 – Present" */
  range(start: string | null, end: string): string;
  date(value: string): string;
  /** Separator between parts of an entry heading ("Title | Company"). */
  sep: string;
  roleFirst: boolean;
  showSummary: boolean;
  upperHeadings: boolean;
  /** Jobs grouped by employer, in order: several roles under one banner. */
  employers: { company: string; location: string | null; roles: Person["jobs"] }[];
  truth(extra: {
    path: string;
    template: string;
    id: string;
    seed: number;
    provenance: string;
    printsJobLocation?: boolean;
    printsLinks?: boolean;
    printsCertifications?: boolean;
    printsEducationEnd?: boolean;
    nameAsPrinted?: string;
  }): Truth;
}

function formatDate(value: string, format: DateFormat): string {
  const [yearText, monthText] = value.split("-");
  const year = format.placeholder ? "20XX" : yearText;
  const month = Number(monthText);
  const local = format.locale ? LOCAL[format.locale] : null;
  switch (format.style) {
    case "mon":
      return local ? `${local.short[month - 1]} ${year}` : `${MONTHS[month - 1].slice(0, 3)} ${year}`;
    case "month":
      return `${local ? local.months[month - 1] : MONTHS[month - 1]} ${year}`;
    case "mon-dot":
      return month === 5 ? `May ${year}` : `${MONTHS[month - 1].slice(0, month === 9 ? 4 : 3)}. ${year}`;
    case "mm/yyyy":
      return `${monthText}/${year}`;
    case "yyyy-mm":
      return `${year}-${monthText}`;
    case "mm.yyyy":
      return `${monthText}.${year}`;
    case "year":
    case "yy-short":
      return year;
  }
}

function truthDate(value: string | null, format: DateFormat): string | null {
  if (value === null) return null;
  if (value === "present") return "present";
  const [year, month] = value.split("-");
  const y = format.placeholder ? "20XX" : year;
  return format.style === "year" || format.style === "yy-short" ? y : `${y}-${month}`;
}

export function makeView(person: Person, seed: number, split: Split, options: ViewOptions = {}): View {
  const r = rng(seed ^ 0x5bd1e995);
  const words = HEADINGS[split];
  const styles = options.dateStyles ?? ["mon", "month", "mon-dot", "mm/yyyy", "yyyy-mm", "mm.yyyy", "year"];
  const format: DateFormat = {
    style: pick(r, styles),
    present: pick(r, ["Present", "Present", "present", "Current", "Now", "Today", ""]),
    separator: pick(r, [" – ", " – ", " - ", " — ", " to ", "–"]),
    placeholder: chance(r, 0.03),
    locale: options.locale ?? null,
  };
  if (format.present === "" && format.separator === " to ") format.separator = " – ";
  if (format.locale) {
    format.present = pick(r, LOCAL[format.locale].present);
    if (format.separator === " to ") format.separator = " – ";
  }
  if (format.style === "yy-short") format.placeholder = false;
  const noHeading = chance(r, options.noExperienceHeading ?? 0.06);
  const drawn = {
    summary: pick(r, words.summary),
    experience: noHeading ? null : pick(r, words.experience),
    education: pick(r, words.education),
    skills: pick(r, words.skills),
    certifications: pick(r, words.certifications),
  };
  const headings = format.locale
    ? { ...LOCAL[format.locale].headings, experience: noHeading ? null : LOCAL[format.locale].headings.experience }
    : drawn;
  const employers: View["employers"] = [];
  for (const job of person.jobs) {
    const last = employers[employers.length - 1];
    if (last && last.company === job.company) last.roles.push(job);
    else employers.push({ company: job.company, location: job.location, roles: [job] });
  }
  const date = (value: string) => (value === "present" ? format.present : formatDate(value, format));
  const range = (start: string | null, end: string) => {
    if (start === null) return date(end);
    if (
      format.style === "yy-short" &&
      end !== "present" &&
      start.slice(0, 2) === end.slice(0, 2) &&
      start.slice(0, 4) !== end.slice(0, 4)
    ) {
      return `${date(start)}${format.separator.trim() === "to" ? "–" : format.separator.trim()}${end.slice(2, 4)}`;
    }
    if (end === "present" && format.present === "") return `${date(start)}${format.separator.trimEnd()}`;
    return `${date(start)}${format.separator}${date(end)}`;
  };
  const view: View = {
    person,
    r,
    split,
    locale: format.locale,
    headings,
    date,
    range,
    sep: pick(r, [" | ", " · ", " — ", ", ", " – ", " | "]),
    roleFirst: chance(r, 0.5),
    showSummary: chance(r, 0.7),
    upperHeadings: chance(r, 0.5),
    employers,
    truth(extra) {
      return {
        id: extra.id,
        path: extra.path,
        template: extra.template,
        split,
        seed: extra.seed,
        provenance: extra.provenance,
        contact: {
          fullName: extra.nameAsPrinted ?? person.name,
          email: person.email,
          phone: person.phone,
          location: person.location,
          ...(extra.printsLinks === false
            ? {}
            : { linkedin: person.linkedin, github: person.github, website: person.website }),
        },
        experience: person.jobs.map((job) => ({
          title: job.title,
          company: job.company,
          ...(extra.printsJobLocation === false ? {} : { location: job.location }),
          start: truthDate(job.start, format),
          end: truthDate(job.end, format),
        })),
        education: person.schools.map((school) => ({
          degree: school.degree,
          field: school.field,
          institution: school.institution,
          ...(extra.printsEducationEnd === false ? {} : { end: truthDate(school.end, format) }),
        })),
        skills: person.skillGroups.flatMap((group) => group.skills),
        ...(extra.printsCertifications === false ? {} : { certifications: person.certifications }),
      };
    },
  };
  return view;
}

/** "B.S. in Computer Science", "Computer Science, BSc", "Bachelor of Science, Mathematics". */
export function degreeText(r: Rng, school: Person["schools"][number]): string {
  if (!school.field) return school.degree;
  if (school.degree === "Certificate") return `${school.field} Certificate`;
  return pick(r, [
    `${school.degree} in ${school.field}`,
    `${school.degree}, ${school.field}`,
    `${school.degree} ${school.field}`,
  ]);
}

export { int, pick, chance };
