// The evaluation corpus: the generated resumes (tests/eval/parser/corpus) plus the real
// resumes in tests/fixtures/resumes (RenderCV's themes, typeset by Typst, and Deedy's
// XeLaTeX resume), all in the tuning half: the parser was tuned on those long before.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { normalizeUrl } from "~/resume/contact";
import { parseYamlSubset } from "../../support/resume/yaml-subset.ts";
import { CORPUS } from "./generate/corpus.ts";
import type { Split, Truth } from "./generate/truth.ts";

export interface CorpusFile {
  pdf: string;
  truth: Truth;
}

const GENERATED = path.resolve("tests/eval/parser/corpus");
const FIXTURES = path.resolve("tests/fixtures/resumes");

export function generatedFiles(split?: Split): CorpusFile[] {
  return CORPUS.filter((entry) => !split || entry.split === split).flatMap((entry) => {
    const dir = path.join(GENERATED, entry.template);
    return readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) => {
        const truth = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Truth;
        if (truth.split !== entry.split) throw new Error(`${file}: split ${truth.split} disagrees with the manifest`);
        return { pdf: path.join(dir, file.replace(/\.json$/u, ".pdf")), truth };
      });
  });
}

interface RenderCvEntry {
  company: string;
  position: string;
  institution: string;
  area: string;
  degree: string;
  start_date: string;
  end_date: string;
  location: string;
}

function renderCvTruth(theme: string): Truth {
  const { cv } = parseYamlSubset(readFileSync(path.join(FIXTURES, `${theme}.yaml`), "utf8")) as unknown as {
    cv: {
      name: string;
      email: string;
      phone: string | null;
      location: string;
      website: string;
      social_networks: { network: string; username: string }[];
      sections: { experience: RenderCvEntry[]; education: RenderCvEntry[]; skills: { details: string }[] };
    };
  };
  const profile = (network: string) => cv.social_networks.find((entry) => entry.network === network)?.username;
  return {
    id: theme,
    path: "rendercv-typst",
    template: theme,
    split: "tuning",
    seed: 0,
    provenance: "tests/fixtures/resumes (RenderCV examples, MIT); truth from the YAML source",
    contact: {
      fullName: cv.name,
      email: cv.email,
      phone: cv.phone,
      location: cv.location,
      linkedin: `linkedin.com/in/${profile("LinkedIn")}`,
      github: `github.com/${profile("GitHub")}`,
      website: normalizeUrl(cv.website),
    },
    experience: cv.sections.experience.map((job) => ({
      title: job.position,
      company: job.company,
      location: job.location,
      start: job.start_date,
      end: job.end_date,
    })),
    education: cv.sections.education.map((school) => ({
      degree: school.degree,
      field: school.area,
      institution: school.institution,
      end: school.end_date,
    })),
    skills: cv.sections.skills.flatMap((line) => line.details.split(", ")),
  };
}

function deedyTruth(): Truth {
  const truth = JSON.parse(readFileSync(path.join(FIXTURES, "deedy-two-column.expected.json"), "utf8")) as {
    contact: Truth["contact"];
    experience: { title: string; company: string; start: string; end: string }[];
    education: { institution: string; degree: string | null; end: string }[];
  };
  return {
    id: "deedy-two-column",
    path: "xelatex-deedy",
    template: "deedy-two-column",
    split: "tuning",
    seed: 0,
    provenance: "tests/fixtures/resumes (Deedy-Resume, Apache-2.0); truth written by hand",
    contact: truth.contact,
    experience: truth.experience,
    education: truth.education.map((school) => ({
      degree: school.degree ?? "",
      field: null,
      institution: school.institution,
      end: school.end,
    })),
    skills: [],
  };
}

export function fixtureFiles(): CorpusFile[] {
  const themes = readdirSync(FIXTURES)
    .filter((file) => file.startsWith("rendercv-") && file.endsWith(".pdf"))
    .sort();
  return [
    ...themes.map((file) => ({ pdf: path.join(FIXTURES, file), truth: renderCvTruth(file.replace(/\.pdf$/u, "")) })),
    { pdf: path.join(FIXTURES, "deedy-two-column.pdf"), truth: deedyTruth() },
  ];
}
