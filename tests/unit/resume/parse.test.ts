import { describe, expect, it } from "vitest";
import { buildLayout } from "~/resume/layout";
import { parseResume } from "~/resume/parse";
import type { PdfLink } from "~/resume/types";
import { heading, literalDocument, literalPage, type LiteralRow } from "../../support/resume/literal-pdf.ts";

function parse(rows: (LiteralRow | string)[], links: PdfLink[] = []) {
  const doc = literalDocument(literalPage(rows, 1, { links }));
  return parseResume(
    buildLayout(doc),
    links.map((link) => ({ page: 1, url: link.url, y0: link.y0, y1: link.y1 })),
  );
}

const header: LiteralRow[] = [
  { runs: [{ text: "Jane Rivera", size: 22, bold: true }] },
  { runs: ["Austin, TX | jane.rivera@example.com | (512) 555-0142 | linkedin.com/in/janerivera | janerivera.dev"] },
];

describe("parse: contact details", () => {
  it("reads name, e-mail, phone, location, LinkedIn and website from the top lines", () => {
    expect(parse([...header, heading("Experience")]).contact).toEqual({
      fullName: "Jane Rivera",
      email: "jane.rivera@example.com",
      phone: "(512) 555-0142",
      location: "Austin, TX",
      linkedin: "linkedin.com/in/janerivera",
      github: null,
      website: "janerivera.dev",
    });
  });

  it("takes profiles from link annotations when only a username or icon is printed", () => {
    const links: PdfLink[] = [
      { url: "https://www.linkedin.com/in/jrivera/", x0: 50, y0: 60, x1: 90, y1: 70 },
      { url: "https://github.com/jrivera", x0: 100, y0: 60, x1: 140, y1: 70 },
    ];
    const { contact } = parse(
      [{ runs: [{ text: "Jane Rivera", size: 22 }] }, "jrivera  jrivera", heading("Skills")],
      links,
    );
    expect(contact).toMatchObject({ linkedin: "linkedin.com/in/jrivera", github: "github.com/jrivera" });
  });

  it("finds the place in a contact line whose separators the PDF lost, or behind a label", () => {
    const lost = parse([
      { runs: [{ text: "Ana Dubois", size: 22, bold: true }] },
      "ana@example.net  (917) 555-9067 Lisbon, Portugal",
      heading("Skills"),
      "Go, SQL, Rust",
    ]);
    expect(lost.contact.location).toBe("Lisbon, Portugal");
    const labelled = parse([
      { runs: [{ text: "Ana Dubois", size: 22, bold: true }] },
      "Location: Rotterdam, Niederlande",
      "ana@example.net",
      heading("Skills"),
      "Go, SQL, Rust",
    ]);
    expect(labelled.contact.location).toBe("Rotterdam, Niederlande");
  });

  it("reads the place from contact details printed at the foot of the page", () => {
    const { contact } = parse([
      { runs: [{ text: "Ana Dubois", size: 22, bold: true }] },
      heading("Skills"),
      "Go, SQL, Rust",
      { runs: ["ana@example.net ⋄ (917) 555-9067 ⋄ Kraków, Poland"], y: 740 },
    ]);
    expect(contact).toMatchObject({ email: "ana@example.net", location: "Kraków, Poland" });
  });

  it("does not take a section name or a date line for the name", () => {
    const { contact } = parse([
      { runs: [{ text: "Last updated in Mar 2026", size: 8 }] },
      { runs: [{ text: "EXPERIENCE", size: 14, bold: true }] },
    ]);
    expect(contact.fullName).toBeNull();
  });
});

describe("parse: sections", () => {
  it("finds standard headings and keeps unknown ones set in the same larger style by name", () => {
    const { sections } = parse([
      ...header,
      heading("Work History"),
      "• Did things",
      heading("Side Quests"),
      "• Built a robot",
      heading("Technical Skills"),
      "Go, SQL",
    ]);
    expect(sections.map((section) => [section.name, section.kind])).toEqual([
      ["", "header"],
      ["Work History", "experience"],
      ["Side Quests", "other"],
      ["Technical Skills", "skills"],
    ]);
  });

  it("does not mistake a bold employer line of body size for a heading", () => {
    const { sections, experience } = parse([
      ...header,
      { runs: [{ text: "Experience", bold: true }] },
      {
        runs: [
          { text: "Acme Corp", bold: true },
          { text: "2019 – 2021", x: 480 },
        ],
      },
      "Backend Engineer",
      "• Built the billing service in Go",
    ]);
    expect(sections.map((section) => section.name)).toEqual(["", "Experience"]);
    expect(experience).toHaveLength(1);
  });
});

describe("parse: jobs", () => {
  it("reads a smaller heading right under a section heading as that section's sub-heading", () => {
    const { skills, sections } = parse([
      ...header,
      { runs: [{ text: "TECHNICAL SKILLS", size: 13, bold: true }] },
      { runs: [{ text: "Languages", size: 10, bold: true }] },
      "Redis",
      "Ruby on Rails",
      { runs: [{ text: "Platforms", size: 10, bold: true }] },
      "Kubernetes",
    ]);
    expect(sections.map((section) => section.kind)).toEqual(["header", "skills"]);
    expect(skills).toEqual(["Redis", "Ruby on Rails", "Kubernetes"]);
  });

  it("reads dates set at an entry's foot, stacked or not, as that entry's, and dates that open the next as the next's", () => {
    const card = (company: string, title: string, y: number): LiteralRow[] => [
      { runs: [{ text: company, bold: true }], y },
      { runs: [{ text: title, bold: true }], y: y + 14 },
      { runs: ["• Migrated the mobile checkout flow in Java, reducing incidents"], y: y + 26 },
    ];
    const { experience } = parse([
      ...header,
      heading("Experience"),
      ...card("Fernhill Media", "Senior Backend Engineer", 120),
      // Stacked at the card's foot, start over end, then a card's gap.
      { runs: [{ text: "April 2022", size: 8 }], y: 160 },
      { runs: [{ text: "January 2026", size: 8 }], y: 170 },
      ...card("Umbra Systems", "Data Analyst", 200),
      { runs: [{ text: "2019 – 2022", size: 8 }], y: 240 },
      // Dates that open the next entry sit closer to it than to the bullets above.
      { runs: ["2017 – 2019"], y: 280 },
      ...card("Paperplane", "Mobile Developer", 292),
    ]);
    expect(experience.map((job) => [job.company, job.start, job.end])).toEqual([
      ["Fernhill Media", "2022-04", "2026-01"],
      ["Umbra Systems", "2019", "2022"],
      ["Paperplane", "2017", "2019"],
    ]);
  });

  it("reads an employer printed before a two-part place", () => {
    const { experience } = parse([
      ...header,
      heading("Experience"),
      { runs: [{ text: "Fernhill Media, Chicago, IL", bold: true }] },
      "Senior Backend Engineer",
      "2021-04 – 2023-06",
      "* Migrated the mobile checkout flow in Java, reducing incidents by a third",
    ]);
    expect(experience).toHaveLength(1);
    expect(experience[0]).toMatchObject({
      company: "Fernhill Media",
      location: "Chicago, IL",
      title: "Senior Backend Engineer",
      start: "2021-04",
      end: "2023-06",
    });
  });

  it("reads title, employer, location and dates in the common header orders", () => {
    const { experience } = parse([
      ...header,
      heading("Experience"),
      {
        runs: [
          { text: "Senior Engineer, Stripe – San Francisco, CA", bold: true },
          { text: "Mar 2021 – Present", x: 470 },
        ],
      },
      "• Led the ledger migration",
      {
        runs: [
          { text: "Plaid", bold: true },
          { text: "| Remote", x: 90 },
          { text: "Jun 2017 – Feb 2021", x: 470 },
        ],
      },
      { runs: [{ text: "Software Engineer" }] },
      "• Built the data pipeline",
      {
        runs: [
          { text: "Data Analyst at Allstate", bold: true },
          { text: "01/2015 – 05/2017", x: 470 },
        ],
      },
      "• Modelled claims",
      { runs: [{ text: "GOOGLE | SOFTWARE ENGINEERING INTERN", bold: true }] },
      "May 2013 – Aug 2013 | Mountain View, CA",
      "• Worked on YouTube captions",
    ]);
    expect(
      experience.map(({ title, company, location, start, end }) => ({ title, company, location, start, end })),
    ).toEqual([
      { title: "Senior Engineer", company: "Stripe", location: "San Francisco, CA", start: "2021-03", end: "present" },
      { title: "Software Engineer", company: "Plaid", location: "Remote", start: "2017-06", end: "2021-02" },
      { title: "Data Analyst", company: "Allstate", location: null, start: "2015-01", end: "2017-05" },
      {
        title: "SOFTWARE ENGINEERING INTERN",
        company: "GOOGLE",
        location: "Mountain View, CA",
        start: "2013-05",
        end: "2013-08",
      },
    ]);
  });

  it("joins wrapped bullet lines and undoes end-of-line hyphenation", () => {
    const { experience } = parse([
      ...header,
      heading("Experience"),
      {
        runs: [
          { text: "Engineer, Acme", bold: true },
          { text: "2019 – 2021", x: 480 },
        ],
      },
      { runs: [{ text: "• Co-authored a paper accepted at NeurIPS (top 5% of submis-", x: 54 }] },
      { runs: [{ text: "sions)", x: 62 }] },
      { runs: [{ text: "• Cut costs by 20%", x: 54 }] },
    ]);
    expect(experience[0].bullets).toEqual([
      "Co-authored a paper accepted at NeurIPS (top 5% of submissions)",
      "Cut costs by 20%",
    ]);
  });
});

describe("parse: education, skills, summary, certifications", () => {
  it("separates degree, field and school however they are printed", () => {
    const { education } = parse([
      ...header,
      heading("Education"),
      {
        runs: [
          { text: "PhD Princeton University, Computer Science", bold: true },
          { text: "Sept 2018 – May 2023", x: 460 },
        ],
      },
      {
        runs: [
          { text: "University of Texas at Austin – Austin, TX", bold: true },
          { text: "2013 – 2017", x: 480 },
        ],
      },
      "BS in Computer Science",
      { runs: [{ text: "LA MARTINIERE FOR BOYS", bold: true }] },
      "Grad. May 2011 | Kolkata, India",
    ]);
    expect(
      education.map(({ degree, field, institution, start, end }) => ({ degree, field, institution, start, end })),
    ).toEqual([
      {
        degree: "PhD",
        field: "Computer Science",
        institution: "Princeton University",
        start: "2018-09",
        end: "2023-05",
      },
      {
        degree: "BS in Computer Science",
        field: null,
        institution: "University of Texas at Austin",
        start: "2013",
        end: "2017",
      },
      { degree: null, field: null, institution: "LA MARTINIERE FOR BOYS", start: null, end: "2011-05" },
    ]);
  });

  it("lists skills from labelled lines, bullets and one-per-line lists, without duplicates", () => {
    const { skills } = parse([
      ...header,
      heading("Skills"),
      "Languages: Go, Python, SQL",
      "• Kubernetes • AWS • python",
      { runs: [{ text: "TOOLS", bold: true }] },
      "Terraform",
      "Over 5000 lines:",
    ]);
    expect(skills).toEqual(["Go", "Python", "SQL", "Kubernetes", "AWS", "Terraform"]);
  });

  it("takes the summary from its section and certifications as a list", () => {
    const parsed = parse([
      ...header,
      heading("Professional Summary"),
      "Backend engineer with eight years of experience in payments.",
      heading("Licenses & Certifications"),
      "• AWS Certified Solutions Architect – Associate (2023)",
      "• Certified Kubernetes Administrator",
    ]);
    expect(parsed.summary).toBe("Backend engineer with eight years of experience in payments.");
    expect(parsed.certifications).toEqual([
      "AWS Certified Solutions Architect – Associate (2023)",
      "Certified Kubernetes Administrator",
    ]);
  });
});

describe("parse: layouts the lexicon and the glyphs do not give away", () => {
  it("reads section labels set in a left rail on the same line as the first entry", () => {
    const { experience, education, sections } = parse([
      ...header,
      {
        runs: [
          { text: "WORK", x: 50, bold: true },
          { text: "Acme Corp", x: 150, bold: true },
          { text: "Jan 2020 – Present", x: 470 },
        ],
      },
      { runs: [{ text: "Backend Engineer", x: 150 }] },
      { runs: [{ text: "• Built the billing service in Go", x: 160 }] },
      {
        runs: [
          { text: "Globex", x: 150, bold: true },
          { text: "2017 – 2019", x: 490 },
        ],
      },
      { runs: [{ text: "Software Engineer", x: 150 }] },
      { runs: [{ text: "• Cut deploy time by half", x: 160 }] },
      {
        runs: [
          { text: "STUDIES", x: 50, bold: true },
          { text: "University of Leeds", x: 150, bold: true },
          { text: "2013 – 2017", x: 490 },
        ],
      },
      { runs: [{ text: "BSc Computer Science", x: 150 }] },
      {
        runs: [
          { text: "TOOLS", x: 50, bold: true },
          { text: "Go, SQL, Kafka, Terraform", x: 150 },
        ],
      },
    ]);
    expect(sections.map((section) => [section.name, section.kind])).toEqual([
      ["", "header"],
      ["WORK", "experience"],
      ["STUDIES", "education"],
      ["TOOLS", "skills"],
    ]);
    expect(experience.map((job) => [job.title, job.company, job.start, job.end])).toEqual([
      ["Backend Engineer", "Acme Corp", "2020-01", "present"],
      ["Software Engineer", "Globex", "2017", "2019"],
    ]);
    expect(education[0]).toMatchObject({ degree: "BSc Computer Science", institution: "University of Leeds" });
  });

  it("keeps the line each field was read from", () => {
    const { experience, contactSources } = parse([
      ...header,
      heading("Experience"),
      {
        runs: [
          { text: "Senior Engineer, Stripe", bold: true },
          { text: "Mar 2021 – Present", x: 470 },
        ],
      },
      "• Led the ledger migration",
    ]);
    expect(contactSources.email?.text).toContain("jane.rivera@example.com");
    expect(contactSources.fullName?.text).toBe("Jane Rivera");
    expect(experience[0].sources.title?.text).toBe("Senior Engineer, Stripe\tMar 2021 – Present");
    expect(experience[0].sources.dates?.line).toBe(experience[0].sources.title?.line);
  });

  it("gives a role under an employer's banner the banner's employer", () => {
    const { experience } = parse([
      ...header,
      heading("Experience"),
      {
        runs: [
          { text: "Initech", bold: true },
          { text: "Austin, TX", x: 490 },
        ],
      },
      { runs: [{ text: "Lead Developer" }, { text: "2019 – 2022", x: 490 }] },
      "• Ran the platform team",
      { runs: [{ text: "Junior Developer" }, { text: "2016 – 2019", x: 490 }] },
      "• Shipped the first API",
    ]);
    expect(experience.map((job) => [job.title, job.company])).toEqual([
      ["Lead Developer", "Initech"],
      ["Junior Developer", "Initech"],
    ]);
  });

  it("says so when it cannot place most of the text", () => {
    const { structure } = parse([
      "Lorem ipsum dolor sit amet",
      "consectetur adipiscing elit",
      "sed do eiusmod tempor",
      "incididunt ut labore",
    ]);
    expect(structure).toMatchObject({ lines: 4, structured: false });
  });
});
