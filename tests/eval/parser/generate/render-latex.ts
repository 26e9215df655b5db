// LaTeX resumes typeset by LuaLaTeX from Debian's TeX Live: the moderncv class in three
// styles, currvita, and two article-based layouts in the style of popular public
// templates (a "Jake's resume"-like tabular layout and a res.cls-like left rail).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Person } from "./people.ts";
import type { Renderer } from "./renderers.ts";
import { degreeText, makeView, pick, type View } from "./view.ts";

const tex = (text: string) =>
  text
    .replace(/\\/gu, "\\textbackslash{}")
    .replace(/([&%$#_{}])/gu, "\\$1")
    .replace(/~/gu, "\\textasciitilde{}")
    .replace(/\^/gu, "\\textasciicircum{}");

const items = (bullets: string[]) =>
  bullets.length
    ? `\\begin{itemize}\\setlength{\\itemsep}{0pt}${bullets.map((b) => `\\item ${tex(b)}`).join("\n")}\\end{itemize}`
    : "";

function splitName(name: string): [string, string] {
  const parts = name.split(" ");
  return parts.length === 1 ? [name, ""] : [parts[0], parts.slice(1).join(" ")];
}

function moderncv(view: View, style: "classic" | "banking" | "casual", font: string): string {
  const p = view.person;
  const [first, last] = splitName(p.name);
  const social = [
    p.linkedin ? `\\social[linkedin]{${tex(p.linkedin.replace("linkedin.com/in/", ""))}}` : "",
    p.github ? `\\social[github]{${tex(p.github.replace("github.com/", ""))}}` : "",
    p.website ? `\\homepage{${tex(p.website)}}` : "",
  ].join("\n");
  const jobs = p.jobs
    .map(
      (job) =>
        `\\cventry{${tex(view.range(job.start, job.end))}}{${tex(job.title)}}{${tex(job.company)}}{${tex(job.location ?? "")}}{}{${items(job.bullets)}}`,
    )
    .join("\n");
  const schools = p.schools
    .map(
      (school) =>
        `\\cventry{${tex(view.range(school.start, school.end))}}{${tex(degreeText(view.r, school))}}{${tex(school.institution)}}{${tex(school.location ?? "")}}{${tex(school.details.join(", "))}}{}`,
    )
    .join("\n");
  const skills = p.skillGroups
    .map((g) => `\\cvitem{${tex(g.label || "Skills")}}{${tex(g.skills.join(", "))}}`)
    .join("\n");
  const certs = p.certifications.length
    ? `\\section{${tex(view.headings.certifications)}}\n${p.certifications.map((c) => `\\cvlistitem{${tex(c)}}`).join("\n")}`
    : "";
  return `\\documentclass[10pt,${pick(view.r, ["a4paper", "letterpaper"])},sans]{moderncv}
\\moderncvstyle{${style}}
\\moderncvcolor{${pick(view.r, ["blue", "green", "grey", "orange", "burgundy"])}}
\\moderncvicons{letters}
\\usepackage{fontspec}
\\setmainfont{${font}}\\setsansfont{${font}}
\\usepackage[scale=0.8]{geometry}
\\name{${tex(first)}}{${tex(last)}}
\\title{${tex(p.tagline)}}
${p.location ? `\\address{${tex(p.location)}}{}{}` : ""}
${p.phone ? `\\phone[mobile]{${tex(p.phone)}}` : ""}
\\email{${tex(p.email)}}
${social}
\\begin{document}
\\makecvtitle
${view.showSummary ? `\\section{${tex(view.headings.summary)}}\n\\cvitem{}{${tex(p.summary)}}` : ""}
\\section{${tex(view.headings.experience ?? "Experience")}}
${jobs}
${p.schools.length ? `\\section{${tex(view.headings.education)}}\n${schools}` : ""}
\\section{${tex(view.headings.skills)}}
${skills}
${certs}
\\end{document}
`;
}

function contactBits(p: Person): string[] {
  return [p.email, p.phone, p.location, p.linkedin, p.github, p.website]
    .filter((x): x is string => Boolean(x))
    .map(tex);
}

const ARTICLE_PREAMBLE = (font: string, paper: string) => `\\documentclass[${paper},10pt]{article}
\\usepackage[margin=0.6in]{geometry}
\\usepackage{fontspec}\\setmainfont{${font}}\\setsansfont{${font}}
\\usepackage{titlesec}\\usepackage{enumitem}\\usepackage{tabularx}\\usepackage{xcolor}
\\usepackage[hidelinks]{hyperref}
\\pagestyle{empty}\\setlength{\\parindent}{0pt}
\\setlist[itemize]{leftmargin=1.2em,itemsep=0pt,topsep=1pt,parsep=0pt}
`;

function jake(view: View, font: string): string {
  const p = view.person;
  const heading = (text: string) => `\\section*{${tex(view.upperHeadings ? text.toUpperCase() : text)}}`;
  const sub = (a: string, b: string, c: string, d: string) =>
    `\\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}\\textbf{${a}} & ${b} \\\\ \\textit{\\small ${c}} & \\textit{\\small ${d}} \\\\ \\end{tabular*}`;
  const jobs = view.employers
    .map((employer) => {
      if (employer.roles.length > 1) {
        const head = `\\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}\\textbf{${tex(employer.company)}} & ${tex(employer.location ?? "")} \\\\ \\end{tabular*}`;
        return (
          head +
          employer.roles
            .map(
              (role) =>
                `\\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}\\textit{\\small ${tex(role.title)}} & \\textit{\\small ${tex(view.range(role.start, role.end))}} \\\\ \\end{tabular*}${items(role.bullets)}`,
            )
            .join("\n")
        );
      }
      const job = employer.roles[0];
      const [a, c] = view.roleFirst ? [job.title, job.company] : [job.company, job.title];
      return sub(tex(a), tex(view.range(job.start, job.end)), tex(c), tex(job.location ?? "")) + items(job.bullets);
    })
    .join("\n\\vspace{2pt}\n");
  const schools = p.schools
    .map((s) =>
      sub(tex(s.institution), tex(s.location ?? ""), tex(degreeText(view.r, s)), tex(view.range(s.start, s.end))),
    )
    .join("\n");
  return `${ARTICLE_PREAMBLE(font, "letterpaper")}
\\titleformat{\\section}{\\vspace{-4pt}\\scshape\\raggedright\\large}{}{0em}{}[\\titlerule\\vspace{-5pt}]
\\begin{document}
\\begin{center}{\\Huge\\scshape ${tex(p.name)}}\\\\[3pt]\\small ${contactBits(p).join(" $|$ ")}\\end{center}
${view.showSummary ? `${heading(view.headings.summary)}${tex(p.summary)}` : ""}
${view.headings.experience ? heading(view.headings.experience) : "\\vspace{6pt}"}
${jobs}
${p.schools.length ? heading(view.headings.education) + schools : ""}
${heading(view.headings.skills)}
${p.skillGroups.map((g) => `${g.label ? `\\textbf{${tex(g.label)}}: ` : ""}${tex(g.skills.join(", "))}\\\\`).join("\n")}
${p.certifications.length ? heading(view.headings.certifications) + items(p.certifications) : ""}
\\end{document}
`;
}

function resRail(view: View, font: string): string {
  const p = view.person;
  const label = (text: string | null) =>
    text ? `\\textbf{${tex(view.upperHeadings ? text.toUpperCase() : text)}}` : "";
  const row = (name: string | null, body: string) =>
    `\\noindent\\begin{tabularx}{\\textwidth}{@{}p{1.05in}X@{}}${label(name)} & ${body}\\end{tabularx}\\par\\vspace{6pt}`;
  const jobs = p.jobs
    .map(
      (job) =>
        `\\textbf{${tex(job.title)}}, ${tex(job.company)}${job.location ? `, ${tex(job.location)}` : ""} \\hfill ${tex(view.range(job.start, job.end))}${items(job.bullets)}`,
    )
    .join("\\par\\vspace{3pt}");
  const schools = p.schools
    .map(
      (s) =>
        `\\textbf{${tex(s.institution)}} \\hfill ${tex(view.range(s.start, s.end))}\\newline ${tex(degreeText(view.r, s))}`,
    )
    .join("\\par\\vspace{3pt}");
  return `${ARTICLE_PREAMBLE(font, "a4paper")}
\\begin{document}
{\\LARGE\\textbf{${tex(p.name)}}}\\hfill\\begin{tabular}[t]{@{}r@{}}${contactBits(p).join("\\\\")}\\end{tabular}
\\vspace{10pt}\\hrule\\vspace{10pt}
${view.showSummary ? row(view.headings.summary, tex(p.summary)) : ""}
${row(view.headings.experience, jobs)}
${p.schools.length ? row(view.headings.education, schools) : ""}
${row(view.headings.skills, p.skillGroups.map((g) => `${g.label ? `${tex(g.label)}: ` : ""}${tex(g.skills.join(", "))}`).join("\\newline "))}
${p.certifications.length ? row(view.headings.certifications, p.certifications.map(tex).join("\\newline ")) : ""}
\\end{document}
`;
}

// currvita: a list environment whose labels (dates) sit in a left column.
function currvita(view: View): string {
  const p = view.person;
  const jobs = p.jobs
    .map(
      (job) =>
        `\\item[${tex(view.range(job.start, job.end))}] \\textbf{${tex(job.title)}}, \\textit{${tex(job.company)}}${job.location ? `, ${tex(job.location)}` : ""}${items(job.bullets)}`,
    )
    .join("\n");
  const schools = p.schools
    .map((s) => `\\item[${tex(view.range(s.start, s.end))}] ${tex(degreeText(view.r, s))}, ${tex(s.institution)}`)
    .join("\n");
  return `\\documentclass[a4paper,10pt]{article}
\\usepackage{fontspec}\\setmainfont{Liberation Sans}\\setsansfont{Liberation Sans}
\\usepackage[margin=0.8in]{geometry}
\\usepackage[NoDate]{currvita}
\\usepackage{enumitem}\\setlist[itemize]{leftmargin=1.2em,itemsep=0pt,topsep=1pt}
\\pagestyle{empty}
\\begin{document}
\\begin{cv}{${tex(p.name)}}
\\begin{cvlist}{}
\\item ${contactBits(p).join(" \\textbullet{} ")}
\\end{cvlist}
${view.showSummary ? `\\begin{cvlist}{${tex(view.headings.summary)}}\\item ${tex(p.summary)}\\end{cvlist}` : ""}
\\begin{cvlist}{${tex(view.headings.experience ?? "")}}
${jobs}
\\end{cvlist}
${p.schools.length ? `\\begin{cvlist}{${tex(view.headings.education)}}\n${schools}\n\\end{cvlist}` : ""}
\\begin{cvlist}{${tex(view.headings.skills)}}
${p.skillGroups.map((g) => `\\item[${tex(g.label)}] ${tex(g.skills.join(", "))}`).join("\n")}
\\end{cvlist}
${p.certifications.length ? `\\begin{cvlist}{${tex(view.headings.certifications)}}\n${p.certifications.map((c) => `\\item ${tex(c)}`).join("\n")}\n\\end{cvlist}` : ""}
\\end{cv}
\\end{document}
`;
}

const TEMPLATES: Record<string, { build: (view: View) => string; links: boolean; jobLocation: boolean }> = {
  "moderncv-classic": { build: (v) => moderncv(v, "classic", "Noto Sans"), links: true, jobLocation: true },
  "moderncv-banking": { build: (v) => moderncv(v, "banking", "Liberation Sans"), links: true, jobLocation: true },
  "moderncv-casual": { build: (v) => moderncv(v, "casual", "DejaVu Sans"), links: true, jobLocation: true },
  "latex-jake": { build: (v) => jake(v, "Liberation Serif"), links: true, jobLocation: true },
  "latex-res-rail": { build: (v) => resRail(v, "Noto Serif"), links: true, jobLocation: true },
  currvita: { build: currvita, links: true, jobLocation: true },
};

let workDir = "";

export const latexRenderer: Renderer = {
  async open() {
    workDir = mkdtempSync(path.join(os.tmpdir(), "parser-latex-"));
    // moderncv loads fontawesome5 and academicons under LuaLaTeX even when its "letters"
    // icons are chosen; both ship in texlive-fonts-extra (1.4 GB), so stubs stand in
    // (with the one symbol used outside the icon macros, which "letters" replaces).
    writeFileSync(
      path.join(workDir, "fontawesome5.sty"),
      "\\ProvidesPackage{fontawesome5}\\newcommand*{\\faCircle}[1][]{\\textbullet}\n",
    );
    writeFileSync(path.join(workDir, "academicons.sty"), "\\ProvidesPackage{academicons}\n");
  },
  async render({ entry, seed, id, person }) {
    const template = TEMPLATES[entry.template];
    if (!template) throw new Error(`no LaTeX template ${entry.template}`);
    const view = makeView(person, seed, entry.split, {
      noExperienceHeading: entry.template === "latex-jake" ? 0.06 : 0,
    });
    const source = template.build(view);
    writeFileSync(path.join(workDir, `${id}.tex`), source);
    try {
      execFileSync("lualatex", ["-interaction=nonstopmode", "-halt-on-error", `${id}.tex`], {
        cwd: workDir,
        stdio: "pipe",
        timeout: 180_000,
      });
    } catch (error) {
      const log = readFileSync(path.join(workDir, `${id}.log`), "utf8");
      throw new Error(
        `${id}: lualatex failed\n${log
          .split("\n")
          .filter((line) => line.startsWith("!"))
          .slice(0, 5)
          .join("\n")}`,
        { cause: error },
      );
    }
    const pdf = new Uint8Array(readFileSync(path.join(workDir, `${id}.pdf`)));
    const truth = view.truth({
      path: entry.path,
      template: entry.template,
      id,
      seed,
      printsLinks: template.links,
      provenance: `tests/eval/parser/generate/render-latex.ts template ${entry.template}, LuaLaTeX (TeX Live 2022, Debian)`,
    });
    return { pdf, truth };
  },
  async close() {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  },
};
