import { describe, expect, it } from "vitest";
import { buildLayout } from "~/resume/layout";
import { literalDocument, literalPage, type LiteralRow } from "../../support/resume/literal-pdf.ts";

const texts = (rows: (LiteralRow | string)[]) =>
  buildLayout(literalDocument(literalPage(rows))).lines.map((line) => line.text);

describe("layout: from positioned runs to lines", () => {
  it("joins runs on one baseline into one line, with spaces only where there is a gap", () => {
    const page = literalPage([]);
    page.items = [
      { text: "This is", x: 50, y: 100, width: 35, fontSize: 10, fontId: "R" },
      { text: "bold", x: 87, y: 100, width: 20, fontSize: 10, fontId: "B" },
      { text: ",", x: 107, y: 100.5, width: 2.5, fontSize: 10, fontId: "R" },
      // A raised small "A" as in the LaTeX logo: same line, no space.
      { text: "L", x: 112, y: 100, width: 5, fontSize: 10, fontId: "R" },
      { text: "A", x: 117, y: 98, width: 4, fontSize: 7, fontId: "R" },
      { text: "TEX", x: 121, y: 100, width: 15, fontSize: 10, fontId: "R" },
    ];
    const [line] = buildLayout(literalDocument(page)).lines;
    expect(line.text).toBe("This is bold, LATEX");
  });

  it("splits a row at wide gaps into segments (title … right-aligned dates)", () => {
    const [line] = buildLayout(
      literalDocument(literalPage([{ runs: ["Engineer, Acme", { text: "Jan 2020 – Present", x: 470 }] }])),
    ).lines;
    expect(line.segments.map((segment) => segment.text)).toEqual(["Engineer, Acme", "Jan 2020 – Present"]);
    expect(line.text).toBe("Engineer, Acme\tJan 2020 – Present");
  });

  it("joins a date range wrapped in a narrow date column back together, and only that", () => {
    const lines = buildLayout(
      literalDocument(
        literalPage([
          { runs: [{ text: "EXPERIENCE", size: 12, bold: true }] },
          { runs: ["Aug. 2018 to Jun.", { text: "Junior Developer", x: 150, bold: true }] },
          { runs: ["2022", { text: "Umbra Systems", x: 150 }] },
          { runs: ["03/2021 –", { text: "Data Analyst", x: 150, bold: true }] },
          { runs: ["present"] },
        ]),
      ),
    ).lines;
    expect(lines.map((line) => line.text)).toEqual([
      "EXPERIENCE",
      "Aug. 2018 to Jun. 2022\tJunior Developer",
      "Umbra Systems",
      "03/2021 – present\tData Analyst",
    ]);
  });

  it("puts the end of a range cut after its dash back, when it sits alone below the dates", () => {
    expect(
      texts(["2016-09 – Ph.D. in Physics, McGill University", { runs: [{ text: "2021-07", x: 56 }] }, "Skills"]),
    ).toEqual(["2016-09 – 2021-07 Ph.D. in Physics, McGill University", "Skills"]);
  });

  it("orders rows top to bottom whatever order the runs came in", () => {
    expect(
      texts([
        { runs: ["second"], y: 200 },
        { runs: ["first"], y: 100 },
      ]),
    ).toEqual(["first", "second"]);
  });

  it("drops page numbers in the margins but keeps numbers in the text", () => {
    expect(
      texts([
        { runs: ["Jane Doe"], y: 100 },
        { runs: ["Led 12 people"], y: 120 },
        { runs: ["Jane Doe – 1/2"], y: 770 },
      ]),
    ).toEqual(["Jane Doe", "Led 12 people"]);
  });

  it("reads a two-column page column by column, not straight across", () => {
    const contact = "sam@example.com | +44 20 7946 0958 | London, UK";
    const rows: LiteralRow[] = [{ runs: [{ text: contact, x: 40 }], y: 70 }];
    const left = [
      "SKILLS",
      "TypeScript",
      "React",
      "Node.js",
      "EDUCATION",
      "University of Leeds",
      "BSc Computer Science",
    ];
    const right = [
      "EXPERIENCE",
      "Frontend Lead, Monzo",
      "Jan 2020 – Present",
      "• Rebuilt the card app in React",
      "• Cut load time by 45%",
    ];
    for (let i = 0; i < left.length; i++) {
      rows.push({
        runs: [{ text: left[i], x: 40 }, ...(right[i] ? [{ text: right[i], x: 250 }] : [])],
        y: 100 + i * 14,
      });
    }
    const layout = buildLayout(literalDocument(literalPage(rows)));
    expect(layout.pages[0].kind).toBe("columns");
    expect(layout.lines.map((line) => line.text)).toEqual([contact, ...left, ...right]);
    expect(layout.lines[0].column).toBe("full");
    expect(layout.lines[1].column).toBe("left");
    expect(layout.lines[left.length + 1].column).toBe("right");
  });

  it("reads cards two to a row under headings that span them row by row, not column by column", () => {
    const bullets = [
      "• Designed the runbooks in Terraform",
      "• Cut the build time by half",
      "• Mentored six engineers on call",
    ];
    const card = (company: string, title: string, count: number, dates: string) => [
      company,
      title,
      ...bullets.slice(0, count),
      dates,
    ];
    const cards = [
      card("Acme Robotics", "Principal Engineer", 3, "2022 – 2026"),
      card("Globex Corporation", "Data Analyst", 1, "2019 – 2022"),
      card("Northwind Traders", "DevOps Engineer", 2, "2016 – 2019"),
      card("Paperplane", "Mobile Developer", 3, "2014 – 2016"),
    ];
    // Below the page's top band, where a narrow side is a header's contact block.
    const rows: LiteralRow[] = [{ runs: [{ text: "EXPERIENCE", x: 40, size: 13, bold: true }], y: 280 }];
    let y = 300;
    for (const [left, right] of [cards.slice(0, 2), cards.slice(2)]) {
      // The right card's lines are set a little lower (its band is taller): no shared baselines.
      left.forEach((text, i) => rows.push({ runs: [{ text, x: 40 }], y: y + i * 12 }));
      right.forEach((text, i) => rows.push({ runs: [{ text, x: 320 }], y: y + 6 + i * 12 }));
      y += Math.max(left.length, right.length) * 12 + 30;
    }
    rows.push({ runs: [{ text: "EDUCATION", x: 40, size: 13, bold: true }], y });
    rows.push({ runs: [{ text: "BSc Physics, University of Leeds, 2014", x: 40 }], y: y + 20 });
    const layout = buildLayout(literalDocument(literalPage(rows)));
    expect(layout.pages[0].kind).toBe("columns");
    expect(layout.lines.map((line) => line.text)).toEqual([
      "EXPERIENCE",
      ...cards.flat(),
      "EDUCATION",
      "BSc Physics, University of Leeds, 2014",
    ]);
  });

  it("keeps a side column of dates and places on the row it belongs to", () => {
    const rows: LiteralRow[] = [];
    for (let job = 0; job < 3; job++) {
      rows.push({ runs: [`Engineer ${job}, Acme`, { text: "Berlin, Germany", x: 480 }] });
      rows.push({ runs: ["• Built the first thing that mattered", { text: `Jan 201${job} – Dec 201${job}`, x: 470 }] });
      rows.push({ runs: ["• Built the second thing"] });
    }
    const layout = buildLayout(literalDocument(literalPage(rows)));
    expect(layout.pages[0].kind).toBe("aside");
    expect(layout.lines[1].segments.map((segment) => [segment.text, segment.aside])).toEqual([
      ["• Built the first thing that mattered", false],
      ["Jan 2010 – Dec 2010", true],
    ]);
  });

  it("reads a table row by row and reports it as a table, not as columns", () => {
    const rows: LiteralRow[] = [{ runs: ["Experience"] }];
    for (const [title, employer, dates] of [
      ["Title", "Employer", "Dates"],
      ["Data Analyst", "Allstate", "Feb 2021 – Present"],
      ["Junior Analyst", "Groupon", "Jan 2019 – Jan 2021"],
      ["Intern", "Motorola", "Jun 2018 – Dec 2018"],
    ]) {
      rows.push({
        runs: [
          { text: title, x: 56 },
          { text: employer, x: 236 },
          { text: dates, x: 406 },
        ],
      });
    }
    const layout = buildLayout(literalDocument(literalPage(rows)));
    expect(layout.pages[0]).toMatchObject({ kind: "single", tableRows: 4 });
    expect(layout.lines[2].text).toBe("Data Analyst\tAllstate\tFeb 2021 – Present");
  });

  it("drops icon glyphs, marks characters that do not extract, and counts both", () => {
    const page = literalPage([
      {
        runs: [
          { text: "\uf0e0", font: "ABCDEF+FontAwesome6Free-Solid" },
          { text: "jane@example.com", x: 70 },
        ],
      },
      { runs: ["Ma\u0000na\u0001er"] },
      { runs: ["\uf0b7 Led the team"] },
    ]);
    const layout = buildLayout(literalDocument(page));
    expect(layout.lines.map((line) => line.text)).toEqual(["jane@example.com", "Ma\ufffdna\ufffder", "• Led the team"]);
    expect(layout.iconChars).toBe(1);
    expect(layout.garbledChars).toBe(2);
  });

  it("takes the body font size from the bulk of the text", () => {
    const layout = buildLayout(
      literalDocument(literalPage([{ runs: [{ text: "Name", size: 24 }] }, "body text one", "body text two"])),
    );
    expect(layout.bodyFontSize).toBe(10);
  });

  it("closes up letter-spaced words that pdf.js returns with a space between letters", () => {
    expect(
      texts([
        {
          runs: [
            { text: "F A T I M A", size: 20 },
            { text: "O ' B R I E N", x: 300, size: 20 },
          ],
        },
        "Engineer",
      ])[0],
    ).toBe("FATIMA\tO'BRIEN");
  });
});
